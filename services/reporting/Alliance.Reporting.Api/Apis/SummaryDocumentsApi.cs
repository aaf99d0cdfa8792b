using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Documents;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Reporting.Api.Apis;

/// <summary>The summary table to download: the cumulative table as PDF once the round is submitted, any table as Excel.</summary>
public static class SummaryDocumentsApi
{
    /// <summary>The code of the 409 a PDF of a round not yet submitted gets.</summary>
    public const string RoundNotSubmittedCode = "round-not-submitted";

    public static RouteGroupBuilder MapSummaryDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/rounds/{{roundId}}").WithTags("Summary table");
        group.MapGet("/summary.pdf", GetSummaryPdf).WithName(nameof(GetSummaryPdf))
            .WithSummary("The cumulative table as an A4 PDF with the submission it was submitted as; 409 round-not-submitted before the round is submitted.")
            .Produces(StatusCodes.Status200OK, contentType: SummaryPdf.ContentType);
        group.MapGet("/summary.xlsx", GetSummaryWorkbook).WithName(nameof(GetSummaryWorkbook))
            .WithSummary("The table as an .xlsx in exact NTD with the breakdown rows; ?view=quarterly (default) or cumulative.")
            .Produces(StatusCodes.Status200OK, contentType: SummaryWorkbook.ContentType);
        return group;
    }

    public static async Task<FileContentHttpResult> GetSummaryPdf(
        Guid allianceId, string roundId, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        // The file that goes with the mid-term report shows the figures, texts and narratives as submitted, not as they are now.
        var submitted = await SubmissionForDocument.SubmissionForDocumentAsync(db, allianceId, round.Id, cancellationToken) ?? throw NotSubmitted(round.Id);
        var content = submitted.Content;
        var table = content.TableOf(allianceId, round, SummaryView.Cumulative);
        var texts = new DocumentTexts(content.VariancesOf(SummaryView.Cumulative), content.Industry, content.Academic);
        var document = await SummaryDocuments.LoadAsync(db, table, texts, submitted.Submission, clock.GetUtcNow(), cancellationToken);
        return TypedResults.File(SummaryPdf.Render(document), SummaryPdf.ContentType, $"{document.AllianceCode}-{round.Id}-cumulative.pdf");
    }

    public static async Task<FileContentHttpResult> GetSummaryWorkbook(
        Guid allianceId, string roundId, string? view, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var table = await SummaryTable.ComputeAsync(db, allianceId, round, SummaryInput.View(view), cancellationToken);
        var document = await SummaryDocuments.LoadAsync(db, table, await DocumentTexts.CurrentAsync(db, allianceId, round.Id, cancellationToken),
            submission: null, clock.GetUtcNow(), cancellationToken);
        return TypedResults.File(SummaryWorkbook.Write(document), SummaryWorkbook.ContentType, SummaryWorkbook.FileName(document));
    }

    private static DomainException NotSubmitted(string roundId) =>
        new(ErrorCode.Conflict, new($"{roundId} 尚未確認送出：累計綜整表須於確認送出後才能下載 PDF。", $"Round {roundId} has not been submitted: the cumulative table's PDF is available once it is."),
            new Dictionary<string, LocalizedText[]>()) { Rule = RoundNotSubmittedCode };
}
