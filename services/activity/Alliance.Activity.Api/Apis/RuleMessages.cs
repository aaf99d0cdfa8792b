using Alliance.Activity.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Activity.Api.Apis;

/// <summary>What each rule says to the user, in both languages; also the text of a pending or flagged record's reason.</summary>
internal static class RuleMessages
{
    public static readonly LocalizedText MemberNotYetKnown = new(
        "活動服務尚未收到此會員的資料；收到後會自動檢查此筆紀錄。",
        "Activity has not heard of this member yet; the record is checked as soon as it does.");

    public static readonly LocalizedText Voided = new("此紀錄已作廢，不能再修改。", "The record is voided; it can no longer change.");

    /// <summary>The 422 for a refused action: the rule's message (or that the record is voided), its field and its code.</summary>
    public static DomainException Refusal(ActivityTransition.Refused refused, ActivityFacts record) =>
        DomainException.RuleViolated(refused.Field, refused.Rule is { } rule ? For(rule, record) : Voided, refused.Code);

    /// <summary>The text of a status reason code (pending or flagged); null for none or an unknown code.</summary>
    public static LocalizedText? ForReason(string? reason, ActivityFacts record) =>
        reason == ActivityRuleCodes.MemberNotYetKnown ? MemberNotYetKnown
        : ActivityRuleCodes.TryParse(reason, out var rule) ? For(rule, record)
        : null;

    public static LocalizedText For(ActivityRule rule, ActivityFacts record) => rule switch
    {
        ActivityRule.NotAMember => new(
            "所選的會員不是（或已不是）本聯盟的會員；諮詢、指導與成果只能記錄本聯盟的廠商會員。",
            "The member named is not (or no longer) a member of this alliance; consultations, guidance and outcomes are for this alliance's firm members only."),
        ActivityRule.MemberNotAFirm => new(
            "所選的會員不是廠商會員（個人或其它會員不計入）；諮詢、指導與成果只能記錄廠商會員。",
            "The member named is not a firm member (individual and other members do not count); consultations, guidance and outcomes are for firm members only."),
        ActivityRule.NoContractOnDate => new(
            $"此廠商會員在 {RocDate.Format(record.Date)} 沒有有效的會員合約。",
            $"The firm member has no membership contract in force on {record.Date:yyyy-MM-dd}."),
        ActivityRule.UniversityPatent => new(
            "學校單獨所有的專利不計入；專利須為會員所有或與會員共有。",
            "A patent the university owns alone does not count; it must be the member's or held jointly with it."),
        ActivityRule.DateOutsideProgrammeYear => new(
            $"日期須在 {RocDate.Format(record.Year.Start)} 至 {RocDate.Format(record.Year.End)} 之間（{record.Year.Roc} 年度）。",
            $"The date must lie between {record.Year.Start:yyyy-MM-dd} and {record.Year.End:yyyy-MM-dd} (programme year {record.Year.Roc})."),
        ActivityRule.EventRecordedAsOtherKind => new(
            "同一日期、同一名稱的活動已登錄為另一類（推廣活動或技術研討會）；一場活動只能計入其中一類。",
            "The same event (same date and title) is already recorded as the other kind; an event counts as a promotion event or a seminar, never both."),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
