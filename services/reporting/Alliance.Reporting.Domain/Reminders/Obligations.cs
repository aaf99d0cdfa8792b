namespace Alliance.Reporting.Domain.Reminders;

/// <summary>Which deadlines an alliance still owes: the ones that something in the system answers and it has not answered.</summary>
public static class Obligations
{
    /// <summary>
    /// The deadlines a submission answers: the targets, the four rounds, and the corrections of the two KPI reports
    /// (owed only by a reopened report). The website and mid-term report join when their uploads exist.
    /// </summary>
    public static readonly IReadOnlyList<DeadlineCode> Answered =
    [
        DeadlineCode.Targets, DeadlineCode.Progress1, DeadlineCode.Progress2, DeadlineCode.Kpi1, DeadlineCode.Kpi1Corrections,
        DeadlineCode.Kpi2, DeadlineCode.Kpi2Corrections,
    ];

    /// <summary>
    /// What an alliance owes: the targets while not started or a draft (once submitted the centre has them; returned ones
    /// are the centre's conversation); each round while not started or a draft, by its own deadline; a reopened round by
    /// the deadline its resubmission is due by (<see cref="RoundLifecycle.DeadlineOfSubmission"/>). A submitted or
    /// audited round owes nothing. A round missing from <paramref name="rounds"/> is not started.
    /// </summary>
    public static IReadOnlySet<DeadlineCode> Owed(ProgrammeYear year, TargetStatus targets, IReadOnlyDictionary<RoundKind, RoundStatus> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var owed = new HashSet<DeadlineCode>();
        if (targets is TargetStatus.NotStarted or TargetStatus.Draft)
        {
            owed.Add(DeadlineCode.Targets);
        }

        foreach (var round in ReportRound.Of(year))
        {
            var status = rounds.GetValueOrDefault(round.Kind, RoundStatus.NotStarted);
            if (status is RoundStatus.NotStarted or RoundStatus.Draft or RoundStatus.Reopened)
            {
                owed.Add(RoundLifecycle.DeadlineOfSubmission(round, status));
            }
        }

        return owed;
    }

    /// <summary>The round a deadline belongs to (<c>kpi-1-corrections</c> to <c>kpi-1</c>); null for the targets.</summary>
    public static ReportRound? RoundOf(ProgrammeYear year, DeadlineCode deadline) => deadline switch
    {
        DeadlineCode.Progress1 => new(year, RoundKind.Progress1),
        DeadlineCode.Progress2 => new(year, RoundKind.Progress2),
        DeadlineCode.Kpi1 or DeadlineCode.Kpi1Corrections => new(year, RoundKind.Kpi1),
        DeadlineCode.Kpi2 or DeadlineCode.Kpi2Corrections => new(year, RoundKind.Kpi2),
        _ => null,
    };
}
