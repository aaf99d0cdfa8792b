using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;

namespace Alliance.Integration.Tests.Activity;

/// <summary>Activity's copy of the members, fed by membership's events, and what it does to the records naming them.</summary>
public sealed class ActivityMemberEventsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Consultation_ContractShortenedAfterItWasRecorded_IsFlagged_AndCountsAgainWhenRestored()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));
        var id = (await alliance.RecordOkAsync(alliance.Consultations, ActivityBodies.Service(member, date: "2019-05-01"))).GetProperty("id").GetGuid();
        Assert.Equal(1m, ActivityAlliance.Figure(await alliance.SummaryAsync("year=108"), "consultations"));

        await alliance.ChangeContractEndAsync(member, "2019-04-30");
        var flagged = await Eventually.Until(() => alliance.GetAsync(alliance.Consultations, id), e => e.GetProperty("status").GetString() == "flagged",
            ActivityAlliance.Patience, "the consultation to be flagged once the member's contract no longer covers its date");
        Assert.Equal("no-contract-on-date", flagged.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(flagged.GetProperty("reasonText").GetString()));
        var whileFlagged = await alliance.SummaryAsync("year=108");
        Assert.Equal((0m, 1), (ActivityAlliance.Figure(whileFlagged, "consultations"), whileFlagged.GetProperty("flaggedCount").GetInt32()));
        Assert.Equal([id], (await alliance.ListAsync($"{alliance.Consultations}?year=108&status=flagged")).Select(c => c.GetProperty("id").GetGuid()));

        await alliance.ChangeContractEndAsync(member, "2019-12-31");
        await Eventually.Until(() => alliance.GetAsync(alliance.Consultations, id), e => e.GetProperty("status").GetString() == "accepted",
            ActivityAlliance.Patience, "the consultation to count again once the contract covers its date");
        var restored = await alliance.SummaryAsync("year=108");
        Assert.Equal((1m, 0), (ActivityAlliance.Figure(restored, "consultations"), restored.GetProperty("flaggedCount").GetInt32()));
        Assert.Equal(["recorded", "status-changed", "status-changed"], await alliance.HistoryActionsAsync(alliance.Consultations, id));
        var events = await alliance.EventsOfAsync(id);
        Assert.Equal(["ActivityRecorded", "ActivityCorrected", "ActivityCorrected"], events.Select(e => e.Type));
        Assert.Equal(["accepted", "flagged", "accepted"], events.Select(e => e.Payload.GetProperty("activity").GetProperty("status").GetString()));
        Assert.Equal("no-contract-on-date", events[1].Payload.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Outcome_NamingAMemberNotYetKnown_IsPendingUntilTheMemberJoins_ThenCounts()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var memberId = Guid.NewGuid();

        var pending = await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Hires(memberId, 4));
        var id = pending.GetProperty("id").GetGuid();
        Assert.Equal(("pending", "member-not-yet-known"), (pending.GetProperty("status").GetString(), pending.GetProperty("reason").GetString()));
        var before = await alliance.SummaryAsync("year=108");
        Assert.Equal((0m, 1), (ActivityAlliance.Figure(before, "new-hires"), before.GetProperty("pendingCount").GetInt32()));

        await MembershipEvents.PublishAsync(system, new MemberJoined
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = MembershipEvents.Firm(memberId, alliance.Id, 1, ("2019-01-01", "2019-12-31")),
        });

        var accepted = await Eventually.Until(() => alliance.GetAsync(alliance.Outcomes, id), e => e.GetProperty("status").GetString() == "accepted",
            ActivityAlliance.Patience, "the pending outcome to count once the member is known");
        Assert.Equal("晚到科技股份有限公司", accepted.GetProperty("memberName").GetString());
        var after = await alliance.SummaryAsync("year=108");
        Assert.Equal((4m, 0), (ActivityAlliance.Figure(after, "new-hires"), after.GetProperty("pendingCount").GetInt32()));
        Assert.Equal(["recorded", "status-changed"], await alliance.HistoryActionsAsync(alliance.Outcomes, id));
        Assert.Equal(["ActivityRecorded", "ActivityCorrected"], await alliance.EventTypesOfAsync(id));
    }

    [Fact]
    public async Task Guidance_NamingAMemberThatTurnsOutAnotherAlliances_IsFlaggedNotAMember_WithoutItsName()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var memberId = Guid.NewGuid();
        var id = (await alliance.RecordOkAsync(alliance.Guidance, ActivityBodies.Service(memberId))).GetProperty("id").GetGuid();

        await MembershipEvents.PublishAsync(system, new MemberJoined
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = MembershipEvents.Firm(memberId, Guid.NewGuid(), 1, ("2019-01-01", "2019-12-31")),
        });

        var flagged = await Eventually.Until(() => alliance.GetAsync(alliance.Guidance, id), e => e.GetProperty("status").GetString() != "pending",
            ActivityAlliance.Patience, "the pending guidance to be decided once the member is known");
        Assert.Equal(("flagged", "not-a-member", JsonValueKind.Null),
            (flagged.GetProperty("status").GetString(), flagged.GetProperty("reason").GetString(), flagged.GetProperty("memberName").ValueKind));
    }

    [Fact]
    public async Task Outcome_MemberRemovedInMembership_IsFlaggedNotAMember_AndANewOneIsRefused()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));
        var id = (await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.OutputValue(member, 800_000m))).GetProperty("id").GetGuid();
        var read = await alliance.Pi.GetFromJsonAsync<JsonElement>($"{alliance.Members}/{member}", Cancel);

        using var removed = await alliance.Pi.DeleteAsync($"{alliance.Members}/{member}?version={read.GetProperty("version").GetInt64()}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        var flagged = await Eventually.Until(() => alliance.GetAsync(alliance.Outcomes, id), e => e.GetProperty("status").GetString() == "flagged",
            ActivityAlliance.Patience, "the outcome to be flagged once its member is removed");
        Assert.Equal("not-a-member", flagged.GetProperty("reason").GetString());
        Assert.Equal(0m, ActivityAlliance.Figure(await alliance.SummaryAsync("year=108"), "derived-output-value"));
        using var another = await alliance.PostAsync(alliance.Outcomes, ActivityBodies.Product(member));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, another.StatusCode);
        Assert.Equal("not-a-member", (await another.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
    }
}
