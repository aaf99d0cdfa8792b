using static Alliance.Reporting.Domain.RoundAction;
using static Alliance.Reporting.Domain.RoundStatus;

namespace Alliance.Reporting.Domain.Tests;

public sealed partial class RoundLifecycleTests
{
    /// <summary>Every status against every action: the status it leads to, or the refusal's code.</summary>
    public static TheoryData<RoundStatus, RoundAction, string> Cases => new()
    {
        { NotStarted, SaveDraft, "draft" },
        { Draft, SaveDraft, "draft" },
        { Reopened, SaveDraft, "reopened" },
        { Submitted, SaveDraft, "round-already-submitted" },
        { Audited, SaveDraft, "round-audited" },
        { NotStarted, Submit, "submitted" },
        { Draft, Submit, "submitted" },
        { Reopened, Submit, "submitted" },
        { Submitted, Submit, "round-already-submitted" },
        { Audited, Submit, "round-audited" },
        { Submitted, Reopen, "reopened" },
        { NotStarted, Reopen, "round-not-submitted" },
        { Draft, Reopen, "round-not-submitted" },
        { Reopened, Reopen, "round-not-submitted" },
        { Audited, Reopen, "round-audited" },
        { Submitted, CompleteAudit, "audited" },
        { NotStarted, CompleteAudit, "round-not-submitted" },
        { Draft, CompleteAudit, "round-not-submitted" },
        { Reopened, CompleteAudit, "round-not-submitted" },
        { Audited, CompleteAudit, "round-audited" },
        { Submitted, WriteAuditNote, "submitted" },
        { Reopened, WriteAuditNote, "reopened" },
        { NotStarted, WriteAuditNote, "round-not-submitted" },
        { Draft, WriteAuditNote, "round-not-submitted" },
        { Audited, WriteAuditNote, "round-audited" },
    };

    /// <summary>Each round's submission from a status, and the deadline it is due by.</summary>
    public static TheoryData<string, RoundStatus, DeadlineCode> DeadlineCases => new()
    {
        { "108-progress-1", NotStarted, DeadlineCode.Progress1 },
        { "108-progress-2", Draft, DeadlineCode.Progress2 },
        { "108-kpi-1", Draft, DeadlineCode.Kpi1 },
        { "108-kpi-2", NotStarted, DeadlineCode.Kpi2 },
        { "108-kpi-1", Reopened, DeadlineCode.Kpi1Corrections },
        { "108-kpi-2", Reopened, DeadlineCode.Kpi2Corrections },
        // The progress returns have no corrections deadline of their own.
        { "108-progress-1", Reopened, DeadlineCode.Progress1 },
        { "108-progress-2", Reopened, DeadlineCode.Progress2 },
    };
}
