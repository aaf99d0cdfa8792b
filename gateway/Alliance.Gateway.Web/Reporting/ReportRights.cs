namespace Alliance.Gateway.Web.Reporting;

/// <summary>
/// What the summary page offers the signed-in user on a round's report, by the report's status (ARCHITECTURE.md's
/// roles and the round's lifecycle): the alliance's PI and assistants write the texts while the report is not started,
/// a draft or reopened; only the PI confirms and submits; the centre writes notes on a submitted or reopened report and
/// reopens or completes the audit of a submitted one. A closed year changes no more. Pages hide what a user may not do;
/// the service decides anyway.
/// </summary>
/// <param name="Writes">the variance texts and narratives are editable (saved as typed)</param>
/// <param name="Submits">the 確認送出 button works</param>
/// <param name="SubmitBlocked">why an alliance writer sees the button disabled: <c>pi-only</c>, <c>submitted</c>, <c>audited</c>, <c>year-closed</c>; null when it works or is not shown</param>
/// <param name="Notes">the centre may write audit notes</param>
/// <param name="Audits">the centre may reopen the report for correction or complete its audit</param>
public sealed record ReportRights(bool Writes, bool Submits, string? SubmitBlocked, bool Notes, bool Audits)
{
    /// <param name="canWrite">the user may change the alliance's records (its PI or an approved assistant)</param>
    /// <param name="isPi">the user is the alliance's PI</param>
    /// <param name="isCentre">the user is a centre administrator</param>
    /// <param name="status">the report's status: not-started, draft, submitted, reopened, audited</param>
    /// <param name="yearClosed">the programme year is closed</param>
    public static ReportRights Of(bool canWrite, bool isPi, bool isCentre, string status, bool yearClosed)
    {
        var open = !yearClosed;
        var writable = open && status is "not-started" or "draft" or "reopened";
        var writes = canWrite && writable;
        string? blocked = !canWrite ? null
            : yearClosed ? "year-closed"
            : status == "audited" ? "audited"
            : status == "submitted" ? "submitted"
            : !isPi ? "pi-only"
            : null;
        return new(writes, writes && isPi, blocked, isCentre && open && status is "submitted" or "reopened", isCentre && open && status == "submitted");
    }
}
