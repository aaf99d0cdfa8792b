using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Revenue.Api.Apis;

/// <summary>What each rule says to the user, in both languages; also the text of a pending or flagged entry's reason.</summary>
internal static class RuleMessages
{
    public static readonly LocalizedText MemberNotYetKnown = new(
        "營運收入服務尚未收到此會員的資料；收到後會自動檢查此筆收入。",
        "Revenue has not heard of this member yet; the entry is checked as soon as it does.");

    public static readonly LocalizedText Voided = new("此收入明細已作廢，不能再修改。", "The entry is voided; it can no longer change.");

    /// <summary>
    /// The 422 for a refused action: the rule's message (or that the entry is voided), its field and its
    /// code. The entry's facts are read only for a rule's message: a voided entry is refused whatever it holds.
    /// </summary>
    public static DomainException Refusal(IncomeTransition.Refused refused, Func<IncomeFacts> entry) =>
        DomainException.RuleViolated(refused.Field, refused.Rule is { } rule ? For(rule, entry()) : Voided, refused.Code);

    public static readonly LocalizedText UnreadableValue = new(
        "此筆的收入類別、性質或對象單位類型存成了無法辨識的值，不計入營運收入；請更正為正確的值。",
        "This entry's category, nature or counterparty kind was stored as a value revenue cannot read; it does not count until corrected.");

    /// <summary>The text of a status reason code (pending or flagged); null for none or an unknown code.</summary>
    public static LocalizedText? ForReason(string? reason, IncomeFacts entry) =>
        reason == IncomeRuleCodes.MemberNotYetKnown ? MemberNotYetKnown
        : reason == IncomeRuleCodes.UnreadableValue ? UnreadableValue
        : IncomeRuleCodes.TryParse(reason, out var rule) ? For(rule, entry)
        : null;

    public static LocalizedText For(IncomeRule rule, IncomeFacts entry) => rule switch
    {
        IncomeRule.CounterpartyNotAMember => new(
            "會員費須來自本聯盟的會員。", "A membership fee must come from a member of this alliance."),
        IncomeRule.CounterpartyNotAFirm => new(
            "此類收入的對象須為廠商（依單位類型計為廠商者）。", "This income needs a counterparty whose kind of organisation counts as a firm."),
        IncomeRule.CounterpartyNotAFirmMember => new(
            "技術轉移的對象須為本聯盟的廠商會員。", "A technology transfer must be to a firm member of this alliance."),
        IncomeRule.NoContractOnSigningDate => new(
            $"此廠商會員在簽約日 {RocDate.Format(entry.Date)} 沒有有效的會員合約。",
            $"The firm member has no membership contract in force on the signing date {entry.Date:yyyy-MM-dd}."),
        IncomeRule.CooperationNeedsCoreTechnologyAndPi => new(
            "與非會員廠商的產學合作，須與聯盟核心技術相關且由計畫主持人簽約，才能計入。",
            "Cooperation with a firm that is not a member counts only when it concerns the alliance's core technology and the PI signed it."),
        IncomeRule.SignedOutsideContractWindow => Window("簽約日", "The contract must be signed", entry.Year.ContractWindow),
        IncomeRule.DateOutsideProgrammeYear => Window("收款日", "The income must be received", entry.Year.Period),
        IncomeRule.ExcludedNature => Excluded(entry.Nature ?? IncomeNature.Other),
        IncomeRule.CounterpartyOfAnotherAlliance => new(
            "所選的會員不是本聯盟的會員；收入明細只能指名本聯盟的會員。",
            "The member named belongs to another alliance; an entry can name only this alliance's members."),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    private static LocalizedText Window(string whatZh, string whatEn, DateRange window) => new(
        $"{whatZh}須在 {RocDate.Format(window.Start)} 至 {RocDate.Format(window.End)} 之間。",
        $"{whatEn} between {window.Start:yyyy-MM-dd} and {window.End:yyyy-MM-dd}.");

    private static LocalizedText Excluded(IncomeNature nature)
    {
        var (zh, en) = nature switch
        {
            IncomeNature.UniversityIncentive => ("學校提供之獎勵金", "An incentive from the university"),
            IncomeNature.UniversityEquipment => ("學校提供之設備", "Equipment from the university"),
            IncomeNature.DonatedEquipment => ("廠商捐贈之設備及其價值", "Equipment donated by a firm, and its value"),
            _ => ("科技部補助款", "The ministry's own subsidy"),
        };
        return new($"{zh}不計入營運收入：只有聯盟可自由運用的款項才算收入。", $"{en} never counts: only money the alliance can freely use is income.");
    }
}
