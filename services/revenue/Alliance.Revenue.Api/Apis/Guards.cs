using Alliance.ServiceDefaults.Problems;

namespace Alliance.Revenue.Api.Apis;

/// <summary>Revenue's own refusals; the alliance checks and the stale version are shared (Alliance.Messaging.Writes, VersionCheck).</summary>
internal static class Guards
{
    public static DomainException IncomeNotFound() => DomainException.NotFound(new("找不到此收入明細。", "No such income entry."));

    /// <summary>A programme year from a query or route value; 400 naming <paramref name="field"/> when missing or out of range.</summary>
    public static ProgrammeYear Year(int? roc, string field = "year") =>
        roc is { } value && ProgrammeYear.TryCreate(value, out var year)
            ? year
            : throw DomainException.Invalid(field, new(
                $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。",
                $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required."));
}
