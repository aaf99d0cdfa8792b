namespace Alliance.Gateway.Web.Reporting;

/// <summary>
/// What the alliance writes in a round's report as it types it: each row's variance text (簡要差異分析) by KPI code and
/// the two narratives, 產業效益 and 學界效益. Compared with the copy last saved, it tells which texts to send, so a save
/// sends only the rows that changed (the API saves each row on its own and the narratives together).
/// </summary>
public sealed class ReportTexts
{
    public Dictionary<string, string> Variance { get; private init; } = new(StringComparer.Ordinal);

    public string Industry { get; set; } = "";

    public string Academic { get; set; } = "";

    /// <summary>The texts as saved: the summary's variance of each row (none is empty) and the narratives, if read.</summary>
    public static ReportTexts From(SummaryRow summary, NarrativesRow? narratives) => new()
    {
        Variance = summary.Rows.ToDictionary(r => r.Kpi, r => r.Variance ?? "", StringComparer.Ordinal),
        Industry = narratives?.Industry ?? "",
        Academic = narratives?.Academic ?? "",
    };

    public string VarianceOf(string kpi) => Variance.GetValueOrDefault(kpi) ?? "";

    /// <summary>The rows whose variance text differs from <paramref name="saved"/>'s, in this report's row order.</summary>
    public IReadOnlyList<string> VariancesChangedSince(ReportTexts saved) =>
        Variance.Where(v => v.Value != saved.VarianceOf(v.Key)).Select(v => v.Key).ToArray();

    public bool NarrativesChangedSince(ReportTexts saved) => Industry != saved.Industry || Academic != saved.Academic;

    /// <summary>Whether this says the same as <paramref name="other"/>: nothing to save.</summary>
    public bool SameAs(ReportTexts other) => VariancesChangedSince(other).Count == 0 && other.VariancesChangedSince(this).Count == 0 && !NarrativesChangedSince(other);

    public ReportTexts Copy() => new() { Variance = new(Variance, StringComparer.Ordinal), Industry = Industry, Academic = Academic };
}
