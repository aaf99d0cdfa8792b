using Alliance.Contracts.Accounts;
using Alliance.Messaging.Roster.People;

namespace Alliance.Messaging.Tests.Roster;

public sealed partial class PeopleRulesTests
{
    [Theory]
    [MemberData(nameof(PersonCases))]
    public void Apply_AccountChangedToHeldPerson_GivesTheExpectedPerson(string why, RosterPerson? held, AccountChanged message, RosterPerson expected)
    {
        Assert.True(Equals(expected, PeopleRules.Apply(held, message)), why);
    }

    [Theory]
    [MemberData(nameof(ApprovalCases))]
    public void Apply_DecisionToHeldApproval_GivesTheExpectedApproval(string why, AssistantApproval? held, object message, AssistantApproval expected)
    {
        Assert.True(Equals(expected, Apply(held, message)), why);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Apply_TheAccountsEventsInAnyOrderEachTwice_EndInOneState(string order)
    {
        var events = order.Select(Event).ToArray();

        var (person, approval) = events.Concat(events).Aggregate(((RosterPerson?)null, (AssistantApproval?)null), (state, message) => message switch
        {
            AccountChanged changed => (PeopleRules.Apply(state.Item1, changed), state.Item2),
            _ => (state.Item1, Apply(state.Item2, message)),
        });

        Assert.Equal(AsRenamed, person);
        Assert.Equal(AsWithdrawn, approval);
    }

    [Fact]
    public void Equals_PeopleWithTheSameRolesInOtherArrays_AreEqual()
    {
        Assert.Equal(AsCreated, AsCreated with { Roles = ["assistant"] });
        Assert.NotEqual(AsCreated, AsCreated with { Roles = ["assistant", "pi"] });
    }

    private static AssistantApproval Apply(AssistantApproval? held, object message) => message switch
    {
        AssistantApproved approved => PeopleRules.Apply(held, approved),
        AssistantWithdrawn withdrawn => PeopleRules.Apply(held, withdrawn),
        _ => throw new ArgumentException($"{message.GetType()} is not an approval or a withdrawal.", nameof(message)),
    };

    private static object Event(char letter) => letter switch
    {
        'A' => Changed(1),
        'P' => Approved(2),
        'W' => Withdrawn(3),
        'R' => Renamed(4),
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };
}
