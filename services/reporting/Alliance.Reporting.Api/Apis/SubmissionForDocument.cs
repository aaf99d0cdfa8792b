using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Documents;
using Alliance.Reporting.Domain;

namespace Alliance.Reporting.Api.Apis;

/// <summary>A round's submission as its PDF shows it: when and as which version, and what it froze.</summary>
internal sealed record SubmittedDocument(DocumentSubmission Submission, SubmittedContent Content);

/// <summary>The one question the summary PDF asks of a round's submissions.</summary>
internal static class SubmissionForDocument
{
    /// <summary>
    /// The round's latest submission, which its PDF shows (a reopened round's too, until it is submitted again); null
    /// while the round has none.
    /// </summary>
    public static async Task<SubmittedDocument?> SubmissionForDocumentAsync(ReportingDbContext db, Guid allianceId, string roundId, CancellationToken cancellationToken)
    {
        var latest = (await RoundReports.ReadAsync(db, allianceId, roundId, cancellationToken)).Latest;
        if (latest is null)
        {
            return null;
        }

        var late = latest.LateDays is { } days ? new Lateness(days, latest.LateBy ?? TimeSpan.Zero) : null;
        return new SubmittedDocument(new DocumentSubmission(latest.SubmittedAt, latest.Number, late), SubmittedContent.Read(latest.Content));
    }
}
