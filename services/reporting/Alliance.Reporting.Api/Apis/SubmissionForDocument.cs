using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Api.Documents;

namespace Alliance.Reporting.Api.Apis;

/// <summary>The one question the summary PDF asks of a round's submissions.</summary>
internal static class SubmissionForDocument
{
    /// <summary>
    /// The submission the round's PDF shows (its latest version); null while the round has none. Reporting keeps no
    /// submissions yet (they come with confirm-submit), so no round has one and every PDF is refused as not submitted.
    /// </summary>
    public static Task<DocumentSubmission?> SubmissionForDocumentAsync(ReportingDbContext db, Guid allianceId, string roundId) =>
        Task.FromResult<DocumentSubmission?>(null);
}
