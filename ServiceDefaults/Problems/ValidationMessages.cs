using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Alliance.ServiceDefaults.Problems;

/// <summary>
/// The framework's DataAnnotations messages come in English only; these are the ones our requests
/// use, in Traditional Chinese, so a 400 reads in the caller's language like every other problem.
/// </summary>
public static partial class ValidationMessages
{
    public const string ChineseTitle = "輸入資料有誤。";

    private static readonly (Regex English, string Chinese)[] Translations =
    [
        (RequiredPattern(), "{0} 為必填欄位。"),
        (StringLengthRangePattern(), "{0} 的長度須介於 {1} 到 {2} 個字之間。"),
        (StringLengthPattern(), "{0} 的長度不能超過 {1} 個字。"),
        (RangePattern(), "{0} 須介於 {1} 到 {2} 之間。"),
        (MaxLengthPattern(), "{0} 的長度不能超過 {1}。"),
        (MinLengthPattern(), "{0} 的長度不能少於 {1}。"),
        (RegularExpressionPattern(), "{0} 的格式不正確。"),
        (EmailPattern(), "{0} 不是有效的電子郵件地址。"),
        (MoneyTooLargePattern(), "{0} 不可超過 {1} 元。"),
        (MoneyTooPrecisePattern(), "{0} 最多到小數點後兩位（分）。"),
    ];

    /// <summary>The Chinese of a known framework message; other messages (already ours) are returned unchanged.</summary>
    public static string ToChinese(string message)
    {
        foreach (var (english, chinese) in Translations)
        {
            var match = english.Match(message);
            if (match.Success)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, chinese,
                    match.Groups.Values.Skip(1).Select(group => (object)group.Value).ToArray());
            }
        }

        return message;
    }

    /// <summary>Puts a validation problem's title and messages into Chinese when the caller reads Chinese.</summary>
    internal static void Localise(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation
            || RequestLanguage.Of(context.HttpContext) != RequestLanguage.Chinese)
        {
            return;
        }

        if (validation.Title == "One or more validation errors occurred.")
        {
            validation.Title = ChineseTitle;
        }

        foreach (var field in validation.Errors.Keys.ToArray())
        {
            validation.Errors[field] = validation.Errors[field].Select(ToChinese).ToArray();
        }
    }

    [GeneratedRegex(@"^The (.+) field is required\.$")]
    private static partial Regex RequiredPattern();

    [GeneratedRegex(@"^The field (.+) must be a string with a minimum length of (\d+) and a maximum length of (\d+)\.$")]
    private static partial Regex StringLengthRangePattern();

    [GeneratedRegex(@"^The field (.+) must be a string with a maximum length of (\d+)\.$")]
    private static partial Regex StringLengthPattern();

    [GeneratedRegex(@"^The field (.+) must be between (.+) and (.+)\.$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^The field (.+) must be a string or array type with a maximum length of '(\d+)'\.$")]
    private static partial Regex MaxLengthPattern();

    [GeneratedRegex(@"^The field (.+) must be a string or array type with a minimum length of '(\d+)'\.$")]
    private static partial Regex MinLengthPattern();

    [GeneratedRegex(@"^The field (.+) must match the regular expression '(.+)'\.$")]
    private static partial Regex RegularExpressionPattern();

    [GeneratedRegex(@"^The (.+) field is not a valid e-mail address\.$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^The field (.+) must be at most ([\d,.]+) NTD\.$")]
    private static partial Regex MoneyTooLargePattern();

    [GeneratedRegex(@"^The field (.+) must have at most two decimal places\.$")]
    private static partial Regex MoneyTooPrecisePattern();
}
