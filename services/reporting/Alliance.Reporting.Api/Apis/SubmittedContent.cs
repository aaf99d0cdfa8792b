using System.Text.Json;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Apis;

/// <summary>One row as submitted: the figures as the summary showed them then (JSON), and the variance text.</summary>
internal sealed record SubmittedRow(string Kpi, JsonElement? Target, JsonElement? Actual, JsonElement? LastYear, string? Variance);

/// <summary>What a submission freezes: both tables' rows and the two narratives, stored as JSON in <c>round_submissions.content</c>.</summary>
internal sealed record SubmittedContent(IReadOnlyList<SubmittedRow> Quarterly, IReadOnlyList<SubmittedRow> Cumulative, string Industry, string Academic)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<TableRow> quarterly, IReadOnlyList<TableRow> cumulative, RoundState state)
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

    private static SubmittedRow[] Rows(IReadOnlyList<TableRow> rows, RoundState state) => rows.Select(row =>
    {
        var code = SummaryKpis.Code(row.Kpi);
        return new SubmittedRow(code, Element(row.Target), Element(row.Actual), Element(row.LastYear), state.VarianceOf(code));
    }).ToArray();

    private static JsonElement? Element(object? figure) => figure is null ? null : JsonSerializer.SerializeToElement(figure, figure.GetType(), Json);
}
