using System.Globalization;
using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Web.Programme;

/// <summary>The addresses of the programme pages; a page's year and filters live in its address, so a view can be linked to.</summary>
public static class ProgrammeLinks
{
    /// <summary>The round whose cumulative table the programme view sums: the year's second KPI report.</summary>
    public const string TableRound = "kpi-2";

    public static string View(int? year = null) => "/programme" + Query(("year", Year(year)));

    public static string Alliances(int year, string? domainCode = null, string? flag = null, string? status = null, int? phase = null) =>
        "/programme/alliances" + Query(("year", Year(year)), ("domain", domainCode), ("phase", phase?.ToString(CultureInfo.InvariantCulture)), ("flag", flag), ("status", status));

    public static string ReviewOutcome(Guid allianceId, int? year = null) => $"/alliances/{allianceId}/review-outcome{Query(("year", Year(year)))}";

    /// <summary>The alliance's cumulative summary table of the year's kpi-2 round: the table its figures in the programme view come from.</summary>
    public static string Summary(Guid allianceId, int year) => ReportingLinks.Summary(allianceId, $"{Year(year)}-{TableRound}", "cumulative");

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] parts)
    {
        var given = parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToArray();
        return given.Length == 0 ? "" : "?" + string.Join('&', given);
    }
}
