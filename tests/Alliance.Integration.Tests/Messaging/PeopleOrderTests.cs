using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts;
using Alliance.Contracts.Accounts;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Messaging.Roster.People;
using Alliance.ServiceDefaults;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>
/// The gateway's account events reach each copy of the people through a queue of their own, so any order
/// is possible. Here each order is forced (an event is published once every copy has applied the one
/// before), each event is published twice (the second time under a new id), and a stale change comes last.
/// </summary>
public sealed class PeopleOrderTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Orders => new() { "WCP", "WPC", "CWP", "CPW", "PWC", "PCW" };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task AccountEvents_InAnyOrderEachTwice_LeaveReportingAndSiteVisitInOneState(string order)
    {
        var story = PersonStory.New();
        var copies = new PeopleCopies(system);
        await using var bus = await SystemBus.StartAsync(system, Cancel);

        foreach (var message in story.InOrder(order).Concat(story.InOrder(order, again: true)).Append(story.Stale))
        {
            await PublishAsync(bus, message);
            await Eventually.Until(() => copies.AllAppliedAsync(message.EventId), Patience, $"{message.GetType().Name} applied by every copy ({order})");
        }

        foreach (var database in PeopleCopies.Databases)
        {
            Assert.Equal(story.Person, await copies.PersonAsync(database, story.UserId));
            Assert.Equal(story.Approval, await copies.ApprovalAsync(database, story.UserId, story.AllianceId));
        }

        await using var reporting = await copies.OpenAsync(ResourceNames.ReportingDb);
        Assert.Equal(story.Changed.DisplayName, await reporting.DisplayNameOfAsync(story.UserName, Cancel));
        var unheardOf = TestAccounts.UniqueName("nobody");
        Assert.Equal(new Dictionary<string, string> { [story.UserName] = story.Changed.DisplayName, [unheardOf] = unheardOf },
            await reporting.NamesShownAsync([story.UserName, unheardOf, story.UserName], Cancel));
        Assert.Equal([new ApprovedAssistant(story.UserId, story.UserName, story.Changed.DisplayName, story.Changed.Email)],
            await reporting.ApprovedAssistantsAsync(story.AllianceId, Cancel));
    }

    [Fact]
    public async Task ListRoster_PiTheCopyDoesNotKnow_HasNoDisplayName()
    {
        var allianceId = Guid.CreateVersion7();
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        await bus.PublishAsync(new AllianceRegistered
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, AllianceId = allianceId, Code = AllianceRegistrationTests.UniqueCode(),
            Name = "無人知曉主持人聯盟", HostInstitution = "國立臺灣大學", DomainCode = "ict", Phase = 1, YearInPhase = 1,
            PiUserName = TestAccounts.UniqueName("pi.nobody"), Version = 1,
        }, Cancel);

        var listed = await Eventually.Until(() => ListedAsync(system, allianceId), found => found is not null, Patience, "reporting to list the alliance");

        Assert.Equal(JsonValueKind.Null, listed!.Value.GetProperty("piDisplayName").ValueKind);
    }

    [Fact]
    public async Task ListRoster_PiRenamedThroughTheGateway_FollowsTheDisplayName()
    {
        var piUserName = TestAccounts.UniqueName("pi");
        await new TestAccounts(system).CreateAccountAsync(piUserName, TestAccounts.NewPassword(), ["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, piUserName);
        await UntilPiDisplayNameAsync(alliance.Id, "測試 pi");

        var account = await system.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{piUserName}", Cancel);
        using var renamed = await system.Admin.PutAsJsonAsync($"/api/auth/users/{piUserName}",
            new { displayName = "陳新名", roles = new[] { "pi" }, disabled = false, version = account.GetProperty("version").GetInt64() }, Cancel);
        Assert.True(renamed.IsSuccessStatusCode, await renamed.Content.ReadAsStringAsync(Cancel));

        await UntilPiDisplayNameAsync(alliance.Id, "陳新名");
    }

    private Task UntilPiDisplayNameAsync(Guid allianceId, string displayName) =>
        Eventually.Until(() => ListedAsync(system, allianceId),
            found => found?.GetProperty("piDisplayName").ValueKind == JsonValueKind.String && found.Value.GetProperty("piDisplayName").GetString() == displayName,
            Patience, $"reporting to list the alliance's PI as {displayName}");

    private static async Task<JsonElement?> ListedAsync(SystemFixture system, Guid allianceId)
    {
        var listed = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/reporting/alliances", Cancel);
        return listed!.Where(a => a.GetProperty("id").GetGuid() == allianceId).Select(a => (JsonElement?)a).SingleOrDefault();
    }

    private static Task PublishAsync(SystemBus bus, IIntegrationEvent message) => message switch
    {
        AccountChanged changed => bus.PublishAsync(changed, Cancel),
        AssistantApproved approved => bus.PublishAsync(approved, Cancel),
        AssistantWithdrawn withdrawn => bus.PublishAsync(withdrawn, Cancel),
        _ => throw new ArgumentException($"{message.GetType()} is not an account event.", nameof(message)),
    };

    /// <summary>
    /// One assistant: an earlier approval withdrawn (version 2), the account changed (3), approved again on a
    /// new registration (4); the account as first made (1) arrives last.
    /// </summary>
    private sealed record PersonStory(Guid UserId, string UserName, Guid AllianceId, AssistantWithdrawn Withdrawn, AccountChanged Changed, AssistantApproved Approved)
    {
        public static PersonStory New()
        {
            var userId = Guid.CreateVersion7();
            var userName = TestAccounts.UniqueName("asst");
            var allianceId = Guid.CreateVersion7();
            var code = AllianceRegistrationTests.UniqueCode();
            var at = DateTimeOffset.UtcNow;
            var withdrawn = new AssistantWithdrawn
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at, RegistrationId = Guid.CreateVersion7(), UserId = userId, UserName = userName,
                AllianceId = allianceId, AllianceCode = code, Version = 2,
            };
            var changed = new AccountChanged
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at.AddMinutes(1), UserId = userId, UserName = userName, DisplayName = "林小美",
                Email = $"{userName}@example.org", Roles = ["assistant", "reviewer"], Disabled = false, Version = 3,
            };
            var approved = new AssistantApproved
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at.AddMinutes(2), RegistrationId = Guid.CreateVersion7(), UserId = userId, UserName = userName,
                AllianceId = allianceId, AllianceCode = code, Version = 4,
            };
            return new PersonStory(userId, userName, allianceId, withdrawn, changed, approved);
        }

        /// <summary>The account as it was first made, re-sent late: older than what the copies hold.</summary>
        public AccountChanged Stale => Changed with { EventId = Guid.CreateVersion7(), DisplayName = "林助理", Email = null, Roles = ["assistant"], Version = 1 };

        public RosterPerson Person => new()
        {
            UserId = UserId, UserName = UserName, DisplayName = Changed.DisplayName, Email = Changed.Email,
            Roles = [.. Changed.Roles], Disabled = false, Version = Changed.Version,
        };

        public AssistantApproval Approval => new()
        {
            UserId = UserId, AllianceId = AllianceId, UserName = UserName, AllianceCode = Approved.AllianceCode,
            RegistrationId = Approved.RegistrationId, Approved = true, Version = Approved.Version,
        };

        /// <summary>The three events in <paramref name="order"/> (W, C, P); <paramref name="again"/> re-sends them under new event ids.</summary>
        public IEnumerable<IIntegrationEvent> InOrder(string order, bool again = false) => order.Select(letter => letter switch
        {
            'W' => again ? Withdrawn with { EventId = Guid.CreateVersion7() } : (IIntegrationEvent)Withdrawn,
            'C' => again ? Changed with { EventId = Guid.CreateVersion7() } : Changed,
            'P' => again ? Approved with { EventId = Guid.CreateVersion7() } : Approved,
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        });
    }
}
