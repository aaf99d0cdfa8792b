using Alliance.Gateway.Web.Activity;
using Alliance.Gateway.Web.Membership;
using static Alliance.Gateway.Tests.ActivityDraftTests;

namespace Alliance.Gateway.Tests;

public sealed class ActivityFilterTests
{
    private static readonly ActivityRow[] Outcomes =
    [
        Row("patent-application", date: new(2019, 3, 1)),
        Row("patent-grant", "flagged", new(2019, 4, 30)),
        Row("new-hire", date: new(2019, 5, 1)),
    ];

    public static TheoryData<string?, string?, int[]> KindsAndStatuses => new()
    {
        { null, null, [2, 1, 0] },
        { RecordKinds.Patents, null, [1, 0] },
        { "patent-grant", null, [1] },
        { RecordKinds.Patents, "accepted", [0] },
        { null, "voided", [] },
    };

    [Theory]
    [MemberData(nameof(KindsAndStatuses))]
    public void Apply_KindAndStatus_KeepsTheMatchingRowsNewestFirst(string? kind, string? status, int[] expected) =>
        Assert.Equal(expected.Select(i => Outcomes[i]), ActivityFilter.Apply(Outcomes, kind, status, null, null));

    [Fact]
    public void Apply_Range_IncludesBothEnds() =>
        Assert.Equal([Outcomes[1], Outcomes[0]], ActivityFilter.Apply(Outcomes, null, null, new(2019, 3, 1), new(2019, 4, 30)));

    [Theory]
    [InlineData(RecordKind.Outcomes, "patent-grant", "patent-grant")]
    [InlineData(RecordKind.Outcomes, RecordKinds.Patents, null)]
    [InlineData(RecordKind.Events, "seminar", "seminar")]
    [InlineData(RecordKind.Events, "new-hire", null)]
    [InlineData(RecordKind.Consultations, "seminar", null)]
    public void ApiKind_Filter_AsksTheApiOnlyForItsOwnKinds(RecordKind record, string kind, string? expected) =>
        Assert.Equal(expected, ActivityFilter.ApiKind(record, kind));

    [Fact]
    public void RemovedMembers_RecordsNamingAMemberNoLongerListed_AreRemoved()
    {
        var listed = new MemberRow(Guid.NewGuid(), Guid.NewGuid(), "在籍", "taiwan-company", "firm", null, null, null, null, null, [], 1, true);
        var gone = Guid.NewGuid();
        ActivityRow[] rows = [Row(null, memberId: listed.Id, memberName: "在籍"), Row(null, memberId: gone, memberName: "已移除"), Row(null, memberId: gone, memberName: "已移除")];

        Assert.Equal([(gone, "已移除")], ActivityDisplay.RemovedMembers(rows, [listed]));
    }

    [Theory]
    [InlineData("events", RecordKind.Events)]
    [InlineData("consultations", RecordKind.Consultations)]
    [InlineData("guidance", RecordKind.Guidance)]
    [InlineData("outcomes", RecordKind.Outcomes)]
    public void FromSegment_EachPath_IsItsRecord(string segment, RecordKind expected)
    {
        Assert.Equal(expected, RecordKinds.FromSegment(segment));
        Assert.Equal(segment, RecordKinds.Segment(expected));
    }

    [Fact]
    public void FromSegment_UnknownPath_IsNone() => Assert.Null(RecordKinds.FromSegment("incomes"));
}
