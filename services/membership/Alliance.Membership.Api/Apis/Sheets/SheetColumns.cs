using Alliance.Membership.Domain;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>One column of the member sheet: its key (the English name after the Chinese one in the header) and what it holds.</summary>
public sealed record SheetColumn(string Key, string Chinese, bool Required, string Description, string Example)
{
    /// <summary>The header as written: Chinese name, a space, the key (名稱 name).</summary>
    public string Header => $"{Chinese} {Key}";
}

/// <summary>The documented columns of the member import sheet, in order; the export starts with the same ones.</summary>
public static class SheetColumns
{
    public const string Name = "name";
    public const string Kind = "kind";
    public const string RegistrationNumber = "registrationNumber";
    public const string County = "county";
    public const string Country = "country";
    public const string Contact = "contact";
    public const string ContractStart = "contractStart";
    public const string ContractEnd = "contractEnd";
    public const string Tier = "tier";
    public const string Paid = "paid";
    public const string Fee = "fee";

    public static IReadOnlyList<SheetColumn> All { get; } =
    [
        new(Name, "名稱", true, "會員名稱（必填，最多 200 字）。 Member's name (required, up to 200 characters).", "範例科技股份有限公司"),
        new(Kind, "單位類型", true, "單位類型的英文代碼或中文名稱，見下表。 Kind of organisation: its API name or Chinese name (see below).", "taiwan-company"),
        new(RegistrationNumber, "統一編號", true, "8 位數統一編號；臺灣公司與公協會必填；同一聯盟不得重複。 8-digit registration number; required for Taiwanese companies and associations; unique in the alliance.", "04595257"),
        new(County, "縣市", true, "臺灣的縣市（臺或台皆可）；外國與陸資公司免填。 County or city of Taiwan; not for foreign or mainland-China companies.", "臺北市"),
        new(Country, "國家", false, "國家；外國與陸資公司必填。 Country; required for foreign and mainland-China companies.", ""),
        new(Contact, "聯絡人", false, "聯絡人與電話（最多 500 字）。 Contact person and phone (up to 500 characters).", "王經理 02-1234-5678"),
        new(ContractStart, "合約開始", true, "合約或備忘錄開始日：Excel 日期、2019-02-01 或民國 108/02/01；無合約則合約欄位皆留白。 Contract start: an Excel date, 2019-02-01 or ROC 108/02/01; leave all contract columns empty for no contract.", "108/02/01"),
        new(ContractEnd, "合約結束", true, "合約結束日（含當日），不得早於開始日。 Contract end (inclusive), not before the start.", "109/01/31"),
        new(Tier, "會員分級", false, "本聯盟會員分級的名稱（可留白）。 Name of one of the alliance's fee tiers (optional).", ""),
        new(Paid, "收費", true, "是／否（或 yes/no、true/false）。 Paid: 是/否, yes/no or true/false.", "是"),
        new(Fee, "會費", true, "會費（新臺幣元）；收費須大於 0，免費須為 0。 Fee in NTD: above 0 when paid, 0 when free.", "30000"),
    ];

    /// <summary>Chinese names of the kinds of organisation (DOMAIN.md, "Members").</summary>
    public static string ChineseName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.TaiwanCompany => "依商業登記法登記之營利事業",
        OrganisationKind.NonResearchJuridicalPerson => "非研究型法人",
        OrganisationKind.Association => "公協會",
        OrganisationKind.ForeignCompany => "國外廠商",
        OrganisationKind.MainlandChinaCompany => "陸商",
        OrganisationKind.ResearchJuridicalPerson => "研究型法人",
        OrganisationKind.OtherOrganisation => "其它非自然人之單位",
        OrganisationKind.NaturalPerson => "自然人",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ChineseName(MemberKind kind) => kind switch
    {
        MemberKind.Firm => "廠商會員",
        MemberKind.Individual => "個人會員",
        MemberKind.Other => "其它會員",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The column key a header names: the whole header (名稱 name), its last word (name) or its
    /// Chinese name (名稱), case-insensitive for the English key; null for any other header.
    /// </summary>
    public static string? KeyOf(string? header)
    {
        var text = header?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var last = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return All.FirstOrDefault(c => string.Equals(c.Key, last, StringComparison.OrdinalIgnoreCase) || c.Chinese == text)?.Key;
    }
}
