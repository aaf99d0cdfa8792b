using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>Programme years through the gateway: opened with their calendar, deadlines edited with history, closed for good.</summary>
public sealed class ProgrammeYearTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenYear_ReadsItsPeriodCutoffDefaultDeadlinesAndRounds_AndOpensOnce()
    {
        var year = ReportingYears.Fresh();
        var gregorian = year + 1911;
        var before = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/reporting/years/{year}", Cancel);

        using var opened = await system.Admin.PostAsJsonAsync("/api/reporting/years", new { year }, Cancel);
        using var again = await system.Admin.PostAsJsonAsync("/api/reporting/years", new { year }, Cancel);

        Assert.Equal((0, "not-opened"), (before.GetProperty("version").GetInt64(), before.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal($"/api/reporting/years/{year}", opened.Headers.Location?.OriginalString);
        Assert.Equal("409 conflict year", await ReportingAlliance.RefusalAsync(again));
        var read = await new TestAccounts(system).CreateAsync(["reviewer"]);
        var shown = await read.Client.GetFromJsonAsync<JsonElement>($"/api/reporting/years/{year}", Cancel);
        Assert.Equal((year, "open", 1L), (shown.GetProperty("year").GetInt32(), shown.GetProperty("status").GetString(), shown.GetProperty("version").GetInt64()));
        Assert.Equal(($"{gregorian}-02-01", $"{gregorian + 1}-01-31", $"{gregorian}-10-31"),
            (shown.GetProperty("period").GetProperty("start").GetString(), shown.GetProperty("period").GetProperty("end").GetString(), shown.GetProperty("cutoff").GetString()));
        Assert.Equal(
            $"targets={gregorian}-04-15 targets-corrections={gregorian}-06-30 website={gregorian}-04-30 progress-1={gregorian}-05-15 progress-2={gregorian}-08-15 " +
            $"kpi-1={gregorian}-10-31 midterm-report={gregorian}-10-31 kpi-1-corrections={gregorian}-12-31 kpi-2={gregorian + 1}-01-31 " +
            $"review-results={gregorian + 1}-01-31 kpi-2-corrections={gregorian + 1}-02-28",
            string.Join(' ', shown.GetProperty("deadlines").EnumerateObject().Select(d => $"{d.Name}={d.Value.GetString()}")));
        Assert.Equal(
            $"{year}-progress-1:{gregorian}-02-01..{gregorian}-04-30@progress-1={gregorian}-05-15 " +
            $"{year}-progress-2:{gregorian}-05-01..{gregorian}-07-31@progress-2={gregorian}-08-15 " +
            $"{year}-kpi-1:{gregorian}-02-01..{gregorian}-10-31@kpi-1={gregorian}-10-31 " +
            $"{year}-kpi-2:{gregorian}-11-01..{gregorian + 1}-01-31@kpi-2={gregorian + 1}-01-31",
            string.Join(' ', shown.GetProperty("rounds").EnumerateArray().Select(r =>
                $"{r.GetProperty("id").GetString()}:{r.GetProperty("period").GetProperty("start").GetString()}..{r.GetProperty("period").GetProperty("end").GetString()}" +
                $"@{r.GetProperty("deadlineCode").GetString()}={r.GetProperty("deadline").GetString()}")));
        var listed = await read.Client.GetFromJsonAsync<JsonElement[]>("/api/reporting/years", Cancel);
        Assert.Contains(listed!, y => y.GetProperty("year").GetInt32() == year);
    }

    [Theory]
    [InlineData("/api/reporting/years/89")]
    [InlineData("/api/reporting/years/201")]
    public async Task GetYear_OutOfTheProgrammesRange_Is400NamingTheYear(string path)
    {
        using var response = await system.Admin.GetAsync(path, Cancel);

        Assert.Equal("400 invalid year", await ReportingAlliance.RefusalAsync(response));
    }

    [Fact]
    public async Task ChangeDeadlines_KeepsTheChangeInHistory_StaleVersionAndUnknownCodeChangeNothing()
    {
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var path = $"/api/reporting/years/{year}";

        using var changed = await Send(HttpMethod.Put, path, new JsonObject { ["deadlines"] = new JsonObject { ["targets"] = $"{year + 1911}-04-20" }, ["version"] = 1 });
        using var stale = await Send(HttpMethod.Put, path, new JsonObject { ["deadlines"] = new JsonObject { ["targets"] = $"{year + 1911}-04-30" }, ["version"] = 1 });
        using var unknown = await Send(HttpMethod.Put, path, new JsonObject { ["deadlines"] = new JsonObject { ["kpi-3"] = $"{year + 1911}-04-30" }, ["version"] = 2 });

        var after = await ReportingAlliance.OkAsync(changed);
        Assert.Equal(("2", $"{year + 1911}-04-20"), (after.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), after.GetProperty("deadlines").GetProperty("targets").GetString()));
        Assert.Equal("409 stale-version", await ReportingAlliance.RefusalAsync(stale));
        Assert.Equal("400 invalid deadlines.kpi-3", await ReportingAlliance.RefusalAsync(unknown));
        var shown = await system.Admin.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal((2L, $"{year + 1911}-04-20"), (shown.GetProperty("version").GetInt64(), shown.GetProperty("deadlines").GetProperty("targets").GetString()));
        var history = (await system.Admin.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel))!;
        Assert.Equal(["opened", "deadlines-changed"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(($"{year + 1911}-04-15", $"{year + 1911}-04-20"),
            (history[1].GetProperty("before").GetProperty("deadlines").GetProperty("targets").GetString(), history[1].GetProperty("after").GetProperty("deadlines").GetProperty("targets").GetString()));
        Assert.Equal(SystemFixture.AdminUserName, history[1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task CloseYear_ThenEveryChangeOfTheYear_Is409YearClosed()
    {
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var path = $"/api/reporting/years/{year}";
        var alliance = await ReportingAlliance.CreateAsync(system);
        await alliance.SaveOkAsync(year, 10, TargetBodies.Full(13));

        using var closed = await Send(HttpMethod.Post, $"{path}/close", new JsonObject { ["version"] = 1 });

        Assert.Equal("closed", (await ReportingAlliance.OkAsync(closed)).GetProperty("status").GetString());
        var refusals = new List<string>
        {
            await RefusalOf(Send(HttpMethod.Put, path, new JsonObject { ["deadlines"] = new JsonObject { ["targets"] = $"{year + 1911}-05-01" }, ["version"] = 2 })),
            await RefusalOf(Send(HttpMethod.Post, $"{path}/close", new JsonObject { ["version"] = 2 })),
            await RefusalOf(alliance.SaveAsync(year, 10, TargetBodies.Full(14))),
            await RefusalOf(alliance.ActAsync(year, "submit")),
            await RefusalOf(alliance.ActAsync(year, "approve", alliance.Admin)),
            await RefusalOf(alliance.ActAsync(year, "return", alliance.Admin, new JsonObject { ["notes"] = new JsonObject { ["patents"] = "請補充" } })),
            await RefusalOf(alliance.ActAsync(year, "exceptions", alliance.Admin, new JsonObject { ["rule"] = "member-target-not-growing", ["note"] = "特准" })),
            await RefusalOf(alliance.SendAsync(alliance.Admin, HttpMethod.Put, alliance.Phase(year), new JsonObject { ["phase"] = 2, ["yearInPhase"] = 1, ["version"] = 1 })),
        };

        Assert.All(refusals, refusal => Assert.Equal("409 year-closed", refusal));
        var kept = await alliance.GetTargetsAsync(year);
        Assert.Equal((1L, "draft", 13), (kept.GetProperty("version").GetInt64(), kept.GetProperty("status").GetString(),
            kept.GetProperty("targets").GetProperty("firm-members").GetProperty("total").GetInt32()));
        Assert.Equal(["opened", "closed"], (await system.Admin.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel))!.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Phase_RecordedAtRegistrationOrOpening_CorrectedOnlyByTheCentre()
    {
        await ReportingYears.EnsureOpenAsync(system, ReportingYears.Past);
        var alliance = await ReportingAlliance.CreateAsync(system, phase: 1, yearInPhase: 3);
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();

        var atRegistration = await alliance.Pi.GetFromJsonAsync<JsonElement>(alliance.Phase(ReportingYears.Past), Cancel);
        var atOpening = await alliance.Pi.GetFromJsonAsync<JsonElement>(alliance.Phase(year), Cancel);
        var corrected = await alliance.CorrectPhaseAsync(year, 2, 1);
        using var stale = await alliance.SendAsync(alliance.Admin, HttpMethod.Put, alliance.Phase(year), new JsonObject { ["phase"] = 2, ["yearInPhase"] = 2, ["version"] = 1 });
        using var byPi = await alliance.SendAsync(alliance.Pi, HttpMethod.Put, alliance.Phase(year), new JsonObject { ["phase"] = 2, ["yearInPhase"] = 2, ["version"] = 2 });
        using var badPhase = await alliance.SendAsync(alliance.Admin, HttpMethod.Put, alliance.Phase(year), new JsonObject { ["phase"] = 3, ["yearInPhase"] = 4, ["version"] = 2 });

        // 108 was open before the alliance was registered; the fresh year was opened after.
        Assert.Equal((1, 3, "registration"), (atRegistration.GetProperty("phase").GetInt32(), atRegistration.GetProperty("yearInPhase").GetInt32(),
            atRegistration.GetProperty("source").GetString()));
        Assert.Equal((1, 3, "opening", 1L), (atOpening.GetProperty("phase").GetInt32(), atOpening.GetProperty("yearInPhase").GetInt32(),
            atOpening.GetProperty("source").GetString(), atOpening.GetProperty("version").GetInt64()));
        Assert.Equal((2, 1, "centre", 2L), (corrected.GetProperty("phase").GetInt32(), corrected.GetProperty("yearInPhase").GetInt32(),
            corrected.GetProperty("source").GetString(), corrected.GetProperty("version").GetInt64()));
        Assert.Equal("409 stale-version", await ReportingAlliance.RefusalAsync(stale));
        Assert.Equal(HttpStatusCode.Forbidden, byPi.StatusCode);
        Assert.Equal("400 phase,yearInPhase", await ReportingAlliance.RefusalAsync(badPhase));
        Assert.Equal(2, (await alliance.GetTargetsAsync(year)).GetProperty("phase").GetInt32());
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, JsonObject body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        return await system.Admin.SendAsync(request, Cancel);
    }

    private static async Task<string> RefusalOf(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return await ReportingAlliance.RefusalAsync(response);
    }
}
