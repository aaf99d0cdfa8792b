using System.Text.Json;

namespace Alliance.Reporting.Domain.Summary;

/// <summary>The kebab-case API names the other services' events carry (<c>islands-and-overseas</c>, <c>technical-service</c>, …).</summary>
public static class KebabCodes
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value named <paramref name="code"/> exactly; null for anything else (a value this service does not know never counts).</summary>
    public static TEnum? Parse<TEnum>(string? code) where TEnum : struct, Enum =>
        code is null ? null : Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(value => Of(value!.Value) == code);
}
