using System.Globalization;

namespace Alliance.Gateway.Web.Text;

/// <summary>The two UI languages: zh-TW by default, English second.</summary>
public static class UiCultures
{
    public const string Chinese = "zh-TW";
    public const string English = "en";

    public static readonly string[] Supported = [Chinese, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The language the switch offers: the one not in use.</summary>
    public static string Other => IsEnglish ? Chinese : English;
}
