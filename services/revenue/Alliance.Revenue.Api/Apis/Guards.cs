using Alliance.Revenue.Api.Data;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Apis;

/// <summary>The checks every alliance-scoped handler makes before it reads or writes.</summary>
internal static class Guards
{
    /// <summary>
    /// The caller may <paramref name="access"/> the alliance (403 otherwise), revenue's roster knows
    /// it (404), and a write goes to an alliance still in the programme (422).
    /// </summary>
    public static async Task RequireAllianceAsync(this RevenueDbContext db, Caller caller, Guid allianceId, Access access, CancellationToken cancellationToken)
    {
        caller.RequireAllianceAccess(allianceId, access);
        await db.RequireKnownAllianceAsync(allianceId, access.HasFlag(Access.Write), cancellationToken);
    }

    /// <summary>The roster knows the alliance (404), and when <paramref name="forWrite"/> it is not terminated (422).</summary>
    public static async Task RequireKnownAllianceAsync(this RevenueDbContext db, Guid allianceId, bool forWrite, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().Where(a => a.AllianceId == allianceId).Select(a => new { a.TerminatedOn }).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound(new("找不到此聯盟。", "No such alliance."));
        if (forWrite && alliance.TerminatedOn is not null)
        {
            throw DomainException.RuleViolated("allianceId", new("此聯盟已終止，資料不能再修改。", "The alliance is terminated; its records can no longer change."));
        }
    }

    public static DomainException Stale() =>
        new(ErrorCode.StaleVersion, new LocalizedText("此資料已被他人修改，請重新載入後再試。", "Someone else changed this record; reload it and try again."));

    public static DomainException IncomeNotFound() => DomainException.NotFound(new("找不到此收入明細。", "No such income entry."));

    /// <summary>A programme year from a query or route value; 400 naming <paramref name="field"/> when missing or out of range.</summary>
    public static ProgrammeYear Year(int? roc, string field = "year") =>
        roc is { } value && ProgrammeYear.TryCreate(value, out var year)
            ? year
            : throw DomainException.Invalid(field, new(
                $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。",
                $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required."));
}
