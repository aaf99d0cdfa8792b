using System.Data;
using Alliance.Membership.Domain;
using MiniExcelLibs;

namespace Alliance.Membership.Api.Apis.Sheets;

/// <summary>Writes the import template and the member export as .xlsx workbooks.</summary>
public static class MemberSheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string MembersSheet = "會員 Members";
    public const string InstructionsSheet = "說明 Instructions";

    /// <summary>The members sheet with only its headers, and the instructions: every column with an example row's value, then the kinds.</summary>
    public static byte[] Template()
    {
        var headers = new DataTable();
        foreach (var column in SheetColumns.All)
        {
            headers.Columns.Add(column.Header, typeof(string));
        }

        var instructions = SheetColumns.All.Select(c => Instruction(c.Header, c.Required ? "是 yes" : "否 no", c.Description, c.Example))
            .Append(Instruction("", "", "", ""))
            .Append(Instruction("單位類型 kind", "", "可用的單位類型（英文代碼或中文名稱皆可）與其會員類別。 Allowed kinds (API name or Chinese name) and the member kind each makes.", ""))
            .Concat(OrganisationKinds.All.Select(kind => Instruction(
                OrganisationKinds.ApiName(kind), "", $"{SheetColumns.ChineseName(kind)}（{SheetColumns.ChineseName(MemberClassification.KindOf(kind))}）", SheetColumns.ChineseName(kind))))
            .ToList();
        return Save(new Dictionary<string, object> { [MembersSheet] = headers, [InstructionsSheet] = instructions });
    }

    /// <summary>The export: the import's columns (re-importable), then the member's classification for the year.</summary>
    public static byte[] Export(IEnumerable<IDictionary<string, object?>> rows) =>
        Save(new Dictionary<string, object> { [MembersSheet] = rows.ToList() });

    private static Dictionary<string, object?> Instruction(string column, string required, string description, string example) => new()
    {
        ["欄位 column"] = column,
        ["必填 required"] = required,
        ["說明 description"] = description,
        ["範例 example"] = example,
    };

    private static byte[] Save(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
