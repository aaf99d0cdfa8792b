using System.Globalization;
using System.Text.Json;

namespace Alliance.Gateway.Web.Membership;

/// <summary>
/// What a change-history entry changed, field by field: for a creation every field with its value,
/// for a change only the fields whose value differs. Bookkeeping (ids, version, who recorded or set
/// it and when, which the entry's own columns say) is left out, and so are a member's contracts,
/// which keep histories of their own.
/// </summary>
public static class ChangeDetails
{
    private static readonly HashSet<string> Hidden = new(["version", "id", "allianceId", "contracts", "registeredAt", "recordedBy", "recordedAt", "setBy", "setAt", "reasonText"], StringComparer.OrdinalIgnoreCase);

    public sealed record FieldChange(string Field, string? Before, string? After);

    public static IReadOnlyList<FieldChange> Of(JsonElement? before, JsonElement? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        return old.Keys.Union(now.Keys)
            .Where(field => !Hidden.Contains(field))
            .Select(field => new FieldChange(field, old.GetValueOrDefault(field), now.GetValueOrDefault(field)))
            .Where(change => before is null || change.Before != change.After)
            .ToArray();
    }

    private static Dictionary<string, string?> Fields(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value
            ? value.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal)
            : [];

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
