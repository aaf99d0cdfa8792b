using System.Globalization;
using System.Text.Json;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>What a year's history entry changed in its deadlines: each code whose date differs, before and after.</summary>
public static class DeadlineChanges
{
    public sealed record Change(string Code, DateOnly? Before, DateOnly? After);

    public static IReadOnlyList<Change> Of(JsonElement? before, JsonElement? after)
    {
        var old = Dates(before);
        var now = Dates(after);
        return now.Keys.Concat(old.Keys.Where(code => !now.ContainsKey(code)))
            .Select(code => new Change(code, old.GetValueOrDefault(code), now.GetValueOrDefault(code)))
            .Where(change => change.Before != change.After && before is not null)
            .ToArray();
    }

    /// <summary>The deadlines to send: only the codes whose date differs from the year as read.</summary>
    public static Dictionary<string, DateOnly> Edited(IReadOnlyDictionary<string, DateOnly> read, IReadOnlyDictionary<string, DateOnly?> typed) =>
        typed.Where(t => t.Value is { } date && (!read.TryGetValue(t.Key, out var was) || was != date))
            .ToDictionary(t => t.Key, t => t.Value!.Value, StringComparer.Ordinal);

    private static Dictionary<string, DateOnly?> Dates(JsonElement? year) =>
        year is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("deadlines", out var deadlines) && deadlines.ValueKind == JsonValueKind.Object
            ? deadlines.EnumerateObject().ToDictionary(
                d => d.Name,
                d => DateOnly.TryParseExact(d.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null,
                StringComparer.Ordinal)
            : [];
}
