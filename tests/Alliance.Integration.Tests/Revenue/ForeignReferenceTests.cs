using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>
/// An entry may name only its own alliance's members: another alliance's member is refused on
/// recording and on correction (422 naming <c>counterpartyMemberId</c>), and an entry that named an
/// unknown member which turns out to be another alliance's is flagged and never follows it.
/// </summary>
public sealed class ForeignReferenceTests(SystemFixture system)
{
    private const string Foreign = "counterparty-of-another-alliance";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordAndCorrect_NamingAnotherAlliancesMember_Are422AndNothingIsCopiedOrDerived()
    {
        var a = await RevenueAlliance.CreateAsync(system);
        var b = await RevenueAlliance.CreateAsync(system);
        var membersOfA = await a.AddFirmAsync(("2019-01-01", "2019-12-31"));
        var bodies = new object[]
        {
            Service(membersOfA),
            IncomeBodies.Cooperation(core: true, pi: true, memberId: membersOfA),
            IncomeBodies.Fee(membersOfA),
            IncomeBodies.Transfer(membersOfA),
            new { year = 108, category = "other", counterpartyMemberId = membersOfA, date = "2019-08-01", amount = 5_000, nature = "seminar-fee" },
        };

        var outcomes = new List<string>();
        foreach (var body in bodies)
        {
            using var response = await b.RecordAsync(body);
            outcomes.Add(await OutcomeAsync(response));
        }

        var own = await b.RecordOkAsync(IncomeBodies.Service());
        var ownId = own.GetProperty("id").GetGuid();
        using var correction = await b.Pi.PutAsJsonAsync($"{b.Incomes}/{ownId}", new
        {
            year = 108, category = "technical-service", counterpartyMemberId = membersOfA, date = "2019-04-10", amount = 450_000, version = 1, reason = "改為會員",
        }, Cancel);
        outcomes.Add(await OutcomeAsync(correction));

        Assert.Equal(Enumerable.Repeat($"422 {Foreign} counterpartyMemberId", bodies.Length + 1), outcomes);
        var listed = await b.Pi.GetFromJsonAsync<JsonElement[]>($"{b.Incomes}?year=108", Cancel);
        var kept = Assert.Single(listed!);
        Assert.Equal((ownId, 1L, "南科精密股份有限公司"),
            (kept.GetProperty("id").GetGuid(), kept.GetProperty("version").GetInt64(), kept.GetProperty("counterpartyName").GetString()));
        // The refused cooperation wrote nothing, so membership is never told to add A's member to B.
        Assert.Equal(0, await b.ProjectsNamingAsync(membersOfA));
    }

    [Fact]
    public async Task PendingEntry_WhoseMemberTurnsOutAnotherAlliances_IsFlaggedAndNeverFollowsIt()
    {
        var a = await RevenueAlliance.CreateAsync(system);
        var b = await RevenueAlliance.CreateAsync(system);
        var memberId = Guid.NewGuid();
        var service = await b.RecordOkAsync(Service(memberId));
        var cooperation = await b.RecordOkAsync(IncomeBodies.Cooperation(core: true, pi: true, memberId: memberId));
        Assert.Equal(["pending", "pending"], new[] { service, cooperation }.Select(e => e.GetProperty("status").GetString()));

        var joined = MembershipEvents.Firm(memberId, a.Id, 1, ("2019-01-01", "2019-12-31"));
        await MembershipEvents.PublishAsync(system, new MemberJoined { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = joined });
        var flagged = await Eventually.Until(() => b.IncomeAsync(service.GetProperty("id").GetGuid()), e => e.GetProperty("status").GetString() != "pending",
            RevenueAlliance.Patience, "the pending entry to be decided once its member is known");
        var flaggedCooperation = await Eventually.Until(() => b.IncomeAsync(cooperation.GetProperty("id").GetGuid()),
            e => e.GetProperty("status").GetString() != "pending", RevenueAlliance.Patience, "the pending cooperation to be decided");

        foreach (var entry in new[] { flagged, flaggedCooperation })
        {
            Assert.Equal(("flagged", Foreign), (entry.GetProperty("status").GetString(), entry.GetProperty("reason").GetString()));
            Assert.NotEqual(joined.Name, entry.GetProperty("counterpartyName").GetString());
            Assert.NotEqual(joined.RegistrationNumber, entry.GetProperty("counterpartyRegistrationNumber").GetString());
            Assert.NotEqual(joined.County, entry.GetProperty("counterpartyCounty").GetString());
        }

        var summary = await b.SummaryAsync("year=108");
        Assert.Equal((0m, 0m, 2, 0), (summary.GetProperty("technicalServices").GetDecimal(), summary.GetProperty("industryAcademiaCooperation").GetDecimal(),
            summary.GetProperty("flaggedCount").GetInt32(), summary.GetProperty("pendingCount").GetInt32()));

        // A rename in A reaches revenue's copy but not B's entry.
        var renamed = joined with { Name = "改名科技股份有限公司", Version = 2 };
        await MembershipEvents.PublishAsync(system, new MemberChanged { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = renamed });
        await b.WaitForMemberCopyAsync(memberId, 2);
        var after = await b.IncomeAsync(service.GetProperty("id").GetGuid());
        Assert.Equal((flagged.GetProperty("version").GetInt64(), flagged.GetProperty("counterpartyName").GetString()),
            (after.GetProperty("version").GetInt64(), after.GetProperty("counterpartyName").GetString()));
    }

    private static object Service(Guid memberId) => new
    {
        year = 108, category = "technical-service", counterpartyMemberId = memberId, date = "2019-04-10", amount = 450_000m, reference = "TS-X",
    };

    private static async Task<string> OutcomeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var code = problem.TryGetProperty("code", out var value) ? value.GetString() : "";
        var fields = problem.TryGetProperty("errors", out var errors) ? string.Join(',', errors.EnumerateObject().Select(e => e.Name)) : "";
        return $"{(int)response.StatusCode} {code} {fields}";
    }
}
