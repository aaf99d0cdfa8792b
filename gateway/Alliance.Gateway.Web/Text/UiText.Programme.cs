namespace Alliance.Gateway.Web.Text;

/// <summary>The centre's pages: domains and alliances, and the change history every record keeps.</summary>
public static partial class UiText
{
    public static readonly Phrase Domains = new("領域", "Domains");
    public static readonly Phrase Domain = new("領域", "Domain");
    public static readonly Phrase DomainCode = new("領域代碼", "Code");
    public static readonly Phrase NameZh = new("中文名稱", "Chinese name");
    public static readonly Phrase NameEn = new("英文名稱", "English name");
    public static readonly Phrase SortOrder = new("排序", "Order");
    public static readonly Phrase AddDomain = new("新增領域", "Add a domain");
    public static readonly Phrase Rename = new("更名", "Rename");
    public static readonly Phrase Alliances = new("聯盟", "Alliances");
    public static readonly Phrase RegisterAlliance = new("登錄聯盟", "Register an alliance");
    public static readonly Phrase PiUserName = new("計畫主持人帳號", "PI's user name");
    public static readonly Phrase Phase = new("期別", "Phase");
    public static readonly Phrase YearInPhase = new("執行年次", "Year within the phase");
    public static readonly Phrase AllianceStatus = new("狀態", "Status");
    public static readonly Phrase Active = new("執行中", "active");
    public static readonly Phrase Terminate = new("終止", "Terminate");
    public static readonly Phrase TerminatedOn = new("終止日期", "Terminated on");
    public static readonly Phrase TerminationReason = new("終止原因", "Reason");
    public static readonly Phrase Terminated = new("已終止", "terminated");
    public static readonly Phrase TerminatedNote = new("此聯盟已於 {0} 終止，資料僅供查看，不能再修改。", "This alliance was terminated on {0}; its records can be read but no longer changed.");
    public static readonly Phrase History = new("異動紀錄", "Change history");
    public static readonly Phrase ChangedAt = new("時間", "When");
    public static readonly Phrase ChangedBy = new("異動者", "Who");
    public static readonly Phrase ChangeAction = new("動作", "What");
    public static readonly Phrase ChangeDetail = new("內容", "Details");
    public static readonly Phrase NoHistory = new("尚無異動紀錄。", "No changes yet.");
    public static readonly Phrase Close = new("關閉", "Close");
    public static readonly Phrase Reloaded = new("已重新載入最新資料。", "The latest data has been reloaded.");

    public static Phrase PhaseName(int phase) => phase == 2 ? new("第二期", "phase 2") : new("第一期", "phase 1");

    public static Phrase YearInPhaseName(int year) => new($"第{year}年", $"year {year}");

    public static Phrase HistoryAction(string action) => action switch
    {
        "created" => new("新增", "created"),
        "changed" => new("修改", "changed"),
        "terminated" => new("終止", "terminated"),
        "removed" => new("移除", "removed"),
        "repaired" => new("系統修正", "repaired"),
        _ => RevenueHistoryAction(action),
    };

    /// <summary>The label of a record's field as the history names it (camelCase, from the API).</summary>
    public static string FieldName(string field) => field switch
    {
        "code" => AllianceCode,
        "name" => new Phrase("名稱", "name"),
        "nameZh" => NameZh,
        "nameEn" => NameEn,
        "sortOrder" => SortOrder,
        "hostInstitution" => HostInstitution,
        "domainCode" => Domain,
        "phase" => Phase,
        "yearInPhase" => YearInPhase,
        "piUserName" => PiUserName,
        "terminatedOn" => TerminatedOn,
        "terminationReason" => TerminationReason,
        "organisationKind" => OrganisationKindLabel,
        "memberKind" => MemberKindLabel,
        "registrationNumber" => RegistrationNumber,
        "county" => County,
        "country" => Country,
        "region" => RegionLabel,
        "contact" => Contact,
        "start" => ContractStart,
        "end" => ContractEnd,
        "feeTierId" => FeeTier,
        "paid" => Paid,
        "fee" => FeeNtd,
        "yearlyFee" => YearlyFeeNtd,
        "services" => TierServices,
        _ => RevenueFieldName(field),
    };

    /// <summary>A history value in words: codes by their names, dates in the user's form, amounts in 仟元.</summary>
    public static string FieldValue(string field, string? value) => (field, value) switch
    {
        (_, null) => "—",
        ("region", _) => Region(value),
        ("memberKind", _) => MemberKind(value),
        ("organisationKind", _) => OrganisationKind(value),
        ("phase", "1" or "2") => PhaseName(value == "2" ? 2 : 1),
        ("paid", _) => value == "true" ? Paid : Free,
        ("fee" or "yearlyFee", _) when decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var ntd) =>
            $"{DisplayMoney.ThousandNtd(ntd)} {ThousandNtdUnit}",
        ("start" or "end" or "terminatedOn", _) when DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) =>
            DisplayDates.Format(date, System.Globalization.CultureInfo.CurrentCulture),
        _ when IsRevenueField(field) => RevenueFieldValue(field, value),
        _ when IsActivityField(field) => ActivityFieldValue(field, value),
        (_, "true") => Yes,
        (_, "false") => No,
        _ => value,
    };
}
