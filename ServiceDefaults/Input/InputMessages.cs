using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// What the input checks answer, in both languages. None repeats the value sent: it may be ten
/// thousand characters long, or written to be shown back to someone.
/// </summary>
public static class InputMessages
{
    public static readonly LocalizedText Title = new("輸入資料有誤。", "The input is malformed.");

    public static readonly LocalizedText NulCharacter = new("不可包含 NUL 字元（\\u0000）。", "Must not contain a NUL character (\\u0000).");

    public static readonly LocalizedText WrongValue = new(
        "值的型別或格式不符；選項請使用文件列出的名稱，不可用數字。",
        "The value has the wrong type or format; a choice is one of the documented names, never a number.");

    public static readonly LocalizedText MalformedJson = new("不是有效的 JSON。", "The JSON is malformed here.");

    public static readonly LocalizedText Required = new("此欄位為必填。", "This field is required.");

    public static readonly LocalizedText BodyRequired = new("請附上 JSON 內容。", "A JSON body is required.");

    public static readonly LocalizedText UnsupportedMediaType = new("內容須為 JSON（application/json）。", "The body must be JSON (application/json).");

    public static readonly LocalizedText Unreadable = new("無法讀取此請求。", "The request could not be read.");

    public static readonly LocalizedText DateFormat = new("日期須為 yyyy-MM-dd。", "A date is written yyyy-MM-dd.");

    public static readonly LocalizedText DateOutOfRange = new(
        $"日期須介於 {InputBounds.Text(InputBounds.EarliestDate)} 與 {InputBounds.Text(InputBounds.LatestDate)} 之間。",
        $"The date must be between {InputBounds.Text(InputBounds.EarliestDate)} and {InputBounds.Text(InputBounds.LatestDate)}.");

    public static readonly LocalizedText MoneyTooLarge = new(
        $"金額不可超過 {InputBounds.MaxMoney:#,0.00} 元。", $"The amount must be at most {InputBounds.MaxMoney:#,0.00} NTD.");

    public static readonly LocalizedText MoneyTooPrecise = new("金額最多到小數點後兩位（分）。", "An amount has at most two decimal places (cents).");
}
