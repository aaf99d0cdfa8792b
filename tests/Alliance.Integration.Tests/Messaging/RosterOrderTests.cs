using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Messaging.Roster;

namespace Alliance.Integration.Tests.Messaging;

/// <summary>
/// Membership's alliance events reach each copy of the roster through a queue of their own, so any order
/// is possible. Here each order is forced (an event is published once every copy has applied the one
/// before), and each event is published twice (the second time under a new id, as a re-sent fact).
/// </summary>
public sealed class RosterOrderTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Orders => new() { "RCT", "RTC", "CRT", "CTR", "TRC", "TCR" };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task AllianceEvents_InAnyOrderEachTwice_LeaveEveryCopyOfTheRosterInOneState(string order)
    {
        var story = AllianceStory.New();
        var copies = new RosterCopies(system);
        await using var bus = await SystemBus.StartAsync(system, Cancel);

        foreach (var message in story.InOrder(order).Concat(story.InOrder(order, again: true)))
        {
            await PublishAsync(bus, message);
            await Eventually.Until(() => copies.AllAppliedAsync(message.EventId), Patience, $"{message.GetType().Name} applied by every copy ({order})");
        }

        foreach (var database in RosterCopies.Databases)
        {
            Assert.Equal(story.Final, await copies.ReadAsync(database, story.AllianceId));
        }

        var listed = (await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/reporting/alliances", Cancel))!
            .Single(a => a.GetProperty("id").GetGuid() == story.AllianceId);
        Assert.Equal(story.Final.Name, listed.GetProperty("name").GetString());
        Assert.Equal(story.Final.PiUserName, listed.GetProperty("piUserName").GetString());

        using var registration = await system.Gateway.PostAsJsonAsync("/api/auth/registrations",
            new { userName = TestAccounts.UniqueName("asst"), displayName = "林助理", password = TestAccounts.StrongPassword, allianceCode = story.Code }, Cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, registration.StatusCode);
        Assert.True((await registration.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("allianceCode", out _));
    }

    private static Task PublishAsync(SystemBus bus, IIntegrationEvent message) => message switch
    {
        AllianceRegistered registered => bus.PublishAsync(registered, Cancel),
        AllianceChanged changed => bus.PublishAsync(changed, Cancel),
        AllianceTerminated terminated => bus.PublishAsync(terminated, Cancel),
        _ => throw new ArgumentException($"{message.GetType()} is not an alliance event.", nameof(message)),
    };

    /// <summary>One alliance's registration (version 100), a change of its name and PI (200) and its termination (300).</summary>
    private sealed record AllianceStory(Guid AllianceId, string Code, AllianceRegistered Registered, AllianceChanged Changed, AllianceTerminated Terminated)
    {
        public static AllianceStory New()
        {
            var allianceId = Guid.CreateVersion7();
            var code = AllianceRegistrationTests.UniqueCode();
            // Whole microseconds, as PostgreSQL keeps them.
            var now = DateTimeOffset.UtcNow;
            var at = new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
            var registered = new AllianceRegistered
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at, AllianceId = allianceId, Code = code,
                Name = "亂序測試聯盟（舊名）", HostInstitution = "國立臺灣大學", DomainCode = "ict", Phase = 1, YearInPhase = 2,
                PiUserName = TestAccounts.UniqueName("pi.old"), Version = 100,
            };
            var changed = new AllianceChanged
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at.AddMinutes(1), AllianceId = allianceId, Code = code,
                Name = "亂序測試聯盟", HostInstitution = "國立清華大學", DomainCode = "ict", Phase = 2, YearInPhase = 1,
                PiUserName = TestAccounts.UniqueName("pi.new"), Version = 200,
            };
            var terminated = new AllianceTerminated
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at.AddMinutes(2), AllianceId = allianceId, Code = code,
                TerminatedOn = new DateOnly(2021, 12, 31), Reason = "計畫結束", Version = 300,
            };
            return new AllianceStory(allianceId, code, registered, changed, terminated);
        }

        public RosterAlliance Final => new()
        {
            Id = AllianceId, Code = Code, Name = Changed.Name, HostInstitution = Changed.HostInstitution,
            DomainCode = Changed.DomainCode, Phase = Changed.Phase, YearInPhase = Changed.YearInPhase, PiUserName = Changed.PiUserName,
            DetailsVersion = Changed.Version, RegisteredAt = Registered.OccurredAt,
            TerminatedOn = Terminated.TerminatedOn, TerminationVersion = Terminated.Version,
        };

        /// <summary>The three events in <paramref name="order"/> (R, C, T); <paramref name="again"/> re-sends them under new event ids.</summary>
        public IEnumerable<IIntegrationEvent> InOrder(string order, bool again = false) => order.Select(letter => letter switch
        {
            'R' => again ? Registered with { EventId = Guid.CreateVersion7() } : (IIntegrationEvent)Registered,
            'C' => again ? Changed with { EventId = Guid.CreateVersion7() } : Changed,
            'T' => again ? Terminated with { EventId = Guid.CreateVersion7() } : Terminated,
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        });
    }
}
