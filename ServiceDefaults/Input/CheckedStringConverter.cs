using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// Every string a request body carries, wherever it sits (a field, an array, a dictionary): a NUL
/// character is refused here, once for all fields, because PostgreSQL cannot store one.
/// </summary>
public sealed class CheckedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // The built-in converter throws an InvalidOperationException the serializer turns into a
            // JsonException; thrown from here it would escape as a 500.
            throw new InputRejectedException(InputMessages.WrongValue);
        }

        return Checked(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);

    private static string Checked(string value) =>
        InputBounds.HasNul(value) ? throw new InputRejectedException(InputMessages.NulCharacter) : value;
}
