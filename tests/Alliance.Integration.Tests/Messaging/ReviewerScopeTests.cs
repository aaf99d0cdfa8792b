using System.Net;
using Alliance.Contracts;
using Alliance.Contracts.SiteVisit;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>
/// A reviewer's scope follows site-visit's ReviewerAssigned and ReviewerUnassigned, published here as site-visit
/// would. Each step waits only until the gateway's inbox holds the event (not on the reviewer's own reads), and then
/// the reviewer's very next request must see the change: the caller the gateway kept from the request before is
/// dropped by the consumer's write.
/// </summary>
public sealed class ReviewerScopeTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reviewer_AssignedThenTakenOffEveryVisit_ReadsTheAllianceFromTheNextRequestOnAndThenLosesIt()
    {
        var (alliance, reviewer) = await AllianceAndReviewerAsync();
        var (firstVisit, secondVisit) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, await ReadAsync(reviewer, alliance));

        await DeliverAsync(bus, Assigned(firstVisit, alliance, reviewer.UserName, sequence: 1));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(reviewer, alliance));
        Assert.Equal([alliance.Id], await TestReviewers.ReviewerAlliancesAsync(system, reviewer.UserName));

        // The second visit names the reviewer as typed in capitals: user names are matched as sign-in matches them.
        await DeliverAsync(bus, Assigned(secondVisit, alliance, reviewer.UserName.ToUpperInvariant(), sequence: 1));
        await DeliverAsync(bus, Unassigned(firstVisit, alliance, reviewer.UserName, sequence: 2));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(reviewer, alliance));

        await DeliverAsync(bus, Unassigned(secondVisit, alliance, reviewer.UserName.ToUpperInvariant(), sequence: 2));
        Assert.Equal(HttpStatusCode.Forbidden, await ReadAsync(reviewer, alliance));
        Assert.Empty(await TestReviewers.ReviewerAlliancesAsync(system, reviewer.UserName));
    }

    [Fact]
    public async Task Reviewer_UnassignmentDeliveredBeforeItsAssignmentEachTwice_LeavesNoAccess()
    {
        var (alliance, reviewer) = await AllianceAndReviewerAsync();
        var visit = Guid.CreateVersion7();
        var assigned = Assigned(visit, alliance, reviewer.UserName, sequence: 1);
        var unassigned = Unassigned(visit, alliance, reviewer.UserName, sequence: 2);
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, await ReadAsync(reviewer, alliance));

        await DeliverAsync(bus, unassigned);
        await DeliverAsync(bus, assigned);
        await DeliverAsync(bus, assigned with { EventId = Guid.CreateVersion7() });
        await DeliverAsync(bus, unassigned with { EventId = Guid.CreateVersion7() });

        Assert.Equal(HttpStatusCode.Forbidden, await ReadAsync(reviewer, alliance));
        Assert.Empty(await TestReviewers.ReviewerAlliancesAsync(system, reviewer.UserName));

        await DeliverAsync(bus, Assigned(visit, alliance, reviewer.UserName, sequence: 3));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(reviewer, alliance));
    }

    [Fact]
    public async Task Reviewer_AssignedAndTakenOffThroughSiteVisit_ReadsTheAllianceAndThenLosesIt()
    {
        var (alliance, reviewer) = await AllianceAndReviewerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await ReadAsync(reviewer, alliance));

        var visit = (await TestReviewers.AssignAsync(system, reviewer.UserName, [alliance.Id])).Single();
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(reviewer, alliance));

        using var unassigned = await system.Admin.DeleteAsync($"/api/site-visits/visits/{visit}/reviewers/{reviewer.UserName}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, unassigned.StatusCode);
        await Eventually.Until(() => TestReviewers.ReviewerAlliancesAsync(system, reviewer.UserName), listed => listed.Length == 0, Patience,
            "the gateway to take the reviewer off the alliance");
        Assert.Equal(HttpStatusCode.Forbidden, await ReadAsync(reviewer, alliance));
    }

    [Fact]
    public async Task ReviewerAssigned_NamingNoAccount_IsTakenInAndGrantsNothing()
    {
        var alliance = new TestAlliance(Guid.CreateVersion7(), "none");
        var visit = Guid.CreateVersion7();
        await using var bus = await SystemBus.StartAsync(system, Cancel);

        await DeliverAsync(bus, Assigned(visit, alliance, TestAccounts.UniqueName("nobody"), sequence: 1));

        await using var gateway = await OpenGatewayAsync();
        await using var rows = new NpgsqlCommand("SELECT count(*) FROM reviewer_assignments WHERE visit_id = @visit", gateway);
        rows.Parameters.AddWithValue("visit", visit);
        Assert.Equal(0L, (long)(await rows.ExecuteScalarAsync(Cancel))!);
    }

    private async Task<(TestAlliance Alliance, TestUser Reviewer)> AllianceAndReviewerAsync()
    {
        var accounts = new TestAccounts(system);
        var alliance = await TestAlliances.RegisterAsync(system, await accounts.NewPiAccountAsync());
        return (alliance, await accounts.CreateAsync(["reviewer"], userName: TestAccounts.UniqueName("rev")));
    }

    private static async Task<HttpStatusCode> ReadAsync(TestUser reviewer, TestAlliance alliance)
    {
        using var response = await reviewer.Client.GetAsync(alliance.Path, Cancel);
        return response.StatusCode;
    }

    /// <summary>Publishes the event and waits until the gateway's inbox records it, so its effect, if any, is committed.</summary>
    private async Task DeliverAsync(SystemBus bus, IIntegrationEvent message)
    {
        await (message switch
        {
            ReviewerAssigned assigned => bus.PublishAsync(assigned, Cancel),
            ReviewerUnassigned unassigned => bus.PublishAsync(unassigned, Cancel),
            _ => throw new ArgumentException($"{message.GetType()} is not a reviewer event.", nameof(message)),
        });
        await Eventually.Until(() => InGatewayInboxAsync(message.EventId), Patience, $"the gateway to take in {message.GetType().Name}");
    }

    private async Task<bool> InGatewayInboxAsync(Guid eventId)
    {
        await using var gateway = await OpenGatewayAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE event_id = @id", gateway);
        command.Parameters.AddWithValue("id", eventId);
        return (long)(await command.ExecuteScalarAsync(Cancel))! > 0;
    }

    private async Task<NpgsqlConnection> OpenGatewayAsync()
    {
        var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.GatewayDb));
        await connection.OpenAsync(Cancel);
        return connection;
    }

    private static ReviewerAssigned Assigned(Guid visitId, TestAlliance alliance, string reviewer, long sequence) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, VisitId = visitId, AllianceId = alliance.Id, Year = 115,
        ReviewerUserName = reviewer, Sequence = sequence,
    };

    private static ReviewerUnassigned Unassigned(Guid visitId, TestAlliance alliance, string reviewer, long sequence) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, VisitId = visitId, AllianceId = alliance.Id, Year = 115,
        ReviewerUserName = reviewer, Sequence = sequence,
    };
}
