namespace Alliance.Gateway.Web.Text;

/// <summary>The members pages of an alliance, in the GLOSSARY's terms.</summary>
public static partial class UiText
{
    public static readonly Phrase Members = new("聯盟會員", "Members");
    public static readonly Phrase Member = new("會員", "Member");
    public static readonly Phrase MemberName = new("會員名稱", "Name");
    public static readonly Phrase ProgrammeYear = new("年度（民國年）", "Programme year (ROC year)");
    public static readonly Phrase CutoffOf = new("會員計算基準日：{0}", "Member cutoff date: {0}");
    public static readonly Phrase FirmTotal = new("廠商會員", "Firm members");
    public static readonly Phrase PaidMembers = new("收費會員", "Paid");
    public static readonly Phrase FreeMembers = new("免費會員", "Free");
    public static readonly Phrase IndividualMembers = new("個人會員", "Individual members");
    public static readonly Phrase OtherMembers = new("其它會員", "Other members");
    public static readonly Phrase OrganisationKindLabel = new("單位類型", "Kind of organisation");
    public static readonly Phrase MemberKindLabel = new("會員類別", "Member kind");
    public static readonly Phrase RegionLabel = new("區域", "Region");
    public static readonly Phrase RegistrationNumber = new("統一編號", "Business registration number");
    public static readonly Phrase County = new("縣市", "County or city");
    public static readonly Phrase Country = new("國家", "Country");
    public static readonly Phrase Contact = new("聯絡資訊", "Contact");
    public static readonly Phrase Counted = new("計入廠商會員", "Counted as a firm member");
    public static readonly Phrase WhyNotCounted = new("未計入原因", "Why it does not count");
    public static readonly Phrase StandingIn = new("{0} 年度（基準日 {1}）", "Year {0} (cutoff {1})");
    public static readonly Phrase CountsAsFirm = new("計入廠商會員", "counts as a firm member");
    public static readonly Phrase DoesNotCount = new("不計入廠商會員", "does not count as a firm member");
    public static readonly Phrase AddMember = new("新增會員", "Add a member");
    public static readonly Phrase EditMember = new("編輯會員", "Edit the member");
    public static readonly Phrase RemoveMember = new("移除會員", "Remove the member");
    public static readonly Phrase RemoveMemberWarning = new(
        "移除只用於誤植的會員：會員與其合約將自所有年度的統計中刪除（異動紀錄保留）。會員資格結束請改為結束合約。",
        "Removal is for a member entered by mistake: the member and its contracts leave every year's counts (the history stays). To end a membership, end its contract instead.");
    public static readonly Phrase MemberRemoved = new("已移除會員。", "The member was removed.");
    public static readonly Phrase NoMembers = new("尚無會員。", "No members yet.");
    public static readonly Phrase Details = new("詳細", "Details");
    public static readonly Phrase BackToMembers = new("回會員列表", "Back to the members");
    public static readonly Phrase Contracts = new("會員合約或備忘錄", "Membership contracts or MOUs");
    public static readonly Phrase NoContracts = new("尚無合約。", "No contracts yet.");
    public static readonly Phrase AddContract = new("新增合約", "Add a contract");
    public static readonly Phrase EditContract = new("編輯合約", "Edit the contract");
    public static readonly Phrase ContractStart = new("開始日", "Start");
    public static readonly Phrase ContractEnd = new("結束日", "End");
    public static readonly Phrase PaidOrFree = new("收費／免費", "Paid / free");
    public static readonly Phrase Paid = new("收費", "paid");
    public static readonly Phrase Free = new("免費", "free");
    public static readonly Phrase FeeNtd = new("會費（元）", "Fee (NTD)");
    public static readonly Phrase FeeThousand = new("會費（仟元）", "Fee (thousand NTD)");
    public static readonly Phrase FromCooperationProject = new("產學合作計畫", "cooperation project");
    public static readonly Phrase ThousandNtdUnit = new("仟元", "thousand NTD");
    public static readonly Phrase MemberDetails = new("會員資料", "Member details");
    public static readonly Phrase ContractHistory = new("合約異動紀錄", "Contract history");
    public static readonly Phrase Source = new("來源", "Source");
    public static readonly Phrase FeeTiers = new("會員分級", "Fee tiers");
    public static readonly Phrase FeeTier = new("會員分級", "Fee tier");
    public static readonly Phrase NoFeeTier = new("（未指定）", "(none)");
    public static readonly Phrase TierName = new("分級名稱", "Tier");
    public static readonly Phrase YearlyFeeNtd = new("年費（元）", "Yearly fee (NTD)");
    public static readonly Phrase YearlyFeeThousand = new("年費（仟元）", "Yearly fee (thousand NTD)");
    public static readonly Phrase TierServices = new("服務內容", "Services");
    public static readonly Phrase AddFeeTier = new("新增會員分級", "Add a fee tier");
    public static readonly Phrase NoFeeTiers = new("尚無會員分級。", "No fee tiers yet.");
    public static readonly Phrase ReadOnlyNote = new("您可查看此聯盟的資料，但不能修改。", "You may read this alliance's records but not change them.");
    public static readonly Phrase PickOne = new("請選擇", "Choose");
    public static readonly Phrase BadDate = new("請以 yyyy-mm-dd 輸入日期。", "Enter the date as yyyy-mm-dd.");

    public static readonly string[] OrganisationKinds =
    [
        "taiwan-company", "non-research-juridical-person", "association", "foreign-company",
        "mainland-china-company", "research-juridical-person", "other-organisation", "natural-person",
    ];

    public static Phrase OrganisationKind(string kind) => kind switch
    {
        "taiwan-company" => new("依商業登記法登記之營利事業", "company or business registered in Taiwan"),
        "non-research-juridical-person" => new("非研究型法人", "non-research juridical person"),
        "association" => new("公協會", "industry or trade association"),
        "foreign-company" => new("國外廠商", "foreign company (not mainland China)"),
        "mainland-china-company" => new("陸商", "mainland-China company"),
        "research-juridical-person" => new("研究型法人", "research juridical person"),
        "other-organisation" => new("其它非自然人單位", "other organisation"),
        "natural-person" => new("自然人", "natural person"),
        _ => new(kind, kind),
    };

    /// <summary>A kind membership cannot read (stored before the API took names only): shown, to be corrected.</summary>
    public static readonly Phrase UnknownKind = new("無法辨識（請更正）", "unknown (please correct it)");

    public static Phrase KindOrUnknown(string? kind) => kind is null ? UnknownKind : OrganisationKind(kind);

    public static Phrase MemberKindOrUnknown(string? kind) => kind is null ? UnknownKind : MemberKind(kind);

    public static bool IsForeignKind(string? kind) => kind is "foreign-company" or "mainland-china-company";

    public static Phrase MemberKind(string kind) => kind switch
    {
        "firm" => new("廠商會員", "firm member"),
        "individual" => new("個人會員", "individual member"),
        _ => new("其它會員", "other member"),
    };

    public static Phrase Region(string? region) => region switch
    {
        "north" => new("北部", "north"),
        "central" => new("中部", "central"),
        "south" => new("南部", "south"),
        "east" => new("東部", "east"),
        "islands-and-overseas" => new("離島及海外", "outlying islands and overseas"),
        _ => new("—", "—"),
    };

    /// <summary>Why a member is not an effective firm member at the cutoff (the API's reason codes).</summary>
    public static Phrase Reason(string reason) => reason switch
    {
        "not-a-firm" => new("單位類型屬個人或其它會員，非廠商會員", "its kind makes it an individual or other member, not a firm"),
        "no-contract" => new("沒有會員合約", "it has no membership contract"),
        "contract-ends-before-cutoff" => new("合約於基準日（10/31）前到期", "contract ends before the cutoff (31 Oct)"),
        "contract-starts-after-cutoff" => new("合約於基準日（10/31）後才開始", "contract starts after the cutoff (31 Oct)"),
        "organisation-kind-unknown" => new("單位類型無法辨識，請更正會員資料", "its kind of organisation is unknown; correct the member"),
        _ => new(reason, reason),
    };
}
