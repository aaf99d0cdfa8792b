using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Reporting.Api.Tests;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// A round's report through the gateway: drafts as typed, the PI's confirm-submit freezing the figures while records
/// change, the centre's notes, reopening and audit, versions compared, lateness, stale versions and closed years.
/// </summary>
public sealed class RoundReportTests(SystemFixture system)
{
    private const string Round = "108-kpi-1";

    /// <summary>The first administrator's display name, as the gateway seeds it.</summary>
    private const string AdminDisplayName = "系統管理員 Administrator";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_FreezesTheFiguresWhileRecordsChange_ReopenAndResubmitMakeVersionTwo_AndTheAuditIsFinal()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var report = new RoundReportData(system, alliance, Round);
        var assistant = await new TestAccounts(system).ApprovedAssistantAsync(alliance.Pi, alliance.Code);
        await report.AddFirmAsync("2019-01-01", "2019-12-31");
        await report.FirmMembersCountedAsync(1);
        var piName = await report.DisplayNameKnownAsync(alliance.PiUser.UserName);
        var untouched = await report.SummaryAsync();

        // Drafts as typed, by the PI and the assistant, without versions; only the PI submits, at the version read.
        var variance = await OkAsync(report.PutAsync(alliance.Pi, "variance/firm-members", new JsonObject { ["text"] = "新增一家南部廠商。" }));
        await OkAsync(report.PutAsync(assistant.Client, "variance/patents", new JsonObject { ["text"] = "專利申請中" }));
        var narratives = await OkAsync(report.PutAsync(assistant.Client, "narratives", new JsonObject { ["industry"] = "降低成本", ["academic"] = "培育碩士生" }));
        using var assistantSubmits = await report.ActAsync(assistant.Client, "submit");
        using var stale = await report.PostAsync(alliance.Pi, "submit", new JsonObject { ["version"] = 0 });
        var submitted = await report.ActOkAsync(alliance.Pi, "submit");
        using var draftAfterSubmit = await report.PutAsync(alliance.Pi, "variance/firm-members", new JsonObject { ["text"] = "改寫" });
        using var submitAgain = await report.ActAsync(alliance.Pi, "submit");

        Assert.Equal(("not-started", 0L), (untouched.GetProperty("status").GetString(), untouched.GetProperty("version").GetInt64()));
        Assert.Equal(("draft", 1L), (variance.GetProperty("status").GetString(), variance.GetProperty("version").GetInt64()));
        Assert.Equal(("draft", 1L), (narratives.GetProperty("status").GetString(), narratives.GetProperty("version").GetInt64()));
        Assert.Equal(HttpStatusCode.Forbidden, assistantSubmits.StatusCode);
        Assert.Equal("409 stale-version", await ReportingAlliance.RefusalAsync(stale));
        Assert.Equal("409 round-already-submitted status", await ReportingAlliance.RefusalAsync(draftAfterSubmit));
        Assert.Equal("409 round-already-submitted status", await ReportingAlliance.RefusalAsync(submitAgain));
        var first = submitted.GetProperty("latest");
        Assert.Equal(("submitted", 2L, 1, piName, alliance.PiUser.UserName, "2019-10-31"),
            (submitted.GetProperty("status").GetString(), submitted.GetProperty("version").GetInt64(), first.GetProperty("number").GetInt32(),
             first.GetProperty("submittedBy").GetString(), first.GetProperty("submittedByUserName").GetString(), first.GetProperty("deadline").GetString()));
        AssertLate(first, new DateOnly(2019, 10, 31));

        // A member added after the submission: today's actual moves, the submitted one stays, and only that row differs.
        await report.AddFirmAsync("2019-03-01", "2020-02-28");
        var changed = await report.FirmMembersCountedAsync(2);
        var firm = RoundReportData.Row(changed, "firm-members");
        Assert.Equal(("submitted", 2L), (changed.GetProperty("status").GetString(), changed.GetProperty("version").GetInt64()));
        Assert.Equal((2, 1, "新增一家南部廠商。"),
            (firm.GetProperty("actual").GetProperty("total").GetInt32(), firm.GetProperty("submittedActual").GetProperty("total").GetInt32(), firm.GetProperty("variance").GetString()));
        Assert.Equal(["firm-members"], changed.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("differs").GetBoolean()).Select(r => r.GetProperty("kpi").GetString()));
        Assert.Equal("專利申請中", RoundReportData.Row(changed, "patents").GetProperty("variance").GetString());
        Assert.Equal(0m, RoundReportData.Row(changed, "patents").GetProperty("submittedActual").GetProperty("total").GetDecimal());

        // The PDF is the submission as it was frozen: one firm member, its texts and narratives, version 1; not today's two.
        var pdf = PdfText.Flattened(await PdfText.ReadAsync(await alliance.Pi.GetByteArrayAsync($"{report.Root}/summary.pdf", Cancel)));
        Assert.All(new[] { "(1)總會員數: 1家", "新增一家南部廠商。", "專利申請中", "降低成本", "培育碩士生", "第 1 版" }, expected => Assert.Contains(expected, pdf));
        Assert.DoesNotContain("(1)總會員數: 2家", pdf);

        // The centre's notes, which the PI reads; a reopening needs a reason and the centre.
        using var rowNote = await report.PostAsync(alliance.Admin, "audit-notes", new JsonObject { ["kpi"] = "firm-members", ["note"] = "請附第二家廠商的合約。" });
        using var overall = await report.PostAsync(alliance.Admin, "audit-notes", new JsonObject { ["note"] = "整體尚可。" });
        using var piNotes = await report.PostAsync(alliance.Pi, "audit-notes", new JsonObject { ["note"] = "自己查核" });
        var notes = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{report.Root}/audit-notes", Cancel);
        using var noReason = await report.ActAsync(alliance.Admin, "reopen", new JsonObject { ["reason"] = "" });
        using var piReopens = await report.ActAsync(alliance.Pi, "reopen", new JsonObject { ["reason"] = "自己退回" });
        var reopened = await report.ActOkAsync(alliance.Admin, "reopen", new JsonObject { ["reason"] = "廠商會員數與合約不符，請補件。" });
        var corrected = await OkAsync(report.PutAsync(alliance.Pi, "variance/firm-members", new JsonObject { ["text"] = "新增兩家廠商，合約已補附。" }));
        var resubmitted = await report.ActOkAsync(alliance.Pi, "submit");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (rowNote.StatusCode, overall.StatusCode, piNotes.StatusCode, piReopens.StatusCode));
        Assert.Equal([("firm-members", "請附第二家廠商的合約。", 1, SystemFixture.AdminUserName), (null, "整體尚可。", 1, SystemFixture.AdminUserName)],
            notes.GetProperty("notes").EnumerateArray().Select(n => (n.GetProperty("kpi").GetString(), n.GetProperty("note").GetString(),
                n.GetProperty("submissionVersion").GetInt32(), n.GetProperty("writtenBy").GetString())));
        Assert.Equal("400 reason", await ReportingAlliance.RefusalAsync(noReason));
        Assert.Equal(("reopened", 3L), (reopened.GetProperty("status").GetString(), reopened.GetProperty("version").GetInt64()));
        Assert.Equal(("reopened", 3L), (corrected.GetProperty("status").GetString(), corrected.GetProperty("version").GetInt64()));
        var second = resubmitted.GetProperty("latest");
        // A resubmission after a reopening is a correction, due by kpi-1-corrections.
        Assert.Equal(("submitted", 4L, 2, "2019-12-31"),
            (resubmitted.GetProperty("status").GetString(), resubmitted.GetProperty("version").GetInt64(), second.GetProperty("number").GetInt32(), second.GetProperty("deadline").GetString()));
        AssertLate(second, new DateOnly(2019, 12, 31));

        // Every version kept, newest last, and the two compared row by row.
        var versions = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{report.Root}/versions", Cancel);
        var compare = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{report.Root}/versions/1/compare/2?view=cumulative", Cancel);
        using var unknown = await alliance.Pi.GetAsync($"{report.Root}/versions/1/compare/3", Cancel);
        // Who reopened is named as people know them, beside the account.
        Assert.Equal([(1, "廠商會員數與合約不符，請補件。", SystemFixture.AdminUserName, AdminDisplayName), (2, null, null, null)],
            versions.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("number").GetInt32(), v.GetProperty("reopenReason").GetString(),
                v.GetProperty("reopenedBy").GetString(), v.GetProperty("reopenedByName").GetString())));
        Assert.Equal(["firm-members"], compare.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("changed").GetBoolean()).Select(r => r.GetProperty("kpi").GetString()));
        var comparedFirm = compare.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("kpi").GetString() == "firm-members");
        Assert.Equal((1, 2), (comparedFirm.GetProperty("a").GetProperty("total").GetInt32(), comparedFirm.GetProperty("b").GetProperty("total").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var afterResubmit = await report.SummaryAsync();
        Assert.DoesNotContain(afterResubmit.GetProperty("rows").EnumerateArray(), r => r.GetProperty("differs").GetBoolean());

        // The audit completed is final: no draft, reopening or note any more.
        var audited = await report.ActOkAsync(alliance.Admin, "audit-complete");
        using var draftAfterAudit = await report.PutAsync(alliance.Pi, "narratives", new JsonObject { ["industry"] = "再改", ["academic"] = "" });
        using var reopenAudited = await report.ActAsync(alliance.Admin, "reopen", new JsonObject { ["reason"] = "再查" });
        using var noteAudited = await report.PostAsync(alliance.Admin, "audit-notes", new JsonObject { ["note"] = "補充" });
        Assert.Equal(("audited", 5L, SystemFixture.AdminUserName, AdminDisplayName),
            (audited.GetProperty("status").GetString(), audited.GetProperty("version").GetInt64(), audited.GetProperty("latest").GetProperty("auditedBy").GetString(),
                audited.GetProperty("latest").GetProperty("auditedByName").GetString()));
        Assert.All(new[] { draftAfterAudit, reopenAudited, noteAudited }, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal("409 round-audited status", await ReportingAlliance.RefusalAsync(draftAfterAudit));

        var events = await report.PublishedEventsAsync();
        Assert.Equal([("ReportSubmitted", 1), ("ReportReopened", 1), ("ReportSubmitted", 2), ("ReportAudited", 2)],
            events.Select(e => (e.Type, e.Payload.GetProperty("submissionVersion").GetInt32())));
        Assert.Equal(("廠商會員數與合約不符，請補件。", 108, true), (events[1].Payload.GetProperty("reason").GetString(), events[0].Payload.GetProperty("year").GetInt32(),
            events[0].Payload.GetProperty("late").GetBoolean()));
        var history = (await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{report.Root}/history", Cancel))!;
        Assert.Equal(["variance-saved", "variance-saved", "narratives-saved", "submitted", "audit-note-written", "audit-note-written", "reopened", "variance-saved",
            "submitted", "audit-completed"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(assistant.UserName, history[1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Submit_BeforeTheDeadline_IsOnTime_AndOnceTheYearClosesNothingOfItsRoundsChanges()
    {
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var alliance = await ReportingAlliance.CreateAsync(system);
        var submittedRound = new RoundReportData(system, alliance, $"{year}-kpi-1");
        var draftRound = new RoundReportData(system, alliance, $"{year}-kpi-2");
        await OkAsync(draftRound.PutAsync(alliance.Pi, "narratives", new JsonObject { ["industry"] = "草稿", ["academic"] = "草稿" }));

        // Nothing saved: the submission sends version 0.
        var submitted = await submittedRound.ActOkAsync(alliance.Pi, "submit");
        var yearPath = $"/api/reporting/years/{year}";
        var yearVersion = (await system.Admin.GetFromJsonAsync<JsonElement>(yearPath, Cancel)).GetProperty("version").GetInt64();
        await OkAsync(alliance.SendAsync(system.Admin, HttpMethod.Post, $"{yearPath}/close", new JsonObject { ["version"] = yearVersion }));

        var refusals = new List<string>
        {
            await ReportingAlliance.RefusalAsync(await draftRound.ActAsync(alliance.Pi, "submit")),
            await ReportingAlliance.RefusalAsync(await draftRound.PutAsync(alliance.Pi, "variance/patents", new JsonObject { ["text"] = "改" })),
            await ReportingAlliance.RefusalAsync(await draftRound.PutAsync(alliance.Pi, "narratives", new JsonObject { ["industry"] = "改", ["academic"] = "改" })),
            await ReportingAlliance.RefusalAsync(await submittedRound.ActAsync(system.Admin, "reopen", new JsonObject { ["reason"] = "補件" })),
            await ReportingAlliance.RefusalAsync(await submittedRound.ActAsync(system.Admin, "audit-complete")),
            await ReportingAlliance.RefusalAsync(await submittedRound.PostAsync(system.Admin, "audit-notes", new JsonObject { ["note"] = "查核" })),
        };

        var first = submitted.GetProperty("latest");
        Assert.Equal(("submitted", 1L, false, $"{year + 1911}-10-31"),
            (submitted.GetProperty("status").GetString(), submitted.GetProperty("version").GetInt64(), first.GetProperty("late").GetBoolean(), first.GetProperty("deadline").GetString()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (first.GetProperty("lateDays").ValueKind, first.GetProperty("lateBy").ValueKind));
        Assert.All(refusals, refusal => Assert.Equal("409 year-closed", refusal));
        var kept = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{draftRound.Root}/narratives", Cancel);
        Assert.Equal(("draft", "草稿", 1L), (kept.GetProperty("status").GetString(), kept.GetProperty("industry").GetString(), kept.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task Drafts_AnUnknownRowOrTooLongText_Are400NamingTheField_AndTheCentreNeitherWritesNorReopensADraft()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var report = new RoundReportData(system, alliance, "108-progress-1");

        using var unknownRow = await report.PutAsync(alliance.Pi, "variance/profit", new JsonObject { ["text"] = "不明" });
        using var longVariance = await report.PutAsync(alliance.Pi, "variance/patents", new JsonObject { ["text"] = new string('字', 2001) });
        using var longNarrative = await report.PutAsync(alliance.Pi, "narratives", new JsonObject { ["industry"] = new string('字', 5001), ["academic"] = "" });
        using var centreWrites = await report.PutAsync(system.Admin, "variance/patents", new JsonObject { ["text"] = "中心代寫" });
        using var reopenUnsubmitted = await report.ActAsync(system.Admin, "reopen", new JsonObject { ["reason"] = "補件" });
        using var unknownVersion = await alliance.Pi.GetAsync($"{report.Root}/versions/1/compare/2", Cancel);

        Assert.Equal("400 invalid kpi", await ReportingAlliance.RefusalAsync(unknownRow));
        Assert.Equal("400 text", await ReportingAlliance.RefusalAsync(longVariance));
        Assert.Equal("400 industry", await ReportingAlliance.RefusalAsync(longNarrative));
        Assert.Equal(HttpStatusCode.Forbidden, centreWrites.StatusCode);
        Assert.Equal("409 round-not-submitted status", await ReportingAlliance.RefusalAsync(reopenUnsubmitted));
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.StatusCode);
        var summary = await report.SummaryAsync("quarterly");
        Assert.Equal(("not-started", 0L), (summary.GetProperty("status").GetString(), summary.GetProperty("version").GetInt64()));
        Assert.All(summary.GetProperty("rows").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("variance").ValueKind));
    }

    /// <summary>A submission in 108, long after its deadline: accepted and marked late by Taiwan days and the exact time past the deadline's end.</summary>
    private static void AssertLate(JsonElement submission, DateOnly deadline)
    {
        var submittedAt = submission.GetProperty("submittedAt").GetDateTimeOffset();
        var taiwanDay = DateOnly.FromDateTime(submittedAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var lateBy = TimeSpan.Parse(submission.GetProperty("lateBy").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal((true, taiwanDay.DayNumber - deadline.DayNumber), (submission.GetProperty("late").GetBoolean(), submission.GetProperty("lateDays").GetInt32()));
        Assert.Equal(submittedAt - new DateTimeOffset(deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), lateBy);
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return await ReportingAlliance.OkAsync(response);
    }
}
