namespace Alliance.Revenue.Domain.Tests;

public sealed partial class IncomeLifecycleTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_StatusActionAndVerdict_GiveTheNewStatusOrTheRefusal(string current, IncomeAction action, string verdict, string expected) =>
        Assert.Equal(expected, Describe(IncomeLifecycle.Next(Status(current), action, Verdict(verdict))));

    [Theory]
    [MemberData(nameof(RefusalToChangeCases))]
    public void RefusalToChange_OnlyAVoidedEntry_IsRefused(string current, bool refused)
    {
        var refusal = IncomeLifecycle.RefusalToChange(Status(current)!.Value);
        Assert.Equal(refused ? VoidedRefusal : "none", refusal is null ? "none" : Describe(refusal));
    }

    [Theory]
    [MemberData(nameof(RefusalToChangeCases))]
    public void FollowsItsMember_EveryEntryButAVoidedOne(string current, bool voided) =>
        Assert.Equal(!voided, IncomeLifecycle.FollowsItsMember(Status(current)!.Value));

    [Theory]
    [MemberData(nameof(MisuseCases))]
    public void Next_ActionThatCannotApply_Throws(string current, IncomeAction action, string verdict) =>
        Assert.Throws<ArgumentException>(() => IncomeLifecycle.Next(Status(current), action, Verdict(verdict)));

    private static IncomeStatus? Status(string text) => text == "new" ? null : Enum.Parse<IncomeStatus>(text, ignoreCase: true);

    private static IncomeVerdict? Verdict(string text) => text switch
    {
        "" => null,
        "accepted" => IncomeVerdict.Accepted,
        "pending" => IncomeVerdict.MemberNotYetKnown,
        _ when text.Split('@') is [var code, var field] && IncomeRuleCodes.TryParse(code, out var rule) => IncomeVerdict.Refused(rule, field),
        _ => throw new FormatException(text),
    };

    private static string Describe(IncomeTransition transition) => transition switch
    {
        IncomeTransition.Moved { Reason: null } moved => moved.Status.ToString().ToLowerInvariant(),
        IncomeTransition.Moved moved => $"{moved.Status.ToString().ToLowerInvariant()}:{moved.Reason}",
        IncomeTransition.Refused refused => $"refused:{refused.Code}@{refused.Field}",
        _ => "unchanged",
    };
}
