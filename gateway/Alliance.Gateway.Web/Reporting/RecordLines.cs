using System.Globalization;
using System.Text.Json;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>
/// One record behind a summary-table figure, in words: what it is, its name, date and what it adds, whether it
/// counts (members) and why not, and the page of its record in the UI (null where the UI has none).
/// </summary>
public sealed record RecordLine(Guid Id, string What, string Name, DateOnly? Date, string? Figure, bool? Counts, IReadOnlyList<string> Why, string? Link);

public static class RecordLines
{
    /// <summary>
    /// The records of a drill-down: members (they carry <c>counts</c>), income entries (<c>category</c>) or activities
    /// (<c>type</c>); <paramref name="category"/> names an income category as the revenue service names it.
    /// </summary>
    public static IReadOnlyList<RecordLine> Of(IEnumerable<JsonElement> records, Func<string?, string> category) =>
        records.Select(r => Of(r, category)).ToArray();

    /// <summary>
    /// A record's page in the UI from the path of its record in its own service: the pages live at the API's paths
    /// less the service's prefix, activity's under <c>/activity</c>. Null for anything else.
    /// </summary>
    public static string? PageOf(string? path)
    {
        var parts = path?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length < 5 || parts[0] != "api" || parts[2] != "alliances" || !Guid.TryParse(parts[3], out var allianceId) || !Guid.TryParse(parts[^1], out var id))
        {
            return null;
        }

        return (parts[1], parts.Length, parts[4]) switch
        {
            ("membership", 6, "members") => $"/alliances/{allianceId}/members/{id}",
            ("revenue", 6, "incomes") => $"/alliances/{allianceId}/incomes/{id}",
            ("activity", 6, "events" or "consultations" or "guidance" or "outcomes") => $"/alliances/{allianceId}/activity/{parts[4]}/{id}",
            _ => null,
        };
    }

    private static RecordLine Of(JsonElement record, Func<string?, string> category)
    {
        var id = record.TryGetProperty("id", out var value) && value.TryGetGuid(out var guid) ? guid : Guid.Empty;
        var link = PageOf(Text(record, "path"));
        if (record.TryGetProperty("counts", out var counts))
        {
            var kind = Text(record, "memberKind");
            var what = kind is null ? UiText.UnknownKind : UiText.MemberKind(kind);
            var region = Text(record, "region");
            var reasons = record.TryGetProperty("reasons", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(r => (string)UiText.Reason(r.GetString() ?? "")).ToArray()
                : [];
            var paid = record.TryGetProperty("paid", out var p) && p.ValueKind == JsonValueKind.True;
            var figure = region is null ? null : $"{UiText.Region(region)} · {(paid ? UiText.Paid : UiText.Free)}";
            return new(id, what, Text(record, "name") ?? "", null, figure, counts.ValueKind == JsonValueKind.True, reasons, link);
        }

        if (record.TryGetProperty("category", out var income))
        {
            return new(id, category(income.GetString()), Text(record, "counterpartyName") ?? "", Date(record), DisplayMoney.ThousandNtd(Amount(record, "amount")), null, [], link);
        }

        var activityKind = Text(record, "kind");
        var amount = Amount(record, "figure");
        var shown = activityKind == "derived-output-value" ? $"{DisplayMoney.ThousandNtd(amount)} {UiText.ThousandNtdUnit}" : amount.ToString("#,##0.##", CultureInfo.InvariantCulture);
        return new(id, UiText.ActivityKind(activityKind), "", Date(record), shown, null, [], link);
    }

    private static string? Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal Amount(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : 0m;

    private static DateOnly? Date(JsonElement record) =>
        DateOnly.TryParseExact(Text(record, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
