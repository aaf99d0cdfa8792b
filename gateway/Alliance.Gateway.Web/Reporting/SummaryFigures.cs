using System.Globalization;
using System.Text.Json;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>
/// A summary-table figure as the page writes it: <see cref="Main"/> is the headline (the firm members' total, an
/// amount in 仟元, a count, a percentage), <see cref="Detail"/> what the row carries beside it (the member breakdown
/// written out, the recurring revenue's parts, cooperation's counted 30 %, patents applied and granted).
/// </summary>
public sealed record SummaryFigure(string Main, string? Detail);

public static class SummaryFigures
{
    /// <summary>The rows whose figures are NTD amounts, shown in 仟元.</summary>
    public static readonly IReadOnlySet<string> AmountKpis = new HashSet<string>(StringComparer.Ordinal)
    {
        "recurring-operating-revenue", "technology-transfer", "industry-academia-cooperation", "operating-revenue", "derived-output-value",
    };

    /// <summary>The figure of row <paramref name="kpi"/>; null (no target, a ratio without subsidy) is a dash.</summary>
    public static SummaryFigure Of(string kpi, JsonElement? figure)
    {
        if (figure is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return new("—", null);
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return new(Number(kpi, value.GetDecimal()), null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return new(value.GetRawText(), null);
        }

        return kpi switch
        {
            "firm-members" => new(Count(Part(value, "total")), FirmBreakdown(value)),
            "recurring-operating-revenue" => new(Thousands(Part(value, "amount")),
                UiText.RecurringParts.With(Thousands(Part(value, "fees")), Thousands(Part(value, "services")), Thousands(Part(value, "other")))),
            "industry-academia-cooperation" => new(Thousands(Part(value, "amount")), UiText.CountedShare.With(Thousands(Part(value, "counted")))),
            "patents" => new(Count(Part(value, "total")), UiText.PatentParts.With(Count(Part(value, "applied")), Count(Part(value, "granted")))),
            _ => new(value.GetRawText(), null),
        };
    }

    /// <summary>"(1)總會員數: 6家 (2)收費會員: 6家 …": every part of a firm-member breakdown (an actual or a target), in the member row's order.</summary>
    public static string FirmBreakdown(JsonElement breakdown) => UiText.FirmBreakdown.With(
        new[] { "total", "paid", "free", "north", "central", "south", "east", "islandsAndOverseas" }.Select(p => (object)Count(Part(breakdown, p))).ToArray());

    private static string Number(string kpi, decimal value) => kpi switch
    {
        "self-sufficiency-ratio" => DisplayRatio.Percentage(value),
        _ when AmountKpis.Contains(kpi) => Thousands(value),
        _ => Count(value),
    };

    private static decimal Part(JsonElement value, string name) =>
        value.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.Number ? part.GetDecimal() : 0m;

    private static string Thousands(decimal ntd) => DisplayMoney.ThousandNtd(ntd);

    private static string Count(decimal count) => count.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
