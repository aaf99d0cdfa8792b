namespace Alliance.Gateway.Web.Text;

/// <summary>The mid-term review outcome (期中審查結果): recorded by the centre, confirmed by an officer, published to the alliance.</summary>
public static partial class UiText
{
    public static readonly Phrase ReviewOutcomeTitle = new("期中審查結果", "Mid-term review outcome");
    public static readonly Phrase OutcomeLabel = new("審查結果", "Outcome");
    public static readonly Phrase ConditionsLabel = new("通過條件", "Conditions");
    public static readonly Phrase ReviewCommentsLabel = new("審查意見", "Reviewers' comments");
    public static readonly Phrase RecordOutcome = new("登錄審查結果", "Record the outcome");
    public static readonly Phrase OutcomeRecorded = new("已登錄審查結果，待科技部承辦人確認。", "The outcome is recorded; an officer confirms it.");
    public static readonly Phrase ConfirmOutcome = new("確認審查結果", "Confirm the outcome");
    public static readonly Phrase OutcomeConfirmedDone = new("已確認審查結果。", "The outcome is confirmed.");
    public static readonly Phrase OutcomeNotPublished = new("審查結果尚未公布，將於 {0} 起公布。", "The outcome is not published yet; it is published from {0}.");
    public static readonly Phrase NoOutcomeRecorded = new("此年度尚未登錄期中審查結果。", "No mid-term review outcome is recorded for this year.");
    public static readonly Phrase OutcomeRecordedByAt = new("{0} 於 {1} 登錄", "Recorded by {0} on {1}");
    public static readonly Phrase OutcomeConfirmedByAt = new("{0} 於 {1} 確認", "Confirmed by {0} on {1}");
    public static readonly Phrase OutcomeAwaitsConfirmation = new("待科技部承辦人確認", "awaiting an officer's confirmation");
    public static readonly Phrase OutcomePublished = new("已於 {0} 公布給聯盟", "published to the alliance on {0}");
    public static readonly Phrase OutcomePublishesOn = new("確認後於 {0} 公布給聯盟", "published to the alliance from {0} once confirmed");
    public static readonly Phrase OutcomeChangeHint = new("修改已確認的結果會撤回確認，須由科技部承辦人重新確認。", "Changing a confirmed outcome withdraws the confirmation: an officer confirms it again.");
    public static readonly Phrase OutcomeHistory = new("審查結果異動紀錄", "Outcome history");
    public static readonly Phrase PreviousReviewComments = new("{0} 年度期中審查意見", "Mid-term review comments of {0}");
    public static readonly Phrase PreviousReviewHint = new("預期成果請參考上年度期中審查意見訂定。", "Set the targets with last year's mid-term review comments in mind.");

    public static readonly string[] OutcomeCodes = ["continues", "continues-with-conditions", "funding-ends"];

    public static Phrase OutcomeName(string? outcome) => outcome switch
    {
        "continues" => new("通過，繼續執行", "continues"),
        "continues-with-conditions" => new("有條件通過", "continues with conditions"),
        "funding-ends" => new("不通過，停止補助", "funding ends"),
        _ => Unrecognised(outcome),
    };

    public static Phrase OutcomeAction(string action) => action switch
    {
        "recorded" => new("登錄", "recorded"),
        "changed" => new("修改", "changed"),
        "confirmed" => new("確認", "confirmed"),
        _ => new(action, action),
    };
}
