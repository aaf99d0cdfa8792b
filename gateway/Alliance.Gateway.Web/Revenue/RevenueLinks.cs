using System.Globalization;

namespace Alliance.Gateway.Web.Revenue;

/// <summary>The addresses of the revenue pages and the query the income list and its API share.</summary>
public static class RevenueLinks
{
    public static string Incomes(Guid allianceId, int year, string? category = null, string? status = null, DateOnly? from = null, DateOnly? to = null) =>
        $"/alliances/{allianceId}/incomes{Query(year, category, status, from, to)}";

    public static string Summary(Guid allianceId, int? year = null) =>
        year is { } y ? $"/alliances/{allianceId}/revenue?year={y.ToString(CultureInfo.InvariantCulture)}" : $"/alliances/{allianceId}/revenue";

    /// <summary><c>?year=108&amp;category=…&amp;status=…&amp;from=…&amp;to=…</c>, leaving out what is not set.</summary>
    public static string Query(int year, string? category, string? status, DateOnly? from, DateOnly? to)
    {
        var parts = new List<string> { $"year={year.ToString(CultureInfo.InvariantCulture)}" };
        if (!string.IsNullOrEmpty(category))
        {
            parts.Add($"category={Uri.EscapeDataString(category)}");
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
