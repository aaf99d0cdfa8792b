using Alliance.ServiceDefaults.Problems;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>Site-visit's own refusals (404, 409, 400 for a year); the stale version is shared (VersionCheck), the 422s are in <see cref="RuleMessages"/>.</summary>
internal static class Guards
{
    public static DomainException VisitNotFound() => DomainException.NotFound(new("找不到此查訪。", "No such site visit."));

    public static DomainException AssignmentNotFound() => DomainException.NotFound(new("此審查委員未指派到這次查訪。", "The reviewer is not assigned to this visit."));

    public static DomainException SelectionNotFound() =>
        DomainException.NotFound(new("此領域該年度尚未選定績優聯盟。", "No outstanding alliance is selected for this domain and year."));

    public static DomainException FlagNotFound() => DomainException.NotFound(new("此聯盟沒有異常註記。", "The alliance has never been flagged abnormal."));

    /// <summary>409 <c>visit-completed</c>: a completed visit's forms and reviewers no longer change.</summary>
    public static DomainException VisitCompleted() => Conflict("visit-completed", "id",
        new("此查訪已完成，審查表與審查委員都不能再變更。", "The visit is completed; its forms and reviewers can no longer change."));

    /// <summary>409 <c>form-submitted</c>: a submitted form is final.</summary>
    public static DomainException FormSubmitted() => Conflict("form-submitted", "version",
        new("審查表已送出，不能再修改或重複送出。", "The form is submitted; it can no longer change or be submitted again."));

    public static DomainException AlreadyAssigned() => Conflict("already-assigned", "reviewerUserName",
        new("此審查委員已指派到這次查訪。", "The reviewer is already assigned to this visit."));

    public static DomainException AlreadyConfirmed() => Conflict("already-confirmed", "version",
        new("此績優聯盟已確認。", "The outstanding alliance is already confirmed."));

    public static DomainException AlreadyFlagged() => Conflict("already-flagged", "allianceId",
        new("此聯盟已註記為異常；請先解除再重新註記。", "The alliance is already flagged abnormal; clear the flag before flagging it again."));

    public static DomainException NotFlagged() => Conflict("not-flagged", "allianceId",
        new("此聯盟目前沒有異常註記。", "The alliance is not flagged abnormal now."));

    /// <summary>A programme year from a query, route or body value; 400 naming <paramref name="field"/> when missing or out of range.</summary>
    public static ProgrammeYear Year(int? roc, string field = "year") =>
        roc is { } value && ProgrammeYear.TryCreate(value, out var year)
            ? year
            : throw DomainException.Invalid(field, new(
                $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。",
                $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required."));

    /// <summary>A 400 naming <paramref name="field"/>.</summary>
    public static DomainException Invalid(string field, string zh, string en) => DomainException.Invalid(field, new(zh, en));

    /// <summary>A 409 naming <paramref name="field"/>, whose problem carries <paramref name="code"/>.</summary>
    private static DomainException Conflict(string code, string field, LocalizedText message) =>
        new(ErrorCode.Conflict, message, new Dictionary<string, LocalizedText[]> { [field] = [message] }) { Rule = code };
}
