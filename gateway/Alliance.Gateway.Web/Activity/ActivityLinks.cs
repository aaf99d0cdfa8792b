using System.Globalization;

namespace Alliance.Gateway.Web.Activity;

/// <summary>The addresses of the activity pages; a list's filters live in its address, so a summary figure can link to its records.</summary>
public static class ActivityLinks
{
    public static string List(Guid allianceId, RecordKind record, int? year = null, string? kind = null, string? status = null, DateOnly? from = null, DateOnly? to = null) =>
        $"/alliances/{allianceId}/activity/{RecordKinds.Segment(record)}{(year is { } y ? Query(y, kind, status, from, to) : "")}";

    public static string Record(Guid allianceId, RecordKind record, Guid recordId) => $"/alliances/{allianceId}/activity/{RecordKinds.Segment(record)}/{recordId}";

    public static string Summary(Guid allianceId, int? year = null, DateOnly? from = null, DateOnly? to = null) =>
        $"/alliances/{allianceId}/activity{(year is { } y ? Query(y, null, null, from, to) : "")}";

    /// <summary><c>?year=108&amp;kind=…&amp;status=…&amp;from=…&amp;to=…</c>, leaving out what is not set.</summary>
    public static string Query(int year, string? kind, string? status, DateOnly? from, DateOnly? to)
    {
        var parts = new List<string> { $"year={year.ToString(CultureInfo.InvariantCulture)}" };
        if (!string.IsNullOrEmpty(kind))
        {
            parts.Add($"kind={Uri.EscapeDataString(kind)}");
        }

        if (!string.IsNullOrEmpty(status))
        {
            parts.Add($"status={Uri.EscapeDataString(status)}");
        }

        if (from is { } start)
        {
            parts.Add($"from={start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (to is { } end)
        {
            parts.Add($"to={end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        return "?" + string.Join('&', parts);
    }
}
