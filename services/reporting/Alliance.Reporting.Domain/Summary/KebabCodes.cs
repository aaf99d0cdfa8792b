using System.Collections.Frozen;
using System.Text.Json;

namespace Alliance.Reporting.Domain.Summary;

/// <summary>The kebab-case API names the other services' events carry (<c>islands-and-overseas</c>, <c>technical-service</c>, …).</summary>
public static class KebabCodes
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : NameOf(value);

    /// <summary>The value named <paramref name="code"/> exactly; null for anything else (a value this service does not know never counts).</summary>
    public static TEnum? Parse<TEnum>(string? code) where TEnum : struct, Enum =>
        code is not null && Names<TEnum>.ByName.TryGetValue(code, out var value) ? value : null;

    private static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    // Tables count thousands of copies per request: each enum's names are worked out once, not on every parse.
    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, NameOf);

        public static readonly FrozenDictionary<string, TEnum> ByName = ByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
