using static Alliance.Reporting.Domain.TargetAction;
using static Alliance.Reporting.Domain.TargetStatus;

namespace Alliance.Reporting.Domain.Tests;

public sealed class TargetLifecycleTests
{
    public static TheoryData<TargetStatus, TargetAction, string> Cases => new()
    {
        { NotStarted, Save, "draft" },
        { Draft, Save, "draft" },
        { Returned, Save, "returned" },
        { Submitted, Save, "targets-submitted" },
        { Approved, Save, "targets-approved" },
        { NotStarted, Submit, "submitted" },
        { Draft, Submit, "submitted" },
        { Returned, Submit, "submitted" },
        { Submitted, Submit, "targets-submitted" },
        { Approved, Submit, "targets-approved" },
        { Submitted, Approve, "approved" },
        { Submitted, Return, "returned" },
        { NotStarted, Approve, "targets-not-submitted" },
        { Draft, Approve, "targets-not-submitted" },
        { Returned, Return, "targets-not-submitted" },
        { Approved, Approve, "targets-approved" },
        { Approved, Return, "targets-approved" },
        { NotStarted, RecordException, "notstarted" },
        { Draft, RecordException, "draft" },
        { Submitted, RecordException, "submitted" },
        { Returned, RecordException, "returned" },
        { Approved, RecordException, "targets-approved" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_EveryStatusAndAction_MovesOrIsRefusedWithItsCode(TargetStatus current, TargetAction action, string expected)
    {
        var transition = TargetLifecycle.Next(current, action);
        Assert.Equal(expected, transition.Refusal ?? transition.Next!.Value.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData(NotStarted, DeadlineCode.Targets)]
    [InlineData(Draft, DeadlineCode.Targets)]
    [InlineData(Returned, DeadlineCode.TargetsCorrections)]
    public void DeadlineOfSubmission_AResubmissionAfterAReturn_IsDueByTheCorrectionsDeadline(TargetStatus current, DeadlineCode expected) =>
        Assert.Equal(expected, TargetLifecycle.DeadlineOfSubmission(current));
}
