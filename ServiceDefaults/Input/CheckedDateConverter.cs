using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// Dates in request bodies: <c>yyyy-MM-dd</c>, as the built-in converter reads them, and within
/// <see cref="InputBounds.EarliestDate"/> to <see cref="InputBounds.LatestDate"/>.
/// </summary>
public sealed class CheckedDateConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new InputRejectedException(InputMessages.WrongValue);
        }

        return Checked(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));

    public override DateOnly ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString(Format, CultureInfo.InvariantCulture));

    private static DateOnly Checked(string text)
    {
        if (!DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InputRejectedException(InputMessages.DateFormat);
        }

        return InputBounds.CheckDate(date) is { } problem ? throw new InputRejectedException(problem) : date;
    }
}
