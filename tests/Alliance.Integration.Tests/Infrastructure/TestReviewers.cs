using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.SiteVisit;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// Reviewers' alliances for tests. A reviewer's scope follows from site-visit's assignments alone; here each
/// alliance gets an assignment to a visit of its own, published as site-visit would, and the test waits until the
/// gateway has taken them in (the accounts API lists them), from which request on the reviewer reads them.
/// </summary>
public static class TestReviewers
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task AssignAsync(SystemFixture system, string userName, IReadOnlyCollection<Guid> alliances)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using (var bus = await SystemBus.StartAsync(system, cancel))
        {
            foreach (var allianceId in alliances)
            {
                await bus.PublishAsync(new ReviewerAssigned
                {
                    EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, VisitId = Guid.CreateVersion7(), AllianceId = allianceId,
                    Year = 115, ReviewerUserName = userName, Sequence = 1,
                }, cancel);
            }
        }

        await Eventually.Until(() => ReviewerAlliancesAsync(system, userName), listed => alliances.All(listed.Contains), Patience,
            $"the gateway to list {userName}'s assigned alliances");
    }

    /// <summary>The alliances the accounts API lists for the reviewer: what the gateway's assignments give.</summary>
    public static async Task<Guid[]> ReviewerAlliancesAsync(SystemFixture system, string userName)
    {
        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{userName}", TestContext.Current.CancellationToken);
        return account.GetProperty("reviewerAlliances").EnumerateArray().Select(a => a.GetGuid()).ToArray();
    }
}
