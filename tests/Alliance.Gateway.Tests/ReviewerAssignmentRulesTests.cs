using Alliance.Contracts.SiteVisit;
using Alliance.Gateway.Consumers;
using Alliance.Gateway.Data;

namespace Alliance.Gateway.Tests;

/// <summary>
/// A reviewer's assignment to a visit is the state of the greatest sequence seen, whatever order site-visit's
/// events arrive in and however often each arrives; the reviewer's scope is the alliances of the visits still assigned.
/// </summary>
public sealed partial class ReviewerAssignmentRulesTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_EventToHeldAssignment_GivesTheExpectedAssignment(string why, ReviewerAssignment? held, object message, ReviewerAssignment expected)
    {
        Assert.True(Equals(expected, Apply(held, message)), why);
    }

    [Theory]
    [MemberData(nameof(AssignUnassignReassignOrders))]
    public void Apply_AssignUnassignReassignInAnyOrderEachTwice_EndAssigned(string order)
    {
        Assert.Equal(AsReassigned, order.Select(Event).Aggregate((ReviewerAssignment?)null, Apply));
    }

    [Theory]
    [MemberData(nameof(AssignUnassignOrders))]
    public void Apply_AnUnassignmentInAnyOrderWithItsAssignmentEachTwice_LeavesNoAccess(string order)
    {
        var held = order.Select(Event).Aggregate((ReviewerAssignment?)null, Apply);

        Assert.Equal(AsUnassigned, held);
        Assert.Empty(ReviewerAssignmentRules.ScopeOf([held!]));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void ScopeOf_Rows_AreTheAlliancesOfTheVisitsStillAssigned(string why, ReviewerAssignment[] rows, Guid[] expected)
    {
        Assert.True(expected.SequenceEqual(ReviewerAssignmentRules.ScopeOf(rows)), why);
    }

    private static ReviewerAssignment Apply(ReviewerAssignment? held, object message) => message switch
    {
        ReviewerAssigned assigned => ReviewerAssignmentRules.Apply(held, UserId, assigned),
        ReviewerUnassigned unassigned => ReviewerAssignmentRules.Apply(held, UserId, unassigned),
        _ => throw new ArgumentException($"{message.GetType()} is not a reviewer event.", nameof(message)),
    };

    /// <summary>A = assigned (1), U = unassigned (2), R = assigned again (3); each a new delivery of its event.</summary>
    private static object Event(char letter) => letter switch
    {
        'A' => Assigned(1),
        'U' => Unassigned(2),
        'R' => Assigned(3),
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };
}
