using System.Globalization;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Activity;

/// <summary>
/// The lines of the activity summary in the order the API gives them, each with the list of the
/// accepted records its figure counts (of the range the page was asked for, not the whole year the
/// API fills in). Counts and people are whole numbers; the derived output value is in 仟元 with its
/// exact NTD beside. Patents carry their applications and grants, each linked to its own records.
/// </summary>
public static class ActivitySummaryLines
{
    public sealed record Line(string Kpi, Phrase Label, string Figure, string? Link, string? ExactNtd, IReadOnlyList<Line> Parts);

    public static IReadOnlyList<Line> Of(ActivitySummaryRow summary, DateOnly? from = null, DateOnly? to = null) =>
        summary.Kpis.Select(k => LineOf(summary, k, from, to)).ToArray();

    /// <summary>Where a KPI's records are listed: the record and the kind filter that make its figure; null for a code the page does not know.</summary>
    public static (RecordKind Record, string? Kind)? RecordsOf(string kpi) => kpi switch
    {
        "promotion-events" => (RecordKind.Events, "promotion"),
        "technical-seminars" => (RecordKind.Events, "seminar"),
        "consultations" => (RecordKind.Consultations, null),
        "on-site-guidance" => (RecordKind.Guidance, null),
        "new-products" => (RecordKind.Outcomes, "new-product"),
        "new-technologies" => (RecordKind.Outcomes, "new-technology"),
        "patents" => (RecordKind.Outcomes, RecordKinds.Patents),
        "patents-applied" => (RecordKind.Outcomes, "patent-application"),
        "patents-granted" => (RecordKind.Outcomes, "patent-grant"),
        "new-hires" => (RecordKind.Outcomes, "new-hire"),
        "derived-output-value" => (RecordKind.Outcomes, "derived-output-value"),
        _ => null,
    };

    private static Line LineOf(ActivitySummaryRow s, KpiFigureRow kpi, DateOnly? from, DateOnly? to)
    {
        string? Link(string code) => RecordsOf(code) is { } records
            ? ActivityLinks.List(s.AllianceId, records.Record, s.Year, records.Kind, "accepted", from, to)
            : null;

        var money = kpi.Kpi == "derived-output-value";
        var parts = kpi.Kpi == "patents"
            ? new[]
            {
                new Line("patents-applied", UiText.PatentsApplied, Count(kpi.Applied ?? 0), Link("patents-applied"), null, []),
                new Line("patents-granted", UiText.PatentsGranted, Count(kpi.Granted ?? 0), Link("patents-granted"), null, []),
            }
            : [];
        return new Line(
            kpi.Kpi, UiText.ActivityKpi(kpi.Kpi), money ? DisplayMoney.ThousandNtd(kpi.Figure) : Count(kpi.Figure),
            Link(kpi.Kpi), money ? DisplayMoney.Ntd(kpi.Figure) : null, parts);
    }

    private static string Count(decimal figure) => figure.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
