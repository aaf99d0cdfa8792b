using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Gateway.Web.Membership;

namespace Alliance.Gateway.Web.Activity;

/// <summary>A record's history with its member named: the member's name in place of its id, and no second line for the name.</summary>
public static class ActivityHistory
{
    public static ChangeRow[] Named(IEnumerable<ChangeRow> history, IReadOnlyList<MemberRow> members) =>
        history.Select(entry => entry with { Before = Named(entry.Before, members), After = Named(entry.After, members) }).ToArray();

    private static JsonElement? Named(JsonElement? values, IReadOnlyList<MemberRow> members)
    {
        if (values is not { ValueKind: JsonValueKind.Object } element || !element.TryGetProperty("memberId", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return values;
        }

        var named = JsonObject.Create(element)!;
        var stated = element.TryGetProperty("memberName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        var known = Guid.TryParse(id.GetString(), out var memberId) ? members.FirstOrDefault(m => m.Id == memberId)?.Name : null;
        named["memberId"] = stated ?? known ?? id.GetString();
        named.Remove("memberName");
        return JsonSerializer.SerializeToElement(named);
    }
}
