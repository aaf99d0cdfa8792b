using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>The programme's targets of a year and the mid-term review outcomes, each in a fresh year of its own.</summary>
public sealed class ProgrammeRecordsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProgrammeTarget_SetByTheCentreWithItsVersion_ReadByOfficersAndTheProgrammeView_KeptInTheHistory()
    {
        var year = (await ReportingYears.OpenFreshAsync(system)).GetProperty("year").GetInt32();
        var path = $"/api/reporting/years/{year}/programme-target";
        var officer = (await new TestAccounts(system).CreateAsync(["ministry-officer"])).Client;
        var unset = await system.Admin.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal((JsonValueKind.Null, 0L), (unset.GetProperty("firmMembers").ValueKind, unset.GetProperty("version").GetInt64()));

        var set = await ReportingAlliance.OkAsync(await system.Admin.PutAsJsonAsync(path, new { firmMembers = 2000, selfSufficientAlliances = 70, version = 0 }, Cancel));
        var changed = await ReportingAlliance.OkAsync(await system.Admin.PutAsJsonAsync(path, new { firmMembers = 2300, selfSufficientAlliances = 79, version = 1 }, Cancel));
        using var stale = await system.Admin.PutAsJsonAsync(path, new { firmMembers = 1, selfSufficientAlliances = 1, version = 1 }, Cancel);
        using var missing = await system.Admin.PutAsJsonAsync(path, new { selfSufficientAlliances = 1, version = 2 }, Cancel);
        using var notOpened = await system.Admin.PutAsJsonAsync($"/api/reporting/years/{ReportingYears.Fresh()}/programme-target",
            new { firmMembers = 1, selfSufficientAlliances = 1, version = 0 }, Cancel);
        Assert.Equal((1L, 2L), (set.GetProperty("version").GetInt64(), changed.GetProperty("version").GetInt64()));
        Assert.Equal(["409", "400 firmMembers", "422 year-not-opened year"],
            new[] { await ReportingAlliance.RefusalAsync(stale), await ReportingAlliance.RefusalAsync(missing), await ReportingAlliance.RefusalAsync(notOpened) }
                .Select(r => r.StartsWith("409", StringComparison.Ordinal) ? "409" : r));

        var read = await officer.GetFromJsonAsync<JsonElement>(path, Cancel);
        var programme = await officer.GetFromJsonAsync<JsonElement>($"/api/reporting/programme?year={year}", Cancel);
        Assert.Equal((2300, 79, 2L), (read.GetProperty("firmMembers").GetInt32(), read.GetProperty("selfSufficientAlliances").GetInt32(), read.GetProperty("version").GetInt64()));
        Assert.Equal((2300, 0), (programme.GetProperty("target").GetProperty("firmMembers").GetInt32(), programme.GetProperty("total").GetProperty("allianceCount").GetInt32()));
        var history = await officer.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel);
        Assert.Equal(["set", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task ReviewOutcome_RecordedConfirmedAndPublishedOnTheCalendarsDate_InvisibleToThePiBefore()
    {
        var opened = await ReportingYears.OpenFreshAsync(system);
        var year = opened.GetProperty("year").GetInt32();
        var alliance = await ReportingAlliance.CreateAsync(system);
        var officer = (await new TestAccounts(system).CreateAsync(["ministry-officer"])).Client;
        var path = $"/api/reporting/alliances/{alliance.Id}/years/{year}/review-outcome";

        using var noConditions = await system.Admin.PutAsJsonAsync(path, new { outcome = "continues-with-conditions", comments = "建議加強推廣", version = 0 }, Cancel);
        using var extraConditions = await system.Admin.PutAsJsonAsync(path, new { outcome = "funding-ends", conditions = "x", comments = "意見", version = 0 }, Cancel);
        using var unknown = await system.Admin.PutAsJsonAsync(path, new { outcome = "maybe", comments = "意見", version = 0 }, Cancel);
        using var confirmNothing = await officer.PostAsJsonAsync($"{path}/confirm", new { version = 0 }, Cancel);
        Assert.Equal(["400 invalid conditions", "400 invalid conditions", "400 invalid outcome", "404"],
            new[] { await ReportingAlliance.RefusalAsync(noConditions), await ReportingAlliance.RefusalAsync(extraConditions), await ReportingAlliance.RefusalAsync(unknown),
                    await ReportingAlliance.RefusalAsync(confirmNothing) }.Select(r => r.StartsWith("404", StringComparison.Ordinal) ? "404" : r));

        var recorded = await ReportingAlliance.OkAsync(await system.Admin.PutAsJsonAsync(path,
            new { outcome = "continues-with-conditions", conditions = "第二年會員數須達 20 家", comments = "建議加強推廣", version = 0 }, Cancel));
        Assert.Equal(("continues-with-conditions", false, 1L), (recorded.GetProperty("outcome").GetString(), recorded.GetProperty("confirmed").GetBoolean(), recorded.GetProperty("version").GetInt64()));
        await AssertHiddenFromThePiAsync(alliance, path);

        var confirmed = await ReportingAlliance.OkAsync(await officer.PostAsJsonAsync($"{path}/confirm", new { version = 1 }, Cancel));
        using var twice = await officer.PostAsJsonAsync($"{path}/confirm", new { version = 2 }, Cancel);
        Assert.Equal((true, false), (confirmed.GetProperty("confirmed").GetBoolean(), confirmed.GetProperty("published").GetBoolean()));
        Assert.StartsWith("409 review-outcome-confirmed", await ReportingAlliance.RefusalAsync(twice), StringComparison.Ordinal);
        // Confirmed, but the year's review-results date (the end of January after it, years ahead) has not come.
        await AssertHiddenFromThePiAsync(alliance, path);

        // The centre moves the calendar's date to the past: from then on the PI reads the outcome.
        var yearPath = $"/api/reporting/years/{year}";
        await ReportingAlliance.OkAsync(await system.Admin.PutAsJsonAsync(yearPath,
            new { deadlines = new Dictionary<string, string> { ["review-results"] = "2026-01-31" }, version = opened.GetProperty("version").GetInt64() }, Cancel));
        var published = await alliance.Pi.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal(("continues-with-conditions", "第二年會員數須達 20 家", "建議加強推廣", true, 2L),
            (published.GetProperty("outcome").GetString(), published.GetProperty("conditions").GetString(), published.GetProperty("comments").GetString(),
             published.GetProperty("published").GetBoolean(), published.GetProperty("version").GetInt64()));

        // A change withdraws the confirmation: hidden again until an officer confirms it anew.
        await ReportingAlliance.OkAsync(await system.Admin.PutAsJsonAsync(path, new { outcome = "continues", comments = "維持補助", version = 2 }, Cancel));
        await AssertHiddenFromThePiAsync(alliance, path);
        var history = await officer.GetFromJsonAsync<JsonElement[]>($"{path}/history", Cancel);
        Assert.Equal(["recorded", "confirmed", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    private static async Task AssertHiddenFromThePiAsync(ReportingAlliance alliance, string path)
    {
        var seen = await alliance.Pi.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, false, 0L),
            (seen.GetProperty("outcome").ValueKind, seen.GetProperty("comments").ValueKind, seen.GetProperty("conditions").ValueKind,
             seen.GetProperty("published").GetBoolean(), seen.GetProperty("version").GetInt64()));
    }
}
