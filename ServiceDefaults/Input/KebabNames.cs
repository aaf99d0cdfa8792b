using System.Text.Json;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Input;

/// <summary>Enum values by their kebab-case API names, for query strings (JSON bodies use the global converter).</summary>
public static class KebabNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value named <paramref name="text"/>, null when blank; 400 naming <paramref name="field"/> when unknown.</summary>
    public static TEnum? Parse<TEnum>(string? text, string field) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Of(value) == text.Trim())
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(Of));
        throw DomainException.Invalid(field, new($"「{text}」不是可用的值（{allowed}）。", $"'{text}' is not one of {allowed}."));
    }
}
