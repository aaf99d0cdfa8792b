namespace Alliance.Gateway.Web.Text;

/// <summary>The revenue pages: subsidies, income entries and the operating-revenue summary, in the GLOSSARY's terms.</summary>
public static partial class UiText
{
    public static readonly Phrase Subsidies = new("核定補助金額", "Approved subsidies");
    public static readonly Phrase Subsidy = new("核定補助金額", "Approved subsidy");
    public static readonly Phrase SubsidyNtd = new("核定補助金額（元）", "Approved subsidy (NTD)");
    public static readonly Phrase SubsidyThousand = new("核定補助金額（仟元）", "Approved subsidy (thousand NTD)");
    public static readonly Phrase SubsidyNotSet = new("尚未核定", "not set");
    public static readonly Phrase SetSubsidy = new("設定", "Set");
    public static readonly Phrase ChangeSubsidy = new("修改", "Change");
    public static readonly Phrase SubsidySetBy = new("設定者", "Set by");
    public static readonly Phrase SubsidySetAt = new("設定時間", "Set at");
    public static readonly Phrase SubsidyHistory = new("補助金額異動紀錄", "Subsidy history");
    public static readonly Phrase SubsidiesReadOnly = new("核定補助金額由工程中心管考人員設定；您可查看但不能修改。", "The centre's administrators set the subsidies; you may read them but not change them.");
    public static readonly Phrase ChangedMeanwhile = new("此筆資料已被他人修改，已重新載入最新資料，請再確認一次。", "Someone else changed this meanwhile. The latest data has been reloaded: check it and try again.");

    public static readonly Phrase Incomes = new("收入明細", "Income entries");
    public static readonly Phrase IncomeEntry = new("收入明細", "Income entry");
    public static readonly Phrase RevenueSummary = new("聯盟營運收入", "Operating revenue");
    public static readonly Phrase IncomeCategoryLabel = new("收入類別", "Category");
    public static readonly Phrase IncomeStatusLabel = new("狀態", "Status");
    public static readonly Phrase AllCategories = new("全部類別", "All categories");
    public static readonly Phrase AllStatuses = new("全部狀態", "All statuses");
    public static readonly Phrase Counterparty = new("對象", "Counterparty");
    public static readonly Phrase CounterpartyIsMember = new("對象為本聯盟會員", "The counterparty is a member of this alliance");
    public static readonly Phrase CounterpartyMember = new("會員", "Member");
    public static readonly Phrase CounterpartyName = new("對象名稱", "Counterparty's name");
    public static readonly Phrase ReceivedOn = new("收款日期", "Received on");
    public static readonly Phrase SignedOn = new("簽約日期", "Contract signed on");
    public static readonly Phrase IncomeDate = new("日期", "Date");
    public static readonly Phrase AmountNtd = new("金額（元）", "Amount (NTD)");
    public static readonly Phrase ContractAmountNtd = new("合約總金額（元）", "Total contract amount (NTD)");
    public static readonly Phrase AmountThousand = new("金額（仟元）", "Amount (thousand NTD)");
    public static readonly Phrase IncomeReference = new("憑證或合約編號", "Receipt or contract number");
    public static readonly Phrase IncomeNote = new("備註", "Note");
    public static readonly Phrase NeverCounted = new("（不計入）", " (never counted)");
    public static readonly Phrase NatureLabel = new("收入性質", "Nature of the income");
    public static readonly Phrase PeriodStart = new("計畫開始日", "Project starts");
    public static readonly Phrase PeriodEnd = new("計畫結束日", "Project ends");
    public static readonly Phrase ConcernsCoreTechnology = new("與聯盟核心技術相關", "Concerns the alliance's core technology");
    public static readonly Phrase SignedByPi = new("由計畫主持人簽約", "Signed by the PI");
    public static readonly Phrase AddIncome = new("新增收入", "Record an income");
    public static readonly Phrase NoIncomes = new("尚無收入明細。", "No income entries.");
    public static readonly Phrase CorrectIncome = new("更正", "Correct");
    public static readonly Phrase VoidIncome = new("作廢", "Void");
    public static readonly Phrase CorrectionReason = new("更正原因", "Why it is corrected");
    public static readonly Phrase VoidReason = new("作廢原因", "Why it is voided");
    public static readonly Phrase ReasonRequired = new("請填寫原因。", "Give the reason.");
    public static readonly Phrase RecordedBy = new("登錄者", "Recorded by");
    public static readonly Phrase RecordedAt = new("登錄時間", "Recorded at");
    public static readonly Phrase BackToIncomes = new("回收入明細", "Back to the income entries");
    public static readonly Phrase ExactNtd = new("{0} 元", "NTD {0}");
    public static readonly Phrase StatusReason = new("說明", "Why");

    public static readonly Phrase DateFrom = new("起日", "From");
    public static readonly Phrase DateTo = new("迄日", "To");
    public static readonly Phrase SummaryRange = new("計入 {0} 至 {1} 的收入（以收款或簽約日期計）", "Entries dated {0} to {1} (received or signed)");
    public static readonly Phrase ApplyRange = new("套用", "Apply");
    public static readonly Phrase WholeYear = new("全年度", "Whole year");
    public static readonly Phrase Figure = new("項目", "Figure");
    public static readonly Phrase YearColumn = new("{0} 年度（仟元）", "{0} (thousand NTD)");
    public static readonly Phrase YearChange = new("增減", "Change");
    public static readonly Phrase RecurringOperatingRevenue = new("經常性營運收入", "Recurring operating revenue");
    public static readonly Phrase OperatingRevenue = new("聯盟營運收入", "Operating revenue");
    /// <summary>How cooperation income counts; {0} is its weight as the revenue service states it (<see cref="Revenue.IncomeCatalogue.WeightOf"/>).</summary>
    public static readonly Phrase CooperationCountsAt = new("（產學合作收入以 {0} 計）", "(cooperation income counts at {0})");
    public static readonly Phrase SelfSufficiencyRatio = new("自給自足率（營運收入／補助款）", "Self-sufficiency ratio (revenue ÷ subsidy)");
    public static readonly Phrase PercentagePoints = new("個百分點", "percentage points");
    public static readonly Phrase NotIncluded = new("待確認 {0} 筆、待查核 {1} 筆，未計入上列金額。", "{0} pending and {1} flagged entries are not included in the figures above.");

    /// <summary>A stored code the pages do not know (a number stored before names were enforced), shown as such.</summary>
    public static Phrase Unrecognised(string? code) =>
        string.IsNullOrEmpty(code) ? new("", "") : new($"無法辨識的值（{code}）", $"unrecognised value ({code})");

    public static readonly Phrase NotGiven = new("不指定", "not given");
    public static readonly Phrase CrowdHint = new(
        "其它收入常來自多人（如研討會報名費、課程費）：只填名稱即可，單位類型、統一編號與縣市可不填。",
        "Other income often comes from a crowd (seminar or course fees): a name is enough; kind, registration number and county are optional.");

    public static Phrase IncomeStatus(string? status) => status switch
    {
        "accepted" => new("已採計", "accepted"),
        "pending" => new("待確認", "pending"),
        "flagged" => new("待查核", "flagged"),
        "voided" => new("已作廢", "voided"),
        _ => new(status ?? "", status ?? ""),
    };

    private static Phrase RevenueHistoryAction(string action) => action switch
    {
        "set" => new("設定", "set"),
        "recorded" => new("登錄", "recorded"),
        "corrected" => new("更正", "corrected"),
        "voided" => new("作廢", "voided"),
        "status-changed" => new("狀態變更", "status changed"),
        _ => new(action, action),
    };

    /// <summary>The label of an income entry's or a subsidy's field in its change history.</summary>
    private static string RevenueFieldName(string field) => field switch
    {
        "year" => ProgrammeYear,
        "category" => IncomeCategoryLabel,
        "counterpartyMemberId" => CounterpartyMember,
        "counterpartyName" => CounterpartyName,
        "counterpartyRegistrationNumber" => RegistrationNumber,
        "counterpartyKind" => OrganisationKindLabel,
        "counterpartyCounty" => County,
        "date" => IncomeDate,
        "amount" => AmountThousand,
        "reference" => IncomeReference,
        "note" => IncomeNote,
        "nature" => NatureLabel,
        "periodStart" => PeriodStart,
        "periodEnd" => PeriodEnd,
        "concernsCoreTechnology" => ConcernsCoreTechnology,
        "signedByPi" => SignedByPi,
        "status" => IncomeStatusLabel,
        "reason" or "reasonText" => StatusReason,
        "voidReason" => VoidReason,
        "correctionReason" => CorrectionReason,
        "recordedBy" => RecordedBy,
        "recordedAt" => RecordedAt,
        "setBy" => SubsidySetBy,
        "setAt" => SubsidySetAt,
        _ => ActivityFieldName(field),
    };

    // A category or a nature reaches the history already named (IncomeCatalogue.Named): the revenue service names them.
    private static bool IsRevenueField(string field) =>
        field is "status" or "amount" or "counterpartyKind" or "counterpartyCounty" or "date" or "periodStart" or "periodEnd";

    /// <summary>A revenue field's value in words: statuses and kinds by their names, amounts in 仟元, dates in the user's form.</summary>
    private static string RevenueFieldValue(string field, string value) => field switch
    {
        "status" => IncomeStatus(value),
        "counterpartyKind" => OrganisationKind(value),
        "counterpartyCounty" => Counties.Display(value),
        "amount" when decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var ntd) =>
            DisplayMoney.ThousandNtd(ntd),
        _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) =>
            DisplayDates.Format(date, System.Globalization.CultureInfo.CurrentCulture),
        _ => value,
    };
}
