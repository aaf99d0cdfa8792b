namespace Alliance.Reporting.Domain.Tests;

public sealed partial class RoundLifecycleTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_EveryStatusAndAction_MovesOrIsRefusedWithItsCode(RoundStatus current, RoundAction action, string expected)
    {
        var transition = RoundLifecycle.Next(current, action);
        Assert.Equal(expected, transition.Refusal ?? transition.Next!.Value.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Next_EveryPair_IsInTheTable()
    {
        var listed = Cases.Select(row => ((RoundStatus)row.Data.Item1, (RoundAction)row.Data.Item2)).ToHashSet();
        var all = Enum.GetValues<RoundStatus>().SelectMany(s => Enum.GetValues<RoundAction>().Select(a => (s, a))).ToHashSet();
        Assert.Equal(all.Count, listed.Count);
        Assert.Subset(all, listed);
    }

    [Theory]
    [MemberData(nameof(DeadlineCases))]
    public void DeadlineOfSubmission_ARoundAndItsStatus_IsItsOwnDeadlineOrTheCorrections(string roundId, RoundStatus current, DeadlineCode expected)
    {
        Assert.Equal(RoundIdReading.Found, ReportRound.TryParse(roundId, out var round));
        Assert.Equal(expected, RoundLifecycle.DeadlineOfSubmission(round!, current));
    }
}
