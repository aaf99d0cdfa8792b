using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Alliance.Membership.Api.Data;

/// <summary>
/// Enums stored by their names. EF's own conversion reads a number (<c>"99"</c>, stored while the
/// API still took enums as numbers) as an undefined value that fails later, and any other unknown
/// text as an exception on every read of the table; this reads either as null, so a page can show
/// the row and say its value is unknown. Values are written by name, as before.
/// </summary>
internal static class StoredNames
{
    public static ValueConverter<TEnum?, string> Converter<TEnum>() where TEnum : struct, Enum =>
        new(value => value!.Value.ToString(), stored => Read<TEnum>(stored));

    /// <summary>The value named exactly <paramref name="stored"/> (TaiwanCompany), or null for a number or any other text.</summary>
    public static TEnum? Read<TEnum>(string stored) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(stored, ignoreCase: false, out var value) && Enum.IsDefined(value) && value.ToString() == stored ? value : null;
}
