using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// An instant in a request body: an ISO 8601 date-time that says its offset (<c>2019-05-15T10:00:00+08:00</c> or
/// <c>…Z</c>), within <see cref="InputBounds"/>. Without an offset the instant would depend on the server's time zone,
/// so it is refused (400 naming the field).
/// </summary>
public sealed partial class OffsetDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private static readonly LocalizedText Format = new(
        "日期時間須為 ISO 8601 格式並註明時區，例如 2019-05-15T10:00:00+08:00。",
        "A date-time is ISO 8601 with its offset, e.g. 2019-05-15T10:00:00+08:00.");

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new InputRejectedException(InputMessages.WrongValue);
        }

        if (!OffsetPattern().IsMatch(reader.GetString()!) || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new InputRejectedException(Format);
        }

        return InputBounds.CheckDate(value.UtcDateTime) is { } problem ? throw new InputRejectedException(problem) : value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    [GeneratedRegex(@"T.*(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
