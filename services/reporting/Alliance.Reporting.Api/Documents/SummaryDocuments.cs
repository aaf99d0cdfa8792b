using Alliance.Messaging.Roster.People;
using Alliance.Reporting.Api.Apis;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain.Summary;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Documents;

/// <summary>A document of a computed table, with the alliance and its PI as reporting's copies know them.</summary>
internal static class SummaryDocuments
{
    /// <summary>The document of <paramref name="table"/> with <paramref name="texts"/>, the variance texts and narratives that go with it.</summary>
    public static async Task<SummaryDocument> LoadAsync(
        ReportingDbContext db, SummaryTable table, DocumentTexts texts, DocumentSubmission? submission, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleAsync(a => a.Id == table.AllianceId, cancellationToken);
        var piName = await db.NameShownAsync(alliance.PiUserName, cancellationToken);
        return Of(table, alliance.Code, alliance.Name, alliance.HostInstitution, piName, texts.Variances, texts.Industry, texts.Academic, submission, generatedAt);
    }

    /// <param name="variances">the PI's variance text of each row that has one</param>
    public static SummaryDocument Of(
        SummaryTable table, string code, string name, string host, string piName, IReadOnlyDictionary<SummaryKpi, string>? variances,
        string? industry, string? academic, DocumentSubmission? submission, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(r => new SummaryDocumentRow(r.Kpi, r.Target, r.Actual, variances?.GetValueOrDefault(r.Kpi), r.LastYear)).ToArray();
        return new SummaryDocument(
            table.Round.Year.Roc, table.View, code, name, host, piName, table.Round.Id, DocumentText.RoundName(table.Round.Kind),
            SummaryViews.CountedDates(table.Round, table.View), rows, industry, academic, submission, generatedAt);
    }
}

/// <summary>The variance texts (by row) and the two narratives a document prints beside its table.</summary>
internal sealed record DocumentTexts(IReadOnlyDictionary<SummaryKpi, string> Variances, string Industry, string Academic)
{
    /// <summary>The texts as last typed, for a table of today's figures.</summary>
    public static async Task<DocumentTexts> CurrentAsync(ReportingDbContext db, Guid allianceId, string roundId, CancellationToken cancellationToken)
    {
        var state = await RoundReports.ReadAsync(db, allianceId, roundId, cancellationToken);
        var variances = SummaryKpis.All.Select(kpi => (kpi, text: state.VarianceOf(SummaryKpis.Code(kpi))))
            .Where(v => !string.IsNullOrEmpty(v.text)).ToDictionary(v => v.kpi, v => v.text!);
        return new DocumentTexts(variances, state.NarrativeOf(RoundText.Industry), state.NarrativeOf(RoundText.Academic));
    }
}
