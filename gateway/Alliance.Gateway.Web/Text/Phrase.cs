using System.Globalization;

namespace Alliance.Gateway.Web.Text;

/// <summary>One piece of UI text in both languages; renders in the request's UI culture (zh-TW unless English was chosen).</summary>
public sealed record Phrase(string Zh, string En)
{
    public string In(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? En : Zh;

    public override string ToString() => In(CultureInfo.CurrentUICulture);

    /// <summary>The text with <paramref name="args"/> in its {0}, {1}… holes.</summary>
    public string With(params object?[] args) => string.Format(CultureInfo.CurrentCulture, ToString(), args);

    public static implicit operator string(Phrase phrase) => phrase.ToString();

    public static implicit operator Alliance.ServiceDefaults.Problems.LocalizedText(Phrase phrase) => new(phrase.Zh, phrase.En);
}
