using System.Globalization;
using Alliance.Demo.Plan;
using MiniExcelLibs;

namespace Alliance.Demo.Load;

/// <summary>An alliance's members as the import template lays them out (one row each, its contract beside it).</summary>
internal static class MemberSheet
{
    private static readonly string[] Headers =
    [
        "名稱 name", "單位類型 kind", "統一編號 registrationNumber", "縣市 county", "國家 country", "聯絡人 contact",
        "合約開始 contractStart", "合約結束 contractEnd", "會員分級 tier", "收費 paid", "會費 fee",
    ];

    public static byte[] Of(IEnumerable<DemoMember> members)
    {
        var rows = members.Select(member =>
        {
            var contract = member.Contract;
            object?[] values =
            [
                member.Name, member.Kind, member.RegistrationNumber, member.County, member.Country, member.Contact,
                contract?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), contract?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                contract?.Tier, contract is null ? null : contract.Paid ? "是" : "否", contract?.Fee,
            ];
            return Headers.Zip(values).ToDictionary(pair => pair.First, pair => pair.Second);
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
