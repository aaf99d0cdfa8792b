using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>Expected targets (預期成果) through the gateway: the draft, submission, the centre's audit, and who may do what.</summary>
public sealed class ExpectedTargetsTests(SystemFixture system)
{
    private const int Year = ReportingYears.Future;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Targets_DraftSubmitIncompleteSubmitReturnCorrectSubmitApprove()
    {
        await ReportingYears.EnsureOpenAsync(system, Year);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var untouched = await alliance.GetTargetsAsync(Year);

        var draft = await alliance.SaveOkAsync(Year, null, new JsonObject { ["firm-members"] = TargetBodies.Firm(13), ["patents"] = 2 });
        using var incomplete = await alliance.ActAsync(Year, "submit");
        await alliance.SaveOkAsync(Year, 10, TargetBodies.Full(13));
        var submitted = await alliance.ActOkAsync(Year, "submit");
        using var editSubmitted = await alliance.SaveAsync(Year, 10, TargetBodies.Full(14));
        using var piApproves = await alliance.ActAsync(Year, "approve");
        var returned = await alliance.ActOkAsync(Year, "return", alliance.Admin,
            new JsonObject { ["notes"] = new JsonObject { ["patents"] = "專利目標請依期中審查意見調高。" } });
        var corrected = await alliance.SaveOkAsync(Year, 10, TargetBodies.Full(13, overrides: ("patents", 8)));
        var resubmitted = await alliance.ActOkAsync(Year, "submit");
        var approved = await alliance.ActOkAsync(Year, "approve", alliance.Admin);
        using var editApproved = await alliance.SaveAsync(Year, 10, TargetBodies.Full(20));

        Assert.Equal(("not-started", 0L), (untouched.GetProperty("status").GetString(), untouched.GetProperty("version").GetInt64()));
        Assert.Equal(("draft", 1L), (draft.GetProperty("status").GetString(), draft.GetProperty("version").GetInt64()));
        Assert.Equal(TargetBodies.Kpis.Where(k => k is not "firm-members" and not "patents").Select(k => $"targets.{k}").Prepend("proposalFirmMembers"),
            draft.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var missing = string.Join(',', TargetBodies.Kpis.Where(k => k is not "firm-members" and not "patents").Select(k => $"targets.{k}").Append("proposalFirmMembers").Order(StringComparer.Ordinal));
        Assert.Equal($"422 targets-incomplete {missing}", await ReportingAlliance.RefusalAsync(incomplete));
        Assert.Equal(("submitted", false), (submitted.GetProperty("status").GetString(), submitted.GetProperty("late").GetBoolean()));
        Assert.Equal("422 targets-submitted status", await ReportingAlliance.RefusalAsync(editSubmitted));
        Assert.Equal(HttpStatusCode.Forbidden, piApproves.StatusCode);
        Assert.Equal(("returned", "專利目標請依期中審查意見調高。"), (returned.GetProperty("status").GetString(), returned.GetProperty("notes").GetProperty("patents").GetString()));
        Assert.Equal(("returned", 8m), (corrected.GetProperty("status").GetString(), corrected.GetProperty("targets").GetProperty("patents").GetDecimal()));
        Assert.Equal($"{Year + 1911}-06-30", returned.GetProperty("deadline").GetString());
        Assert.Equal("submitted", resubmitted.GetProperty("status").GetString());
        Assert.Equal(("approved", SystemFixture.AdminUserName), (approved.GetProperty("status").GetString(), approved.GetProperty("auditedBy").GetString()));
        Assert.Equal("422 targets-approved status", await ReportingAlliance.RefusalAsync(editApproved));
        Assert.Equal(13, approved.GetProperty("targets").GetProperty("firm-members").GetProperty("total").GetInt32());
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Targets(Year)}/history", Cancel);
        Assert.Equal(["saved", "saved", "submitted", "returned", "saved", "submitted", "approved"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Save_MalformedTargets_Are400NamingEachField_AndNothingIsSaved()
    {
        await ReportingYears.EnsureOpenAsync(system, Year);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var targets = new JsonObject
        {
            ["firm-members"] = new JsonObject { ["total"] = 5, ["paid"] = -1, ["free"] = 0, ["north"] = 1.5, ["central"] = 0, ["south"] = 0, ["east"] = 0 },
            ["patents"] = 2.5,
            ["derived-output-value"] = 0.001,
            ["technology-transfer"] = -10,
            ["operating-revenue"] = 100,
            ["consultations"] = "三",
        };

        using var response = await alliance.SaveAsync(Year, 10, targets);

        Assert.Equal(
            "400 invalid targets.consultations,targets.derived-output-value,targets.firm-members.islandsAndOverseas,targets.firm-members.north," +
            "targets.firm-members.paid,targets.operating-revenue,targets.patents,targets.technology-transfer",
            await ReportingAlliance.RefusalAsync(response));
        Assert.Equal(0L, (await alliance.GetTargetsAsync(Year)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Submit_FirmMemberTargets_AtTheirBoundaries()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.PastNext);
        var alliance = await ReportingAlliance.CreateAsync(system);
        await alliance.SubmitOkAsync(ReportingYears.Past, 10, TargetBodies.Full(20));
        const int year = ReportingYears.PastNext;
        const string field = "targets.firm-members.total";

        // +2 over last year's 20 refused, though 22 is well over the proposal's 10 + 3.
        await alliance.SaveOkAsync(year, 10, TargetBodies.Full(22));
        using var notGrowing = await alliance.ActAsync(year, "submit");
        // 22 is also below the proposal's 20 + 3: the first rule broken names the refusal.
        await alliance.SaveOkAsync(year, 20, TargetBodies.Full(22));
        using var belowProposal = await alliance.ActAsync(year, "submit");
        var offered = await alliance.GetTargetsAsync(year);
        // +3 over both.
        await alliance.SaveOkAsync(year, 20, TargetBodies.Full(23));
        var submitted = await alliance.ActOkAsync(year, "submit");

        Assert.Equal($"422 member-target-not-growing {field}", await ReportingAlliance.RefusalAsync(notGrowing));
        Assert.Equal($"422 member-target-below-proposal {field}", await ReportingAlliance.RefusalAsync(belowProposal));
        Assert.Equal((108, 10, 20), (offered.GetProperty("lastYear").GetProperty("year").GetInt32(), offered.GetProperty("lastYear").GetProperty("proposalFirmMembers").GetInt32(),
            offered.GetProperty("lastYear").GetProperty("targets").GetProperty("firm-members").GetProperty("total").GetInt32()));
        Assert.Equal("member-target-below-proposal:refused:22 member-target-not-growing:refused:22 below-phase-one-year-three:not-applicable:",
            Verdicts(offered));
        Assert.Equal("member-target-below-proposal:passed:23 member-target-not-growing:passed:23 below-phase-one-year-three:not-applicable:",
            Verdicts(submitted));
    }

    [Fact]
    public async Task Submit_ARuleTheCentreExcepted_IsAcceptedWithTheNote()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.PastNext);
        var alliance = await ReportingAlliance.CreateAsync(system);
        await alliance.SubmitOkAsync(ReportingYears.Past, 10, TargetBodies.Full(20));
        const int year = ReportingYears.PastNext;
        await alliance.SaveOkAsync(year, 10, TargetBodies.Full(22));
        using var refused = await alliance.ActAsync(year, "submit");
        using var byPi = await alliance.ActAsync(year, "exceptions", extra: new JsonObject { ["rule"] = "member-target-not-growing", ["note"] = "自行特准" });

        var excepted = await alliance.ActOkAsync(year, "exceptions", alliance.Admin,
            new JsonObject { ["rule"] = "member-target-not-growing", ["note"] = "產業景氣下滑，本年度同意成長 2 家。" });
        var submitted = await alliance.ActOkAsync(year, "submit");

        Assert.Equal("422 member-target-not-growing targets.firm-members.total", await ReportingAlliance.RefusalAsync(refused));
        Assert.Equal(HttpStatusCode.Forbidden, byPi.StatusCode);
        Assert.Equal("draft", excepted.GetProperty("status").GetString());
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        Assert.Contains("member-target-not-growing:excepted:22", Verdicts(submitted));
        var exception = Assert.Single(submitted.GetProperty("exceptions").EnumerateArray());
        Assert.Equal(("member-target-not-growing", "產業景氣下滑，本年度同意成長 2 家。", SystemFixture.AdminUserName),
            (exception.GetProperty("rule").GetString(), exception.GetProperty("note").GetString(), exception.GetProperty("recordedBy").GetString()));
    }

    [Fact]
    public async Task Submit_PhaseTwo_SkipsTheYearThreeRuleWithoutItsTargets_AppliesItWithThem()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.PastNext);
        const int year = ReportingYears.PastNext;
        var newcomer = await ReportingAlliance.CreateAsync(system, phase: 2, yearInPhase: 1);
        var veteran = await ReportingAlliance.CreateAsync(system, phase: 1, yearInPhase: 3);
        await veteran.SubmitOkAsync(ReportingYears.Past, 10, TargetBodies.Full(20, 5));
        await veteran.CorrectPhaseAsync(year, 2, 1);

        var skipped = await newcomer.SubmitOkAsync(year, 10, TargetBodies.Full(13, 1));
        await veteran.SaveOkAsync(year, 10, TargetBodies.Full(23, 5, ("patents", 4), ("derived-output-value", 4.99m)));
        using var below = await veteran.ActAsync(year, "submit");
        await veteran.SaveOkAsync(year, 10, TargetBodies.Full(23, 5));
        var applied = await veteran.ActOkAsync(year, "submit");

        Assert.Equal((true, "below-phase-one-year-three:skipped:"), (skipped.GetProperty("phaseOneYearThreeSkipped").GetBoolean(), Verdicts(skipped).Split(' ')[2]));
        Assert.Equal("422 below-phase-one-year-three targets.derived-output-value,targets.patents", await ReportingAlliance.RefusalAsync(below));
        Assert.Equal((false, 108, "below-phase-one-year-three:passed:"),
            (applied.GetProperty("phaseOneYearThreeSkipped").GetBoolean(), applied.GetProperty("phaseOneYearThree").GetInt32(), Verdicts(applied).Split(' ')[2]));
    }

    [Fact]
    public async Task Submit_AfterTheDeadline_IsAcceptedAndMarkedLateByTaiwanDays()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var deadline = new DateOnly(2019, 4, 15);
        var taiwanToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        var submitted = await alliance.SubmitOkAsync(ReportingYears.Past, 10, TargetBodies.Full(13));

        var taiwanAfter = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.Equal(("submitted", true), (submitted.GetProperty("status").GetString(), submitted.GetProperty("late").GetBoolean()));
        Assert.InRange(submitted.GetProperty("lateDays").GetInt32(), taiwanToday.DayNumber - deadline.DayNumber, taiwanAfter.DayNumber - deadline.DayNumber);
        var lateBy = TimeSpan.Parse(submitted.GetProperty("lateBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var submittedAt = submitted.GetProperty("submittedAt").GetDateTimeOffset();
        Assert.Equal(submittedAt - new DateTimeOffset(2019, 4, 16, 0, 0, 0, TimeSpan.FromHours(8)), lateBy);
    }

    [Fact]
    public async Task Targets_AnApprovedAssistantSavesAndSubmits_AnotherAlliancesPiIsRefused()
    {
        await ReportingYears.EnsureOpenAsync(system, Year);
        var alliance = await ReportingAlliance.CreateAsync(system);
        var assistant = await new TestAccounts(system).ApprovedAssistantAsync(alliance.Pi, alliance.Code);
        var other = await ReportingAlliance.CreateAsync(system);

        using var saved = await alliance.SaveAsync(Year, 10, TargetBodies.Full(13), assistant.Client);
        using var submitted = await alliance.ActAsync(Year, "submit", assistant.Client);
        using var otherReads = await other.Pi.GetAsync(alliance.Targets(Year), Cancel);
        using var otherSaves = await alliance.SendAsync(other.Pi, HttpMethod.Put, alliance.Targets(Year), TargetBodies.Save(10, TargetBodies.Full(13), 2));

        Assert.Equal("draft", (await ReportingAlliance.OkAsync(saved)).GetProperty("status").GetString());
        Assert.Equal(("submitted", assistant.UserName),
            ((await ReportingAlliance.OkAsync(submitted)).GetProperty("status").GetString(), (await alliance.GetTargetsAsync(Year)).GetProperty("submittedBy").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, otherReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSaves.StatusCode);
    }

    /// <summary>The verdicts written <c>rule:outcome:target</c>, space separated.</summary>
    private static string Verdicts(JsonElement targets) => string.Join(' ', targets.GetProperty("verdicts").EnumerateArray().Select(v =>
        $"{v.GetProperty("rule").GetString()}:{v.GetProperty("outcome").GetString()}:{(v.GetProperty("target").ValueKind == JsonValueKind.Number ? v.GetProperty("target").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}"));
}
