using System.Text.Json;
using Alliance.Contracts;
using Alliance.Contracts.Membership;
using Alliance.Messaging.Roster.Members;

namespace Alliance.Messaging.Tests.Roster;

public sealed partial class MemberRulesTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_EventToHeldState_GivesTheExpectedState(string why, RosterMember? held, IIntegrationEvent message, RosterMember expected)
    {
        Assert.True(Equals(expected, Apply(held, message)), why);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Apply_TheThreeEventsInAnyOrderEachTwice_EndInOneState(string order)
    {
        var events = order.Select(Event).ToArray();

        var state = events.Concat(events).Aggregate((RosterMember?)null, Apply);

        Assert.Equal(Final, state);
    }

    [Fact]
    public void Contracts_StoredAsRevenueStoredThemBefore_ReadBack()
    {
        // As EF wrote revenue's member copies' contracts (an owned JSON collection) before the shared copy.
        var stored = """[{"ContractId":"0192f0a0-0000-7000-8000-00000000c001","End":"2020-12-31","Paid":true,"Source":"contract","Start":"2020-01-01"}]""";

        var read = RosterMemberContracts.FromJson(stored);

        Assert.Equal(new RosterMemberContracts([Contract]), read);
        Assert.Equal(read, RosterMemberContracts.FromJson(RosterMemberContracts.ToJson(read)));
        Assert.Equal("ContractId", JsonDocument.Parse(RosterMemberContracts.ToJson(read)).RootElement[0].EnumerateObject().First().Name);
    }

    private static RosterMember Apply(RosterMember? held, IIntegrationEvent message) => message switch
    {
        MemberJoined joined => MemberRules.Apply(held, joined),
        MemberChanged changed => MemberRules.Apply(held, changed),
        MemberLeft left => MemberRules.Apply(held, left),
        _ => throw new ArgumentException($"{message.GetType()} is not a member event.", nameof(message)),
    };

    private static IIntegrationEvent Event(char letter) => letter switch
    {
        'J' => Joined(1),
        'C' => Changed(2),
        'L' => Left(3),
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };
}
