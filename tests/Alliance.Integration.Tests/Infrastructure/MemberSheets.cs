using System.Net.Http.Headers;
using MiniExcelLibs;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>Member import sheets built in the test, with the template's headers.</summary>
public static class MemberSheets
{
    public static readonly string[] Headers =
    [
        "名稱 name", "單位類型 kind", "統一編號 registrationNumber", "縣市 county", "國家 country", "聯絡人 contact",
        "合約開始 contractStart", "合約結束 contractEnd", "會員分級 tier", "收費 paid", "會費 fee",
    ];

    /// <summary>A Taiwanese company with a unique registration number and a paid contract over year 108.</summary>
    public static Dictionary<string, object?> Company(string? name = null, string county = "臺北市") => Row(
        name ?? $"匯入科技 {Guid.NewGuid():N}"[..12], "taiwan-company", MemberBodies.UniqueRegistrationNumber(), county, null, "王經理",
        new DateOnly(2019, 2, 1), "109/01/31", null, "是", 30000);

    public static Dictionary<string, object?> Row(
        string name, string kind, string? registrationNumber, string? county, string? country, string? contact,
        object? start, object? end, string? tier, object? paid, object? fee)
    {
        object?[] values = [name, kind, registrationNumber, county, country, contact, start, end, tier, paid, fee];
        return Headers.Zip(values).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    public static byte[] Build(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A multipart body with the workbook in the field <c>file</c>.</summary>
    public static MultipartFormDataContent Upload(byte[] workbook, string fileName = "members.xlsx")
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>Row 1 of a workbook's first sheet, cell by cell.</summary>
    public static string?[] HeaderRow(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return ((IDictionary<string, object?>)stream.Query(useHeaderRow: false).First()).Values.Select(v => v?.ToString()).ToArray();
    }

    /// <summary>The rows of a workbook's sheet, keyed by header.</summary>
    public static List<IDictionary<string, object?>> Read(byte[] workbook, string? sheet = null)
    {
        using var stream = new MemoryStream(workbook);
        return stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }
}
