using System.Text.Json;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>What the rules are checked against: the year's phase, last year's targets and those of the alliance's phase-1 year 3, read from reporting's own tables.</summary>
internal sealed record TargetContext(AlliancePhase Phase, AllianceTargets? LastYear, int? PhaseOneYearThree, AllianceTargets? PhaseOneYearThreeTargets)
{
    public static async Task<TargetContext> LoadAsync(ReportingDbContext db, Guid allianceId, int year, CancellationToken cancellationToken)
    {
        var phases = await db.Phases.AsNoTracking()
            .Where(p => p.AllianceId == allianceId && (p.Year == year || (p.Phase == 1 && p.YearInPhase == 3 && p.Year < year)))
            .ToListAsync(cancellationToken);
        var own = phases.SingleOrDefault(p => p.Year == year);
        // Without a row for the year (an alliance reporting learnt of after the year closed), today's phase is the best there is.
        var phase = own is not null ? new AlliancePhase(own.Phase, own.YearInPhase)
            : await db.Alliances.AsNoTracking().Where(a => a.Id == allianceId).Select(a => new AlliancePhase(a.Phase, a.YearInPhase)).SingleAsync(cancellationToken);
        var yearThree = phases.Where(p => p.Year < year && p.Phase == 1 && p.YearInPhase == 3).Select(p => (int?)p.Year).Max();
        var years = new[] { year - 1, yearThree ?? year - 1 };
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.AllianceId == allianceId && years.Contains(t.Year) && t.Status != TargetStatus.NotStarted)
            .ToListAsync(cancellationToken);
        return new(phase, targets.SingleOrDefault(t => t.Year == year - 1), yearThree, yearThree is { } y ? targets.SingleOrDefault(t => t.Year == y) : null);
    }

    /// <summary>The rules' verdicts for <paramref name="values"/> and <paramref name="proposal"/> as they would be stored.</summary>
    public IReadOnlyList<TargetVerdict> Check(int? proposal, TargetValues values, IEnumerable<TargetException> exceptions) =>
        TargetRules.Check(new TargetFacts(
            Phase.Phase, proposal, values,
            LastYear is null ? null : TargetValuesJson.ReadStored(LastYear.Values),
            PhaseOneYearThreeTargets is null ? null : TargetValuesJson.ReadStored(PhaseOneYearThreeTargets.Values),
            exceptions.Select(e => e.Rule).ToHashSet()));

    public static Dictionary<string, string> NotesOf(AllianceTargets? targets) =>
        targets is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(targets.Notes) ?? [];
}
