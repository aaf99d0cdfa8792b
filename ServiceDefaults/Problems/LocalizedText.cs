using System.Globalization;

namespace Alliance.ServiceDefaults.Problems;

/// <summary>
/// A message in the two languages users read: Traditional Chinese (the default) and English.
/// A plain string converts to a text that reads the same in both, for messages without a translation yet.
/// </summary>
public sealed record LocalizedText(string ZhTw, string En)
{
    public string For(CultureInfo culture) => IsEnglish(culture) ? En : ZhTw;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public static implicit operator LocalizedText(string text) => new(text, text);

    public override string ToString() => En;
}
