using Alliance.Reporting.Api.Data;
using Alliance.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>Reporting's own refusals about years; the alliance checks and the stale version are shared (Alliance.Messaging.Writes, VersionCheck).</summary>
internal static class Guards
{
    /// <summary>The code of the 409 every change to a closed year, or to anything of it, gets.</summary>
    public const string YearClosedCode = "year-closed";

    /// <summary>The code of the 422 for a change to an alliance's year that the centre has not opened.</summary>
    public const string YearNotOpenedCode = "year-not-opened";

    /// <summary>A programme year from a route or body value; 400 naming <paramref name="field"/> when missing or out of range.</summary>
    public static ProgrammeYear Year(int? roc, string field = "year") =>
        roc is { } value && ProgrammeYear.TryCreate(value, out var year)
            ? year
            : throw DomainException.Invalid(field, new(
                $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。",
                $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required."));

    public static DomainException YearNotFound(int year) => DomainException.NotFound(new($"{year} 年度尚未開啟。", $"Programme year {year} has not been opened."));

    public static DomainException YearClosed(int year) =>
        new DomainException(ErrorCode.Conflict, new($"{year} 年度已結案，資料不能再修改。", $"Programme year {year} is closed; nothing of it changes any more."),
            new Dictionary<string, LocalizedText[]>()) { Rule = YearClosedCode };

    /// <summary>The year to change (404 when not opened, 409 <c>year-closed</c> when closed), tracked with its deadlines.</summary>
    public static async Task<ReportingYear> OpenYearAsync(ReportingDbContext db, int year, CancellationToken cancellationToken)
    {
        var found = await db.Years.Include(y => y.Deadlines).SingleOrDefaultAsync(y => y.Year == year, cancellationToken) ?? throw YearNotFound(year);
        return found.IsClosed ? throw YearClosed(year) : found;
    }

    /// <summary>
    /// The year an alliance's record of it may change in: 422 <c>year-not-opened</c> naming <c>year</c> when the centre has
    /// not opened it, 409 <c>year-closed</c> when closed.
    /// </summary>
    public static async Task<ReportingYear> YearOfChangeAsync(ReportingDbContext db, int year, CancellationToken cancellationToken)
    {
        var found = await db.Years.AsNoTracking().Include(y => y.Deadlines).SingleOrDefaultAsync(y => y.Year == year, cancellationToken)
            ?? throw DomainException.RuleViolated("year",
                new($"{year} 年度尚未由工程中心開啟，還不能填寫。", $"Programme year {year} has not been opened by the centre yet."), YearNotOpenedCode);
        return found.IsClosed ? throw YearClosed(year) : found;
    }
}
