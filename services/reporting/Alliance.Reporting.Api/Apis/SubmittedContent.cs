using System.Text.Json;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Apis;

/// <summary>One row as submitted: the figures as the summary showed them then (JSON), and the variance text.</summary>
internal sealed record SubmittedRow(string Kpi, JsonElement? Target, JsonElement? Actual, JsonElement? LastYear, string? Variance);

/// <summary>What a submission freezes: both tables' rows and the two narratives, stored as JSON in <c>round_submissions.content</c>.</summary>
internal sealed record SubmittedContent(IReadOnlyList<SubmittedRow> Quarterly, IReadOnlyList<SubmittedRow> Cumulative, string Industry, string Academic)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<SummaryTableRow> quarterly, IReadOnlyList<SummaryTableRow> cumulative, RoundState state)
    {
        var content = new SubmittedContent(Rows(quarterly, state), Rows(cumulative, state), state.NarrativeOf(Data.RoundText.Industry), state.NarrativeOf(Data.RoundText.Academic));
        return JsonSerializer.Serialize(content, Json);
    }

    public static SubmittedContent Read(string json) =>
        JsonSerializer.Deserialize<SubmittedContent>(json, Json) ?? throw new InvalidOperationException("A submission's content is empty.");

    public IReadOnlyList<SubmittedRow> RowsOf(SummaryView view) => view == SummaryView.Cumulative ? Cumulative : Quarterly;

    /// <summary>The submitted actual of <paramref name="kpi"/> in <paramref name="view"/>, read back as the type today's figure has; null when none.</summary>
    public object? ActualOf(SummaryKpi kpi, SummaryView view)
    {
        var code = SummaryKpis.Code(kpi);
        return RowsOf(view).FirstOrDefault(r => r.Kpi == code)?.Actual is { ValueKind: not JsonValueKind.Null } figure
            ? figure.Deserialize(RowFigures.TypeOf(kpi), Json)
            : null;
    }

    /// <summary>The table of <paramref name="view"/> as it was submitted, each figure read back as the type today's has.</summary>
    public SummaryTable TableOf(Guid allianceId, ReportRound round, SummaryView view) =>
        new(allianceId, round, view, SummaryKpis.All.Select(kpi =>
        {
            var row = RowsOf(view).FirstOrDefault(r => r.Kpi == SummaryKpis.Code(kpi));
            var targetType = SummaryKpis.TargetOf(kpi) == TargetKpi.FirmMembers ? typeof(FirmMemberTarget) : typeof(decimal?);
            return new SummaryTableRow(kpi, Figure(row?.Target, targetType), Figure(row?.Actual, RowFigures.TypeOf(kpi)), Figure(row?.LastYear, RowFigures.TypeOf(kpi)));
        }).ToArray());

    /// <summary>The variance texts of <paramref name="view"/> as they were submitted, by row.</summary>
    public IReadOnlyDictionary<SummaryKpi, string> VariancesOf(SummaryView view) =>
        RowsOf(view).Where(r => !string.IsNullOrEmpty(r.Variance) && SummaryKpis.TryParse(r.Kpi, out _))
            .ToDictionary(r => SummaryKpis.TryParse(r.Kpi, out var kpi) ? kpi : default, r => r.Variance!);

    private static object? Figure(JsonElement? stored, Type type) =>
        stored is { ValueKind: not JsonValueKind.Null } figure ? figure.Deserialize(type, Json) : null;

    private static SubmittedRow[] Rows(IReadOnlyList<SummaryTableRow> rows, RoundState state) => rows.Select(row =>
    {
        var code = SummaryKpis.Code(row.Kpi);
        return new SubmittedRow(code, Element(row.Target), Element(row.Actual), Element(row.LastYear), state.VarianceOf(code));
    }).ToArray();

    private static JsonElement? Element(object? figure) => figure is null ? null : JsonSerializer.SerializeToElement(figure, figure.GetType(), Json);
}
