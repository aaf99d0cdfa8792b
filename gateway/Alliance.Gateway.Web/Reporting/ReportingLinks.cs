using System.Globalization;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>The addresses of the reporting pages; a page's year, round and view live in its address.</summary>
public static class ReportingLinks
{
    public const string Hub = "/reporting";

    public static string Calendar(int? year = null) => "/reporting/years" + Query(("year", Year(year)));

    /// <summary>The centre's reminders page of a year.</summary>
    public static string Reminders(int? year = null) => "/reporting/reminders" + Query(("year", Year(year)));

    public static string Targets(Guid allianceId, int? year = null) => $"/alliances/{allianceId}/targets{Query(("year", Year(year)))}";

    public static string Summary(Guid allianceId, string? roundId = null, string? view = null) =>
        $"/alliances/{allianceId}/summary{Query(("round", roundId), ("view", view))}";

    /// <summary>The programme year of a round id (<c>108-kpi-1</c> is 108); null when it does not start with one.</summary>
    public static int? YearOfRound(string? roundId) =>
        roundId is not null && roundId.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash
            && int.TryParse(roundId.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] parts)
    {
        var given = parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToArray();
        return given.Length == 0 ? "" : "?" + string.Join('&', given);
    }
}
