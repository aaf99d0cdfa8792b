using Alliance.Activity.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Activity.Api.Apis;

/// <summary>Activity's own refusals; the alliance checks and the stale version are shared (Alliance.Messaging.Writes, VersionCheck).</summary>
internal static class Guards
{
    public static DomainException ActivityNotFound(ActivityType type) => DomainException.NotFound(type switch
    {
        ActivityType.Event => new("找不到此活動。", "No such event."),
        ActivityType.Consultation => new("找不到此諮詢服務紀錄。", "No such consultation."),
        ActivityType.Guidance => new("找不到此訪廠指導紀錄。", "No such on-site guidance."),
        _ => new("找不到此成果。", "No such outcome."),
    });

    /// <summary>A programme year from a query value; 400 naming <paramref name="field"/> when missing or out of range.</summary>
    public static ProgrammeYear Year(int? roc, string field = "year") =>
        roc is { } value && ProgrammeYear.TryCreate(value, out var year)
            ? year
            : throw DomainException.Invalid(field, new(
                $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。",
                $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required."));
}
