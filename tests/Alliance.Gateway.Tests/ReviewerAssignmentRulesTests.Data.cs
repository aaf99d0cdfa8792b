using Alliance.Contracts.SiteVisit;
using Alliance.Gateway.Data;

namespace Alliance.Gateway.Tests;

public sealed partial class ReviewerAssignmentRulesTests
{
    private static readonly Guid UserId = Guid.Parse("0192f0a0-0000-7000-8000-0000000000b1");
    private static readonly Guid VisitId = Guid.Parse("0192f0a0-0000-7000-8000-0000000000c1");
    private static readonly Guid OtherVisitId = Guid.Parse("0192f0a0-0000-7000-8000-0000000000c2");
    private static readonly Guid AllianceId = Guid.Parse("0192f0a0-0000-7000-8000-00000000a11a");
    private static readonly Guid OtherAllianceId = Guid.Parse("0192f0a0-0000-7000-8000-00000000a11b");
    private static readonly DateTimeOffset At = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ReviewerAssignment AsAssigned = Row(assigned: true, sequence: 1);
    private static readonly ReviewerAssignment AsUnassigned = Row(assigned: false, sequence: 2);
    private static readonly ReviewerAssignment AsReassigned = Row(assigned: true, sequence: 3);

    public static TheoryData<string, ReviewerAssignment?, object, ReviewerAssignment> Cases => new()
    {
        { "an assignment makes the row", null, Assigned(1), AsAssigned },
        { "an unassignment ahead of its assignment is kept, unassigned", null, Unassigned(2), AsUnassigned },
        { "a newer unassignment ends the assignment", AsAssigned, Unassigned(2), AsUnassigned },
        { "an older assignment does not undo an unassignment", AsUnassigned, Assigned(1), AsUnassigned },
        { "a newer assignment after an unassignment assigns again", AsUnassigned, Assigned(3), AsReassigned },
        { "an older unassignment does not undo a reassignment", AsReassigned, Unassigned(2), AsReassigned },
        { "the same assignment again changes nothing", AsAssigned, Assigned(1), AsAssigned },
        { "the same unassignment again changes nothing", AsUnassigned, Unassigned(2), AsUnassigned },
        { "an assignment of the held sequence changes nothing", AsUnassigned, Assigned(2), AsUnassigned },
        { "an unassignment of the held sequence changes nothing", AsReassigned, Unassigned(3), AsReassigned },
        { "the newest event's alliance is the row's", AsAssigned, Assigned(3) with { AllianceId = OtherAllianceId }, AsReassigned with { AllianceId = OtherAllianceId } },
    };

    /// <summary>Every order of the assignment, the unassignment and the reassignment, each delivered twice (90 orders).</summary>
    public static TheoryData<string> AssignUnassignReassignOrders => new(DistinctOrders("AAUURR"));

    /// <summary>Every order of an assignment and its unassignment, each delivered twice (6 orders).</summary>
    public static TheoryData<string> AssignUnassignOrders => new(DistinctOrders("AAUU"));

    public static TheoryData<string, ReviewerAssignment[], Guid[]> Scopes => new()
    {
        { "no rows, no alliances", [], [] },
        { "an assigned visit gives its alliance", [AsAssigned], [AllianceId] },
        { "an unassigned visit gives nothing", [AsUnassigned], [] },
        { "two assigned visits to one alliance give it once", [AsAssigned, AsAssigned with { VisitId = OtherVisitId }], [AllianceId] },
        {
            "taken off one visit, the reviewer keeps the alliance while another visit to it is assigned",
            [AsUnassigned, AsAssigned with { VisitId = OtherVisitId }], [AllianceId]
        },
        {
            "visits to two alliances give both, in order",
            [AsAssigned with { VisitId = OtherVisitId, AllianceId = OtherAllianceId }, AsAssigned], [AllianceId, OtherAllianceId]
        },
        { "taken off every visit to an alliance, the reviewer loses it", [AsUnassigned, AsUnassigned with { VisitId = OtherVisitId }], [] },
    };

    private static IEnumerable<string> DistinctOrders(string letters) =>
        letters.Length <= 1
            ? [letters]
            : letters.Distinct().SelectMany(letter => DistinctOrders(letters.Remove(letters.IndexOf(letter), 1)).Select(rest => letter + rest));

    private static ReviewerAssignment Row(bool assigned, long sequence) => new()
    {
        UserId = UserId, VisitId = VisitId, AllianceId = AllianceId, Sequence = sequence, Assigned = assigned,
    };

    private static ReviewerAssigned Assigned(long sequence) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = At.AddMinutes(sequence), VisitId = VisitId, AllianceId = AllianceId, Year = 115,
        ReviewerUserName = "rev.chen", Sequence = sequence,
    };

    private static ReviewerUnassigned Unassigned(long sequence) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = At.AddMinutes(sequence), VisitId = VisitId, AllianceId = AllianceId, Year = 115,
        ReviewerUserName = "rev.chen", Sequence = sequence,
    };
}
