namespace Alliance.Activity.Domain.Tests;

public sealed partial class ActivityLifecycleTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_StatusActionAndVerdict_GiveTheNewStatusOrTheRefusal(string current, ActivityAction action, string verdict, string expected) =>
        Assert.Equal(expected, Describe(ActivityLifecycle.Next(Status(current), action, Verdict(verdict))));

    [Theory]
    [MemberData(nameof(RefusalToChangeCases))]
    public void RefusalToChange_OnlyAVoidedRecord_IsRefused(string current, bool refused)
    {
        var refusal = ActivityLifecycle.RefusalToChange(Status(current)!.Value);
        Assert.Equal(refused ? VoidedRefusal : "none", refusal is null ? "none" : Describe(refusal));
    }

    [Theory]
    [MemberData(nameof(RefusalToChangeCases))]
    public void FollowsItsMember_EveryRecordButAVoidedOne(string current, bool voided) =>
        Assert.Equal(!voided, ActivityLifecycle.FollowsItsMember(Status(current)!.Value));

    [Theory]
    [MemberData(nameof(MisuseCases))]
    public void Next_ActionThatCannotApply_Throws(string current, ActivityAction action, string verdict) =>
        Assert.Throws<ArgumentException>(() => ActivityLifecycle.Next(Status(current), action, Verdict(verdict)));

    private static ActivityStatus? Status(string text) => text == "new" ? null : Enum.Parse<ActivityStatus>(text, ignoreCase: true);

    private static ActivityVerdict? Verdict(string text) => text switch
    {
        "" => null,
        "accepted" => ActivityVerdict.Accepted,
        "pending" => ActivityVerdict.MemberNotYetKnown,
        _ when text.Split('@') is [var code, var field] && ActivityRuleCodes.TryParse(code, out var rule) => ActivityVerdict.Refused(rule, field),
        _ => throw new FormatException(text),
    };

    private static string Describe(ActivityTransition transition) => transition switch
    {
        ActivityTransition.Moved { Reason: null } moved => moved.Status.ToString().ToLowerInvariant(),
        ActivityTransition.Moved moved => $"{moved.Status.ToString().ToLowerInvariant()}:{moved.Reason}",
        ActivityTransition.Refused refused => $"refused:{refused.Code}@{refused.Field}",
        _ => "unchanged",
    };
}
