using System.Text.Json;
using System.Text.Json.Serialization;
using Alliance.ServiceDefaults.Input;

namespace Alliance.Revenue.Api.Apis;

/// <summary>
/// Writes an entry's enum by its kebab-case name, and a stored value no name has (a number stored
/// before enum names were enforced) as that number in a string, so an answer never breaks its
/// field's type and a page shows the value as unknown. Only on responses: requests keep the
/// service's conventions.
/// </summary>
internal sealed class ShownEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (KebabNames.Of(value) == text)
            {
                return value;
            }
        }

        throw new JsonException($"Not a {typeof(TEnum).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Enum.IsDefined(value) ? KebabNames.Of(value) : value.ToString());
}
