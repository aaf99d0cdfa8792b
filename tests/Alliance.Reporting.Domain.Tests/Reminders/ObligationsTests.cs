using Alliance.Reporting.Domain.Reminders;
using static Alliance.Reporting.Domain.RoundStatus;

namespace Alliance.Reporting.Domain.Tests.Reminders;

public sealed class ObligationsTests
{
    /// <summary>Targets' status and the kpi-1 round's status (the other rounds submitted): the deadlines owed, in the calendar's order.</summary>
    public static TheoryData<TargetStatus, RoundStatus, string> Cases => new()
    {
        { TargetStatus.NotStarted, NotStarted, "targets kpi-1" },
        { TargetStatus.Draft, Draft, "targets kpi-1" },
        { TargetStatus.Submitted, Submitted, "" },
        { TargetStatus.Returned, Audited, "" },
        { TargetStatus.Approved, Reopened, "kpi-1-corrections" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Owed_TargetsAndRounds_AreTheUnansweredDeadlines(TargetStatus targets, RoundStatus kpi1, string expected)
    {
        var rounds = new Dictionary<RoundKind, RoundStatus>
        {
            [RoundKind.Progress1] = Submitted, [RoundKind.Progress2] = Audited, [RoundKind.Kpi1] = kpi1, [RoundKind.Kpi2] = Submitted,
        };
        var owed = Obligations.Owed(ProgrammeYear.Create(108), targets, rounds);
        Assert.Equal(expected, string.Join(' ', Deadlines.All.Where(owed.Contains).Select(Deadlines.Code)));
    }

    [Fact]
    public void Owed_NoRoundStored_OwesEveryRoundAndNoCorrection()
    {
        var owed = Obligations.Owed(ProgrammeYear.Create(108), TargetStatus.Approved, new Dictionary<RoundKind, RoundStatus>());
        Assert.Equal("progress-1 progress-2 kpi-1 kpi-2", string.Join(' ', Deadlines.All.Where(owed.Contains).Select(Deadlines.Code)));
    }

    [Fact]
    public void RoundOf_TheCorrectionsDeadlines_AreTheirKpiRounds()
    {
        var year = ProgrammeYear.Create(108);
        Assert.Equal(["108-kpi-1", "108-kpi-2", null], new[] { DeadlineCode.Kpi1Corrections, DeadlineCode.Kpi2Corrections, DeadlineCode.Targets }
            .Select(d => Obligations.RoundOf(year, d)?.Id));
    }
}
