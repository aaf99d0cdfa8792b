using System.Globalization;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>The addresses of the site-visit pages; a page's year, domain and month live in its address.</summary>
public static class SiteVisitLinks
{
    public const string MyVisits = "/site-visits/mine";
    public const string Abnormal = "/site-visits/abnormal";

    public static string Calendar(int? year = null, string? domainCode = null, int? gregorianYear = null, int? month = null) =>
        "/site-visits" + Query(("year", year?.ToString(CultureInfo.InvariantCulture)), ("domain", domainCode),
            ("month", gregorianYear is { } g && month is { } m ? $"{g:0000}-{m:00}" : null));

    public static string Schedule(int year) => $"/site-visits/new{Query(("year", year.ToString(CultureInfo.InvariantCulture)))}";

    public static string Visit(Guid visitId) => $"/site-visits/{visitId}";

    public static string Form(Guid visitId) => $"/site-visits/{visitId}/form";

    public static string Ranking(int? year = null, string? domainCode = null) =>
        "/site-visits/ranking" + Query(("year", year?.ToString(CultureInfo.InvariantCulture)), ("domain", domainCode));

    public static string Outstanding(int? year = null) => "/site-visits/outstanding" + Query(("year", year?.ToString(CultureInfo.InvariantCulture)));

    public static string Counselling(Guid allianceId, int? year = null) =>
        $"/alliances/{allianceId}/counselling{Query(("year", year?.ToString(CultureInfo.InvariantCulture)))}";

    /// <summary>The month of a <c>month=yyyy-MM</c> address; null when it is absent or not a month.</summary>
    public static (int Year, int Month)? Month(string? month) =>
        DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? (first.Year, first.Month) : null;

    private static string Query(params (string Name, string? Value)[] parts)
    {
        var given = parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToArray();
        return given.Length == 0 ? "" : "?" + string.Join('&', given);
    }
}
