namespace Alliance.Reporting.Domain;

/// <summary>Where an alliance's report of one round stands.</summary>
public enum RoundStatus
{
    /// <summary>Nothing saved yet.</summary>
    NotStarted,

    /// <summary>A variance text or a narrative saved, never submitted.</summary>
    Draft,

    /// <summary>Confirmed and submitted by the PI (確認送出): the figures are frozen as a submission version; the centre audits.</summary>
    Submitted,

    /// <summary>Reopened by the centre for correction (補件); the alliance corrects and submits again.</summary>
    Reopened,

    /// <summary>The centre completed its audit (查核): final within the year.</summary>
    Audited,
}

/// <summary>What is done to a round's report.</summary>
public enum RoundAction
{
    /// <summary>The alliance saves a variance text or the narratives (drafts, as typed).</summary>
    SaveDraft,

    /// <summary>The PI submits the report.</summary>
    Submit,

    /// <summary>The centre reopens a submitted report for correction.</summary>
    Reopen,

    /// <summary>The centre writes an audit note (per row or overall).</summary>
    WriteAuditNote,

    /// <summary>The centre marks its audit complete.</summary>
    CompleteAudit,
}

/// <summary>Where an action leaves a round's report: the status after it, or the code of its refusal (409).</summary>
public sealed record RoundTransition(RoundStatus? Next, string? Refusal)
{
    public bool IsRefused => Refusal is not null;
}

/// <summary>The one place that says which action may follow which status of a round's report.</summary>
public static class RoundLifecycle
{
    /// <summary>The refusal of the alliance's change to a report that is submitted and awaits the centre.</summary>
    public const string AlreadySubmittedCode = "round-already-submitted";

    /// <summary>The refusal of any change to an audited report.</summary>
    public const string AuditedCode = "round-audited";

    /// <summary>The refusal of the centre's audit actions on a report that is not submitted (never, or reopened and not yet again).</summary>
    public const string NotSubmittedCode = "round-not-submitted";

    /// <summary>
    /// <list type="bullet">
    /// <item>save a draft: not started or draft → draft; reopened stays reopened (the correction under way);</item>
    /// <item>submit: not started, draft or reopened → submitted;</item>
    /// <item>reopen, complete the audit: only a submitted report (→ reopened, → audited);</item>
    /// <item>write an audit note: a submitted or reopened report, which it leaves as it is;</item>
    /// <item>a submitted report refuses the alliance's drafts and submissions; an audited one refuses everything.</item>
    /// </list>
    /// </summary>
    public static RoundTransition Next(RoundStatus current, RoundAction action) => (current, action) switch
    {
        (RoundStatus.Audited, _) => Refused(AuditedCode),
        (RoundStatus.Submitted, RoundAction.Reopen) => To(RoundStatus.Reopened),
        (RoundStatus.Submitted, RoundAction.CompleteAudit) => To(RoundStatus.Audited),
        (RoundStatus.Submitted or RoundStatus.Reopened, RoundAction.WriteAuditNote) => To(current),
        (_, RoundAction.Reopen or RoundAction.CompleteAudit or RoundAction.WriteAuditNote) => Refused(NotSubmittedCode),
        (RoundStatus.Submitted, _) => Refused(AlreadySubmittedCode),
        (RoundStatus.Reopened, RoundAction.SaveDraft) => To(RoundStatus.Reopened),
        (_, RoundAction.SaveDraft) => To(RoundStatus.Draft),
        (_, RoundAction.Submit) => To(RoundStatus.Submitted),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>
    /// The deadline a submission of <paramref name="round"/> from <paramref name="current"/> is due by: the round's own
    /// (<c>progress-1</c>, <c>progress-2</c>, <c>kpi-1</c>, <c>kpi-2</c>); a resubmission after the centre reopened a KPI
    /// report is a correction, due by <c>kpi-1-corrections</c> or <c>kpi-2-corrections</c> (the progress returns have
    /// no corrections deadline and stay due by their own).
    /// </summary>
    public static DeadlineCode DeadlineOfSubmission(ReportRound round, RoundStatus current)
    {
        ArgumentNullException.ThrowIfNull(round);
        return (current, round.Kind) switch
        {
            (RoundStatus.Reopened, RoundKind.Kpi1) => DeadlineCode.Kpi1Corrections,
            (RoundStatus.Reopened, RoundKind.Kpi2) => DeadlineCode.Kpi2Corrections,
            _ => round.Deadline,
        };
    }

    private static RoundTransition To(RoundStatus next) => new(next, null);

    private static RoundTransition Refused(string code) => new(null, code);
}
