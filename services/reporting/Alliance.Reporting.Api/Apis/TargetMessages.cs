using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

/// <summary>What each target rule and refusal says to the user, in both languages.</summary>
internal static class TargetMessages
{
    public const string IncompleteCode = "targets-incomplete";

    public static readonly LocalizedText Missing = new("送出前須填寫此項目標值。", "A target is needed here before submitting.");

    public static readonly LocalizedText MissingProposal = new("送出前須填寫計畫書原訂的廠商會員目標數。", "The proposal's original firm-member target is needed before submitting.");

    public static readonly LocalizedText Incomplete = new("預期成果尚未填寫完整，不能送出。", "The targets are incomplete and cannot be submitted.");

    public static LocalizedText For(TargetVerdict verdict) => verdict.Rule switch
    {
        TargetRule.MemberTargetBelowProposal => new(
            $"廠商會員目標數須至少為計畫書原訂目標加 3（至少 {verdict.Minimum:0} 家）。",
            $"The firm-member target must be at least the proposal's original target + 3 (at least {verdict.Minimum:0})."),
        TargetRule.MemberTargetNotGrowing => new(
            $"廠商會員目標數須比上年度目標至少成長 3 家（至少 {verdict.Minimum:0} 家）。",
            $"The firm-member target must grow by at least 3 over last year's target (at least {verdict.Minimum:0})."),
        TargetRule.BelowPhaseOneYearThree when verdict.Outcome == TargetOutcome.Skipped => new(
            "第一期第三年在系統中沒有目標值，第二期指標不得低於第一期第三年指標的檢查未執行。",
            "The phase-1 year 3 has no targets in the system, so the rule that phase-2 targets are not below them was not checked."),
        TargetRule.BelowPhaseOneYearThree => new(
            $"第二期指標不得低於第一期第三年指標（至少 {verdict.Minimum:0.##}）。",
            $"A phase-2 target may not be below the same KPI's target in phase 1, year 3 (at least {verdict.Minimum:0.##})."),
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict.Rule, null),
    };

    public static LocalizedText Lifecycle(string code) => code switch
    {
        TargetLifecycle.SubmittedCode => new("預期成果已送出，待工程中心審查；審查前不能修改或再送出。", "The targets are submitted and await the centre's audit; they cannot change until then."),
        TargetLifecycle.ApprovedCode => new("預期成果已核定，不能再修改。", "The targets are approved; they no longer change."),
        _ => new("預期成果尚未送出，不能審查。", "The targets are not submitted; there is nothing to audit."),
    };
}
