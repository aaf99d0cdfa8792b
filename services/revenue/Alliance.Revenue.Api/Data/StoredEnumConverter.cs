using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Alliance.Revenue.Api.Data;

/// <summary>
/// Stores an enum by its name. Reading is exact: a stored number (written before enum names were
/// enforced, <c>"12345"</c>) reads as that number, and anything else no name matches as -1, both
/// values no name has (<see cref="IncomeEntry.IsReadable"/> tells them apart). EF's own converter
/// would read an unknown name as the first value, and so count it silently in that category.
/// </summary>
internal sealed class StoredEnumConverter<TEnum>() : ValueConverter<TEnum, string>(value => value.ToString(), stored => Read(stored))
    where TEnum : struct, Enum
{
    private static readonly TEnum NoName = (TEnum)Enum.ToObject(typeof(TEnum), -1);

    public static TEnum Read(string stored) =>
        Enum.TryParse<TEnum>(stored, ignoreCase: false, out var value) && !stored.Contains(',') ? value : NoName;
}
