using Alliance.Messaging.Roster;
using Alliance.Reporting.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Consumers;

/// <summary>
/// Where each alliance's phase per year first comes from: the roster's copy as it stands when the year is opened,
/// or, for an alliance the copy learns of later, as it stands then (for every open year without one). Both take
/// one lock first, so a year opened while a new alliance's copy is written gets its row from one or the other:
/// whichever commits second sees what the first committed.
/// </summary>
internal static class PhaseRows
{
    public const string FromOpening = "opening";
    public const string FromRegistration = "registration";
    public const string FromCentre = "centre";

    /// <summary>A lock of PostgreSQL's two-number space, apart from the relay's and the member copies'.</summary>
    private const int PhaseLockClass = 0x50484153;

    public static Task LockAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PhaseLockClass}, 0)", cancellationToken);

    /// <summary>Stages a row for every alliance the roster knows with its details and still in the programme at the year's start.</summary>
    public static async Task StageForOpeningAsync(ReportingDbContext db, ProgrammeYear year, CancellationToken cancellationToken)
    {
        var start = year.Start;
        var alliances = await db.Alliances.AsNoTracking()
            .Where(a => a.DetailsVersion != null && (a.TerminatedOn == null || a.TerminatedOn >= start))
            .Select(a => new { a.Id, a.Phase, a.YearInPhase })
            .ToListAsync(cancellationToken);
        db.Phases.AddRange(alliances.Select(a => New(a.Id, year.Roc, a.Phase, a.YearInPhase, FromOpening)));
    }

    /// <summary>Stages a row for <paramref name="alliance"/> in every open year that has none.</summary>
    public static async Task StageForNewAllianceAsync(ReportingDbContext db, RosterAlliance alliance, CancellationToken cancellationToken)
    {
        var id = alliance.Id;
        var years = await db.Years.AsNoTracking()
            .Where(y => y.ClosedAt == null && !db.Phases.Any(p => p.AllianceId == id && p.Year == y.Year))
            .Select(y => y.Year)
            .ToListAsync(cancellationToken);
        db.Phases.AddRange(years.Select(year => New(id, year, alliance.Phase, alliance.YearInPhase, FromRegistration)));
    }

    private static AllianceYearPhase New(Guid allianceId, int year, int phase, int yearInPhase, string source) =>
        new() { AllianceId = allianceId, Year = year, Phase = phase, YearInPhase = yearInPhase, Source = source };
}

/// <summary>Records a phase row in every open year for an alliance reporting's roster copy has just learnt the details of.</summary>
internal sealed class NewAlliancePhases : IRosterCopyObserver<ReportingDbContext>
{
    public async Task CopyChangedAsync(ReportingDbContext db, RosterAlliance? before, RosterAlliance after, CancellationToken cancellationToken)
    {
        if (before is { HasDetails: true } || !after.HasDetails)
        {
            return;
        }

        await PhaseRows.LockAsync(db, cancellationToken);
        await PhaseRows.StageForNewAllianceAsync(db, after, cancellationToken);
    }
}
