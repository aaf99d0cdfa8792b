using System.Globalization;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// The steps every change to a year's targets shares: the year may change (422 not opened, 409 closed), the action may
/// follow the status (422 with the lifecycle's code), the version read is current (400, 409); then the change, its
/// history entry (before and after) and the new version are saved together.
/// </summary>
internal static class TargetRecords
{
    public const string History = "targets";

    public static string HistoryId(Guid allianceId, int year) => $"{allianceId}:{year.ToString(CultureInfo.InvariantCulture)}";

    public static Task<AllianceTargets?> FindAsync(ReportingDbContext db, Guid allianceId, int year, CancellationToken cancellationToken) =>
        db.Targets.Include(t => t.Exceptions).SingleOrDefaultAsync(t => t.AllianceId == allianceId && t.Year == year, cancellationToken);

    public static async Task<TargetsResponse> ResponseAsync(
        ReportingDbContext db, Guid allianceId, int year, AllianceTargets? stored, CultureInfo? language, CancellationToken cancellationToken)
    {
        var context = await TargetContext.LoadAsync(db, allianceId, year, cancellationToken);
        var opened = await db.Years.AsNoTracking().Include(y => y.Deadlines).SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        var deadlineCode = TargetLifecycle.DeadlineOfSubmission(stored?.Status ?? TargetStatus.NotStarted);
        var deadline = opened?.DateOf(deadlineCode) ?? Deadlines.DefaultOf(deadlineCode, ProgrammeYear.Create(year));
        return TargetsResponse.From(allianceId, year, stored, context, deadline, language);
    }

    /// <summary>Starts a change: the stored targets (a new not-started record when none), moved to the status the action leads to.</summary>
    public static async Task<TargetChange> BeginAsync(
        ReportingDbContext db, Guid allianceId, int year, TargetAction action, long? version, CancellationToken cancellationToken)
    {
        var openYear = await Guards.YearOfChangeAsync(db, year, cancellationToken);
        var stored = await FindAsync(db, allianceId, year, cancellationToken);
        var current = stored?.Status ?? TargetStatus.NotStarted;
        var transition = TargetLifecycle.Next(current, action);
        if (transition.Refusal is { } code)
        {
            throw DomainException.RuleViolated("status", TargetMessages.Lifecycle(code), code);
        }

        stored.RequireVersion(version);
        var before = stored is null ? null : await ResponseAsync(db, allianceId, year, stored, language: null, cancellationToken);
        var targets = stored ?? db.Targets.Add(new AllianceTargets { AllianceId = allianceId, Year = year }).Entity;
        targets.Status = transition.Next!.Value;
        return new TargetChange(db, openYear, targets, current, before);
    }

    /// <summary>The notes of a return by KPI code: at least one, each 1–1,000 characters; 400 naming <c>notes.{kpi}</c> otherwise.</summary>
    public static Dictionary<string, string> ReadNotes(Dictionary<string, string> notes)
    {
        var errors = new Dictionary<string, LocalizedText[]>();
        var read = new Dictionary<string, string>();
        foreach (var (code, text) in notes)
        {
            var field = code.Length <= 40 && code.All(c => char.IsAsciiLetterLower(c) || c == '-') ? $"notes.{code}" : "notes";
            if (!TargetKpis.TryParse(code, out _))
            {
                errors[field] = [new("不是可設定目標值的指標代碼。", "Not the code of a KPI with a target.")];
            }
            else if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 1000)
            {
                errors[field] = [new("說明須為 1 至 1,000 字。", "A note is 1 to 1,000 characters.")];
            }
            else
            {
                read[code] = text.Trim();
            }
        }

        if (notes.Count == 0)
        {
            errors["notes"] = [new("退回時請至少為一項指標寫下說明。", "A return needs a note for at least one KPI.")];
        }

        return errors.Count == 0 ? read : throw new DomainException(ErrorCode.Invalid, InputMessages.Title, errors);
    }
}

/// <summary>One change to a year's targets under way: what <see cref="TargetRecords.BeginAsync"/> found, to be saved once.</summary>
/// <param name="Before">the status before the change</param>
/// <param name="BeforeResponse">the targets before, for the history; null when none were stored</param>
internal sealed record TargetChange(ReportingDbContext Db, ReportingYear Year, AllianceTargets Targets, TargetStatus Before, TargetsResponse? BeforeResponse)
{
    public void Audited(Caller caller, TimeProvider clock)
    {
        Targets.AuditedAt = clock.GetUtcNow();
        Targets.AuditedBy = caller.UserName;
    }

    /// <summary>Raises the version, records the history entry and saves; 409 when another writer changed the targets meanwhile.</summary>
    public async Task<TargetsResponse> SaveAsync(string action, Caller caller, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        Db.AdvanceVersion(Targets);
        var after = await TargetRecords.ResponseAsync(Db, Targets.AllianceId, Targets.Year, Targets, language: null, cancellationToken);
        Db.RecordChange(TargetRecords.History, TargetRecords.HistoryId(Targets.AllianceId, Targets.Year), action, caller.UserName, clock.GetUtcNow(), BeforeResponse, after);
        // Two first saves of one year meet on the key: the later one read a version that is no longer current.
        await Db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return await TargetRecords.ResponseAsync(Db, Targets.AllianceId, Targets.Year, Targets, RequestLanguage.Of(http), cancellationToken);
    }
}
