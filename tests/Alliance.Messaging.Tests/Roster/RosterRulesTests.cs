using Alliance.Contracts;
using Alliance.Contracts.Membership;
using Alliance.Messaging.Roster;

namespace Alliance.Messaging.Tests.Roster;

public sealed partial class RosterRulesTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_EventToHeldState_GivesTheExpectedState(string why, RosterAlliance? held, IIntegrationEvent message, RosterAlliance expected)
    {
        Assert.True(Equals(expected, Apply(held, message)), why);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Apply_TheThreeEventsInAnyOrderEachTwice_EndInOneState(string order)
    {
        var events = order.Select(Event).ToArray();

        var state = events.Concat(events).Aggregate((RosterAlliance?)null, Apply);

        Assert.Equal(Final, state);
    }

    [Fact]
    public void AllianceRegistered_PublishedBeforeItHadAVersion_ReadsAsVersionZero()
    {
        var json = """
            {"eventId":"0192f0a0-0000-7000-8000-000000000001","occurredAt":"2019-10-31T08:00:00+00:00","allianceId":"0192f0a0-0000-7000-8000-000000000002",
             "code":"108-A-001","name":"n","hostInstitution":"h","domainCode":"ict","phase":1,"yearInPhase":1,"piUserName":"pi"}
            """;

        var registered = System.Text.Json.JsonSerializer.Deserialize<AllianceRegistered>(json, Outbox.OutboxWriter.Json);

        Assert.Equal(0, registered!.Version);
    }

    private static RosterAlliance Apply(RosterAlliance? held, IIntegrationEvent message) => message switch
    {
        AllianceRegistered registered => RosterRules.Apply(held, registered),
        AllianceChanged changed => RosterRules.Apply(held, changed),
        AllianceTerminated terminated => RosterRules.Apply(held, terminated),
        _ => throw new ArgumentException($"{message.GetType()} is not an alliance event.", nameof(message)),
    };

    private static IIntegrationEvent Event(char letter) => letter switch
    {
        'R' => Registered(5),
        'C' => Changed(7),
        'T' => Terminated(9, Day),
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };
}
