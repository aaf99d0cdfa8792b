using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

/// <summary>The route and query values of a summary table: a round id, a view and a row's code.</summary>
internal static class SummaryInput
{
    /// <summary>400 naming <c>roundId</c> when not shaped like one; 404 when no round has it.</summary>
    public static ReportRound Round(string? roundId) => ReportRound.TryParse(roundId, out var round) switch
    {
        RoundIdReading.Found => round!,
        RoundIdReading.Malformed => throw DomainException.Invalid("roundId", new(
            "報告期別須如 108-kpi-1（年度-progress-1、progress-2、kpi-1 或 kpi-2）。", "A round id reads like 108-kpi-1 (year-progress-1, progress-2, kpi-1 or kpi-2).")),
        _ => throw DomainException.NotFound(new($"沒有報告期別 {roundId}。", $"There is no report round {roundId}.")),
    };

    /// <summary>quarterly when not given; 400 naming <c>view</c> for anything but quarterly or cumulative.</summary>
    public static SummaryView View(string? view) =>
        view is null ? SummaryView.Quarterly
        : KebabCodes.Parse<SummaryView>(view) ?? throw DomainException.Invalid("view", new("檢視須為 quarterly（季）或 cumulative（累計）。", "The view is quarterly or cumulative."));

    /// <summary>404 for a code that is no row of the table.</summary>
    public static SummaryKpi Row(string? kpi) =>
        SummaryKpis.TryParse(kpi, out var row) ? row : throw DomainException.NotFound(new($"成果綜整表沒有 {kpi} 這一列。", $"The summary table has no row {kpi}."));
}
