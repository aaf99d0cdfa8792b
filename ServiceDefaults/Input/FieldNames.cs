using System.Text;
using System.Text.Json;

namespace Alliance.ServiceDefaults.Input;

/// <summary>The field a problem names for a JSON path: camelCase, without the leading <c>$.</c>.</summary>
public static class FieldNames
{
    /// <summary>The whole body, when no field can be named.</summary>
    public const string Body = "$";

    /// <summary>Longer paths are the caller's own text (an unknown property name), not ours to repeat.</summary>
    private const int MaxLength = 100;

    /// <summary>
    /// <c>$.Amount</c> → <c>amount</c>, <c>$.roles[0]</c> → <c>roles[0]</c>, <c>$.period.Start</c> →
    /// <c>period.start</c>; <c>$</c>, nothing, or a path too long to be one of ours → <see cref="Body"/>.
    /// </summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == Body || !path.StartsWith(Body, StringComparison.Ordinal) || path.Length > MaxLength + 2)
        {
            return Body;
        }

        var field = new StringBuilder();
        var rest = path.AsSpan(1);
        while (!rest.IsEmpty)
        {
            if (rest[0] == '.')
            {
                var end = rest[1..].IndexOfAny('.', '[');
                var name = end < 0 ? rest[1..] : rest[1..(end + 1)];
                field.Append(field.Length == 0 ? "" : ".").Append(JsonNamingPolicy.CamelCase.ConvertName(name.ToString()));
                rest = end < 0 ? [] : rest[(end + 1)..];
            }
            else
            {
                var end = rest.IndexOf(']');
                var segment = end < 0 ? rest : rest[..(end + 1)];
                field.Append(segment);
                rest = end < 0 ? [] : rest[(end + 1)..];
            }
        }

        return field.Length == 0 ? Body : field.ToString();
    }

    /// <summary>A field name of ours in camelCase, each part of a path alike: <c>Amount</c> → <c>amount</c>, <c>Period.Start</c> → <c>period.start</c>.</summary>
    public static string CamelCase(string field) =>
        field.StartsWith(Body, StringComparison.Ordinal) || field.Length > MaxLength ? field : FromJsonPath($"{Body}.{field}");
}
