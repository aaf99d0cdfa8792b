namespace Alliance.Gateway.Web.Text;

/// <summary>Members in bulk: the Excel template, the all-or-nothing import and the export.</summary>
public static partial class UiText
{
    public static readonly Phrase ExportExcel = new("匯出 Excel", "Export to Excel");
    public static readonly Phrase ImportMembers = new("以 Excel 匯入會員", "Import members from Excel");
    public static readonly Phrase DownloadTemplate = new("下載匯入範本", "Download the import template");
    public static readonly Phrase Import = new("匯入", "Import");
    public static readonly Phrase ImportHow = new(
        "下載範本，每位會員填一列（每列至多一份合約），再上傳 .xlsx 檔（至多 {0} MB）。所有列皆正確才會匯入；有任何一列錯誤則全部不匯入，並列出每一列的錯誤。",
        "Download the template, fill in one row per member (at most one contract per row) and upload the .xlsx (at most {0} MB). Either every row is imported or none is: any bad row stops the import, and every bad row is listed.");
    public static readonly Phrase NotAnXlsx = new("請上傳 Excel 活頁簿（.xlsx）。", "Upload an Excel workbook (.xlsx).");
    public static readonly Phrase FileTooLarge = new("檔案 {0} MB，超過上限 {1} MB；請分成數個檔案匯入。", "The file is {0} MB, over the limit of {1} MB; import it in several files.");
    public static readonly Phrase Uploading = new("上傳中：{0} / {1} KB", "Uploading: {0} of {1} KB");
    public static readonly Phrase CheckingRows = new("正在檢查 {0} 列…", "Checking {0} rows…");
    public static readonly Phrase CheckingSheet = new("正在檢查工作表…", "Checking the sheet…");
    public static readonly Phrase Imported = new("已匯入 {0} 位會員、{1} 份合約。", "Imported {0} members and {1} contracts.");
    public static readonly Phrase NothingImported = new("未匯入任何資料。", "Nothing was imported.");
    public static readonly Phrase NoAnswer = new(
        "上傳中斷或服務未及回覆；匯入是全部或全不，請看下方會員列表是否已有這些會員，再決定是否重新匯入。",
        "The upload broke off or the service did not answer in time. The import is all or nothing: check the members below to see whether the rows were applied before importing again.");
    public static readonly Phrase SheetRow = new("列", "Row");
    public static readonly Phrase SheetColumnLabel = new("欄位", "Column");
    public static readonly Phrase SheetReason = new("原因", "Reason");

    /// <summary>A column of the member sheet by the key the import names it with (SheetColumns in the membership service).</summary>
    public static Phrase SheetColumn(string key) => key switch
    {
        "name" => new("名稱", "name"),
        "kind" => new("單位類型", "kind"),
        "registrationNumber" => new("統一編號", "registration number"),
        "county" => new("縣市", "county"),
        "country" => new("國家", "country"),
        "contact" => new("聯絡人", "contact"),
        "contractStart" => new("合約開始", "contract start"),
        "contractEnd" => new("合約結束", "contract end"),
        "tier" => new("會員分級", "tier"),
        "paid" => new("收費", "paid"),
        "fee" => new("會費", "fee"),
        _ => new(key, key),
    };
}
