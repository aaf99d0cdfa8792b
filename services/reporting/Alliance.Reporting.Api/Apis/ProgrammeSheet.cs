using Alliance.Reporting.Domain.Programme;
using MiniExcelLibs;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// The programme view as an .xlsx: the domains and total, then the alliances. Amounts stay exact NTD (a sheet adds them up;
/// the screen shows 仟元), the ratio to 4 places, headers in both languages.
/// </summary>
internal static class ProgrammeSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DomainsSheet = "領域 Domains";
    public const string AlliancesSheet = "聯盟 Alliances";
    public const string TotalRow = "合計 total";

    public static byte[] Write(ProgrammeResponse programme, ProgrammeAlliancesResponse list)
    {
        var sheets = new Dictionary<string, object>
        {
            [DomainsSheet] = programme.Domains.Select(d => DomainRow(d.DomainCode!, d)).Append(DomainRow(TotalRow, programme.Total)).ToList(),
            [AlliancesSheet] = list.Alliances.Select(AllianceRow).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> DomainRow(string domain, DomainFigures d) => new()
    {
        ["領域 domain"] = domain,
        ["聯盟數 alliances"] = d.AllianceCount,
        ["核定補助款（元） subsidy (NTD)"] = d.SubsidyTotal,
        ["平均補助款（元） average subsidy (NTD)"] = d.SubsidyAverage,
        ["有效廠商會員 firm members"] = d.FirmMembers,
        ["聯盟廠商會員目標 alliances' firm-member targets"] = d.FirmMemberTargets,
        ["個人會員 individual members"] = d.IndividualMembers,
        ["其它會員 other members"] = d.OtherMembers,
        ["營運收入（元） operating revenue (NTD)"] = d.OperatingRevenueTotal,
        ["平均營運收入（元） average operating revenue (NTD)"] = d.OperatingRevenueAverage,
        ["經常性營運收入（元） recurring operating revenue (NTD)"] = d.RecurringOperatingRevenueTotal,
        ["技術轉移收入（元） technology transfer (NTD)"] = d.TechnologyTransferTotal,
        ["產學合作收入（元） cooperation (NTD)"] = d.CooperationTotal,
        ["自給自足率 self-sufficiency ratio"] = d.SelfSufficiencyRatio,
        ["自給自足聯盟數 self-sufficient alliances"] = d.SelfSufficientCount,
    };

    private static Dictionary<string, object?> AllianceRow(ProgrammeAllianceResponse a) => new()
    {
        ["聯盟代碼 code"] = a.Code,
        ["聯盟名稱 name"] = a.Name,
        ["領域 domain"] = a.DomainCode,
        ["期別 phase"] = a.Phase,
        ["期內年度 year in phase"] = a.YearInPhase,
        ["核定補助款（元） subsidy (NTD)"] = a.Subsidy,
        ["有效廠商會員 firm members"] = a.FirmMembers,
        ["廠商會員目標 firm-member target"] = a.Targets.FirmMembers,
        ["營運收入（元） operating revenue (NTD)"] = a.OperatingRevenue,
        ["自給自足率 self-sufficiency ratio"] = a.SelfSufficiencyRatio,
        ["報告狀態 status"] = Summary(a.Status),
        ["旗標 flags"] = string.Join("; ", a.Flags.Select(f => f.Code)),
        ["績優 outstanding"] = a.Outstanding ? "是 yes" : "",
    };

    private static string Summary(Domain.RoundStatus status) => Domain.Summary.KebabCodes.Of(status);
}
