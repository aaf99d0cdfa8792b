using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Revenue;

/// <summary>Revenue's copy of the members, fed by membership's events, and what it does to the entries naming them.</summary>
public sealed class RevenueMemberEventsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TechnologyTransfer_ToAFirmThatJoinedThroughMembership_IsAcceptedWithItsDetails()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));

        var entry = await alliance.RecordOkAsync(IncomeBodies.Transfer(member));

        Assert.Equal("accepted", entry.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("reason").ValueKind);
        Assert.Equal(("taiwan-company", "臺南市"), (entry.GetProperty("counterpartyKind").GetString(), entry.GetProperty("counterpartyCounty").GetString()));
        Assert.StartsWith("測試科技", entry.GetProperty("counterpartyName").GetString());
        Assert.Equal(1_200_000m, (await alliance.SummaryAsync("year=108")).GetProperty("technologyTransfer").GetDecimal());
    }

    [Fact]
    public async Task Entry_NamingAMemberNotYetKnown_IsPendingUntilTheMemberJoins_ThenAccepted()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var memberId = Guid.NewGuid();

        var pending = await alliance.RecordOkAsync(IncomeBodies.Transfer(memberId, amount: 800_000m));
        var id = pending.GetProperty("id").GetGuid();
        Assert.Equal(("pending", "member-not-yet-known"), (pending.GetProperty("status").GetString(), pending.GetProperty("reason").GetString()));
        Assert.False(string.IsNullOrEmpty(pending.GetProperty("reasonText").GetString()));
        var before = await alliance.SummaryAsync("year=108");
        Assert.Equal((0m, 1), (before.GetProperty("technologyTransfer").GetDecimal(), before.GetProperty("pendingCount").GetInt32()));

        await MembershipEvents.PublishAsync(system, new MemberJoined
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = MembershipEvents.Firm(memberId, alliance.Id, 1, ("2019-01-01", "2019-12-31")),
        });

        var accepted = await Eventually.Until(() => alliance.IncomeAsync(id), e => e.GetProperty("status").GetString() == "accepted",
            RevenueAlliance.Patience, "the pending entry to be accepted once the member is known");
        Assert.Equal("晚到科技股份有限公司", accepted.GetProperty("counterpartyName").GetString());
        var after = await alliance.SummaryAsync("year=108");
        Assert.Equal((800_000m, 0), (after.GetProperty("technologyTransfer").GetDecimal(), after.GetProperty("pendingCount").GetInt32()));
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}/{id}/history", Cancel);
        Assert.Equal(["recorded", "status-changed"], history!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(["IncomeRecorded", "IncomeCorrected"], await alliance.EventsOfIncomeAsync(id));
    }

    [Fact]
    public async Task AcceptedTransfer_ContractShortenedInMembership_IsFlagged_AndAcceptedAgainWhenRestored()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));
        var id = (await alliance.RecordOkAsync(IncomeBodies.Transfer(member, date: "2019-05-01"))).GetProperty("id").GetGuid();

        await ChangeContractEndAsync(alliance, member, "2019-04-30");
        var flagged = await Eventually.Until(() => alliance.IncomeAsync(id), e => e.GetProperty("status").GetString() == "flagged",
            RevenueAlliance.Patience, "the entry to be flagged once the member's contract no longer covers the signing date");
        Assert.Equal("no-contract-on-signing-date", flagged.GetProperty("reason").GetString());
        var summary = await alliance.SummaryAsync("year=108");
        Assert.Equal((0m, 1), (summary.GetProperty("technologyTransfer").GetDecimal(), summary.GetProperty("flaggedCount").GetInt32()));
        var listed = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}?year=108&status=flagged", Cancel);
        Assert.Equal(id, Assert.Single(listed!).GetProperty("id").GetGuid());

        await ChangeContractEndAsync(alliance, member, "2019-12-31");
        await Eventually.Until(() => alliance.IncomeAsync(id), e => e.GetProperty("status").GetString() == "accepted",
            RevenueAlliance.Patience, "the entry to be accepted again once the contract covers the signing date");
        Assert.Equal(1_200_000m, (await alliance.SummaryAsync("year=108")).GetProperty("technologyTransfer").GetDecimal());
    }

    [Fact]
    public async Task AcceptedFee_MemberRemovedInMembership_IsFlaggedAsFromANonMember()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));
        var id = (await alliance.RecordOkAsync(IncomeBodies.Fee(member))).GetProperty("id").GetGuid();
        var read = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{alliance.Members}/{member}", Cancel);

        using var removed = await alliance.Pi.DeleteAsync($"{alliance.Members}/{member}?version={read.GetProperty("version").GetInt64()}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        var flagged = await Eventually.Until(() => alliance.IncomeAsync(id), e => e.GetProperty("status").GetString() == "flagged",
            RevenueAlliance.Patience, "the fee to be flagged once its member is removed");
        Assert.Equal("counterparty-not-a-member", flagged.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(flagged.GetProperty("counterpartyName").GetString()));
        var summary = await alliance.SummaryAsync("year=108");
        Assert.Equal((0m, 1), (summary.GetProperty("membershipFees").GetDecimal(), summary.GetProperty("flaggedCount").GetInt32()));
        using var another = await alliance.Pi.PostAsJsonAsync(alliance.Incomes, IncomeBodies.Fee(member, date: "2019-04-01"), Cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, another.StatusCode);
    }

    [Fact]
    public async Task MemberLeft_OvertakingItsMemberJoined_LeavesThePendingEntryFlagged_NeverAccepted()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var memberId = Guid.NewGuid();
        var id = (await alliance.RecordOkAsync(IncomeBodies.Transfer(memberId, amount: 500_000m))).GetProperty("id").GetGuid();

        await MembershipEvents.PublishAsync(system, new MemberLeft
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, MemberId = memberId, AllianceId = alliance.Id, Version = 2,
        });
        await alliance.WaitForMemberCopyAsync(memberId, 2);
        Assert.Equal("pending", (await alliance.IncomeAsync(id)).GetProperty("status").GetString());
        await MembershipEvents.PublishAsync(system, new MemberJoined
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = MembershipEvents.Firm(memberId, alliance.Id, 1, ("2019-01-01", "2019-12-31")),
        });

        var flagged = await Eventually.Until(() => alliance.IncomeAsync(id), e => e.GetProperty("status").GetString() != "pending",
            RevenueAlliance.Patience, "the pending entry to be decided once the removed member is described");
        Assert.Equal(("flagged", "counterparty-not-a-firm-member"), (flagged.GetProperty("status").GetString(), flagged.GetProperty("reason").GetString()));
        Assert.Equal("晚到科技股份有限公司", flagged.GetProperty("counterpartyName").GetString());
        Assert.Equal(0m, (await alliance.SummaryAsync("year=108")).GetProperty("technologyTransfer").GetDecimal());
    }

    [Fact]
    public async Task SameMembershipEvent_DeliveredTwice_ChangesTheEntryOnce()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var memberId = Guid.NewGuid();
        var contract = ("2019-01-01", "2019-12-31");
        await MembershipEvents.PublishAsync(system, new MemberJoined
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = MembershipEvents.Firm(memberId, alliance.Id, 1, contract),
        });
        await alliance.WaitForMemberCopyAsync(memberId, 1);
        var id = (await alliance.RecordOkAsync(IncomeBodies.Transfer(memberId))).GetProperty("id").GetGuid();

        // Version 2 ends the contract before the signing date; the same event (same EventId) arrives twice.
        var shortened = new MemberChanged
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = MembershipEvents.Firm(memberId, alliance.Id, 2, ("2019-01-01", "2019-04-30")),
        };
        await MembershipEvents.PublishAsync(system, shortened, shortened);
        // A later, harmless state on the same queue shows the duplicates have been taken off it.
        var unchanged = shortened with { EventId = Guid.NewGuid(), Member = shortened.Member with { Version = 3 } };
        await MembershipEvents.PublishAsync(system, unchanged);
        await alliance.WaitForMemberCopyAsync(memberId, 3);

        var entry = await alliance.IncomeAsync(id);
        Assert.Equal(("flagged", 2L), (entry.GetProperty("status").GetString(), entry.GetProperty("version").GetInt64()));
        var history = await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}/{id}/history", Cancel);
        Assert.Equal(["recorded", "status-changed"], history!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(["IncomeRecorded", "IncomeCorrected"], await alliance.EventsOfIncomeAsync(id));
    }

    private static async Task ChangeContractEndAsync(RevenueAlliance alliance, Guid memberId, string end)
    {
        var versionBefore = await alliance.MemberCopyVersionAsync(memberId);
        var member = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{alliance.Members}/{memberId}", Cancel);
        var contract = member.GetProperty("contracts")[0];
        using var response = await alliance.Pi.PutAsJsonAsync($"{alliance.Members}/{memberId}/contracts/{contract.GetProperty("id").GetGuid()}",
            new { start = contract.GetProperty("start").GetString(), end, paid = true, fee = 50000, version = contract.GetProperty("version").GetInt64() }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await alliance.WaitForMemberCopyAsync(memberId, versionBefore + 1);
    }
}
