using Alliance.Messaging.Roster.People;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Reminders;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>Reads what the reminder rules decide from: a year's calendar and settings, its alliances' people and what they owe, the centre.</summary>
internal static class ReminderStandings
{
    /// <summary>The year's calendar with its settings (the defaults when the centre set none).</summary>
    public static YearReminders CalendarOf(ReportingYear year, ReminderSettingsRow? settings) =>
        new(year.ProgrammeYear, Deadlines.All.ToDictionary(d => d, year.DateOf), SettingsOf(settings), year.IsClosed);

    public static ReminderSettings SettingsOf(ReminderSettingsRow? row) =>
        row is not null && ReminderSettings.TryCreate(row.DaysBefore, row.Hour, out var settings, out _) ? settings : ReminderSettings.Default;

    public static async Task<YearReminders?> CalendarAsync(ReportingDbContext db, int year, CancellationToken cancellationToken)
    {
        var stored = await db.Years.AsNoTracking().Include(y => y.Deadlines).SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        return stored is null ? null : CalendarOf(stored, await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Year == year, cancellationToken));
    }

    /// <summary>
    /// The alliances of the year (those reporting recorded a phase for, not terminated), each with its PI and approved
    /// assistants (disabled accounts left out) and the deadlines it owes.
    /// </summary>
    public static async Task<IReadOnlyList<AllianceStanding>> AlliancesAsync(ReportingDbContext db, ProgrammeYear year, CancellationToken cancellationToken)
    {
        var roc = year.Roc;
        var alliances = await (from phase in db.Phases.AsNoTracking()
                               where phase.Year == roc
                               join alliance in db.Alliances.AsNoTracking() on phase.AllianceId equals alliance.Id
                               where alliance.TerminatedOn == null
                               select new { alliance.Id, alliance.Code, alliance.Name, alliance.PiUserName }).ToListAsync(cancellationToken);
        var ids = alliances.Select(a => a.Id).ToArray();
        var targets = await db.Targets.AsNoTracking().Where(t => t.Year == roc && ids.Contains(t.AllianceId))
            .ToDictionaryAsync(t => t.AllianceId, t => t.Status, cancellationToken);
        var rounds = (await db.RoundReports.AsNoTracking().Where(r => r.Year == roc && ids.Contains(r.AllianceId))
            .Select(r => new { r.AllianceId, r.RoundId, r.Status }).ToListAsync(cancellationToken))
            .ToLookup(r => r.AllianceId);
        var piNames = alliances.Select(a => a.PiUserName).Distinct().ToArray();
        var pis = await db.People().Where(p => piNames.Contains(p.UserName) && !p.Disabled).ToDictionaryAsync(p => p.UserName, cancellationToken);
        var assistants = (await (from approval in db.Set<AssistantApproval>().AsNoTracking()
                                 where ids.Contains(approval.AllianceId)
                                 join known in db.People() on approval.UserId equals known.UserId into people
                                 from person in people.DefaultIfEmpty()
                                 where person == null || !person.Disabled
                                 select new { approval.AllianceId, approval.UserName, approval.Approved, DisplayName = person == null ? null : person.DisplayName, Email = person == null ? null : person.Email })
                                .ToListAsync(cancellationToken)).ToLookup(a => a.AllianceId);

        return
        [
            .. alliances.Select(a => new AllianceStanding(a.Id, a.Code, a.Name,
                ReminderPlan.PeopleOf(
                    pis.TryGetValue(a.PiUserName, out var pi) ? Person(pi.UserName, pi.DisplayName, pi.Email) : null,
                    assistants[a.Id].OrderBy(s => s.UserName, StringComparer.Ordinal).Select(s => (Person(s.UserName, s.DisplayName, s.Email), s.Approved))),
                Obligations.Owed(year, targets.GetValueOrDefault(a.Id, TargetStatus.NotStarted),
                    rounds[a.Id].Select(r => (Parsed: ReportRound.TryParse(r.RoundId, out var round) == RoundIdReading.Found ? round : null, r.Status))
                        .Where(r => r.Parsed is not null).ToDictionary(r => r.Parsed!.Kind, r => r.Status)))),
        ];
    }

    /// <summary>The centre administrators the overdue lists go to (accounts not disabled).</summary>
    public static async Task<IReadOnlyList<Recipient>> CentreAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        (await db.People().Where(p => p.Roles.Contains(Roles.CentreAdmin) && !p.Disabled).OrderBy(p => p.UserName).ToListAsync(cancellationToken))
        .Select(p => Person(p.UserName, p.DisplayName, p.Email)).ToArray();

    private static Recipient Person(string userName, string? displayName, string? email) =>
        new(userName, string.IsNullOrWhiteSpace(displayName) ? userName : displayName, string.IsNullOrWhiteSpace(email) ? null : email);
}
