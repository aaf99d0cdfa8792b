using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Reporting.Api.Apis;

/// <summary>A round's report as stored: null report before anything was saved (not-started, version 0); its draft texts; its latest submission.</summary>
internal sealed record RoundState(RoundReport? Report, IReadOnlyList<RoundText> Texts, Submission? Latest)
{
    public RoundStatus Status => Report?.Status ?? RoundStatus.NotStarted;

    public long Version => Report?.Version ?? VersionCheck.NotYetStored;

    /// <summary>The row's variance text as last typed; null when none was ever saved.</summary>
    public string? VarianceOf(string kpi) => Texts.FirstOrDefault(t => t.Section == RoundText.Variance && t.Key == kpi)?.Text;

    /// <summary>A narrative section as last typed; empty when none was saved.</summary>
    public string NarrativeOf(string key) => Texts.FirstOrDefault(t => t.Section == RoundText.Narrative && t.Key == key)?.Text ?? "";
}

/// <summary>
/// The steps every change to a round's report shares: the year may change (422 not opened, 409 closed); the round's
/// writes are taken one at a time (a transaction-scoped lock on the alliance and round), so a draft saved while the PI
/// submits lands wholly before or wholly after the frozen copy; the action may follow the status (409 with the
/// lifecycle's code); the version read is current (400, 409) where the action carries one. Then the change, its history
/// entry and its event are saved and committed together.
/// </summary>
internal static class RoundReports
{
    public const string History = "round-report";

    /// <summary>A lock of PostgreSQL's two-number space, apart from the relay's, the member copies' and the phases'.</summary>
    private const int RoundLockClass = 0x524E4450;

    public static string HistoryId(Guid allianceId, string roundId) => $"{allianceId}:{roundId}";

    public static async Task<RoundState> ReadAsync(ReportingDbContext db, Guid allianceId, string roundId, CancellationToken cancellationToken)
    {
        // One statement: the report with its texts and its latest submission beside it.
        var found = await db.RoundReports.AsNoTracking()
            .Where(r => r.AllianceId == allianceId && r.RoundId == roundId)
            .Select(r => new
            {
                Report = r,
                Texts = db.RoundTexts.Where(t => t.AllianceId == allianceId && t.RoundId == roundId).ToList(),
                Latest = db.Submissions.SingleOrDefault(s => s.AllianceId == allianceId && s.RoundId == roundId && s.Number == r.Submissions),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? new RoundState(null, [], null) : new RoundState(found.Report, found.Texts, found.Latest);
    }

    /// <summary>403 unless the caller is the alliance's PI, as reporting's roster names it: an assistant never confirms a submission.</summary>
    public static async Task RequirePiAsync(ReportingDbContext db, Caller caller, Guid allianceId, CancellationToken cancellationToken)
    {
        var pi = await db.Alliances.AsNoTracking().Where(a => a.Id == allianceId).Select(a => a.PiUserName).SingleOrDefaultAsync(cancellationToken);
        if (!caller.Roles.Contains(Roles.Pi) || pi is null || pi != caller.UserName)
        {
            throw DomainException.Forbidden(RoundMessages.PiOnly);
        }
    }

    /// <summary>Starts a change: the report (a new one when none is stored) moved to the status the action leads to.</summary>
    /// <param name="version">the version read, checked when <paramref name="checkVersion"/>; drafts carry none (the last write wins)</param>
    public static async Task<RoundChange> BeginAsync(
        ReportingDbContext db, Guid allianceId, ReportRound round, RoundAction action, bool checkVersion, long? version, CancellationToken cancellationToken)
    {
        var year = await Guards.YearOfChangeAsync(db, round.Year.Roc, cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var key = HistoryId(allianceId, round.Id);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RoundLockClass}, hashtext({key}))", cancellationToken);
            var stored = await db.RoundReports.SingleOrDefaultAsync(r => r.AllianceId == allianceId && r.RoundId == round.Id, cancellationToken);
            var before = stored?.Status ?? RoundStatus.NotStarted;
            var transition = RoundLifecycle.Next(before, action);
            if (transition.Refusal is { } code)
            {
                throw RoundMessages.Refused(code);
            }

            if (checkVersion)
            {
                stored.RequireVersion(version);
            }

            var report = stored ?? db.RoundReports.Add(new RoundReport { AllianceId = allianceId, RoundId = round.Id, Year = round.Year.Roc }).Entity;
            report.Status = transition.Next!.Value;
            var latest = report.Submissions == 0 ? null : await db.Submissions
                .SingleAsync(s => s.AllianceId == allianceId && s.RoundId == round.Id && s.Number == report.Submissions, cancellationToken);
            return new RoundChange(db, transaction, year, round, report, before, latest);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}

/// <summary>One change to a round's report under way, inside its transaction and lock: saved once, or disposed (rolled back).</summary>
/// <param name="Before">the status before the change</param>
/// <param name="Latest">the latest submission, tracked; null before the first</param>
internal sealed record RoundChange(
    ReportingDbContext Db, IDbContextTransaction Transaction, ReportingYear Year, ReportRound Round, RoundReport Report, RoundStatus Before, Submission? Latest)
    : IAsyncDisposable
{
    /// <summary>Stages <paramref name="text"/> as the draft of <paramref name="section"/>'s <paramref name="key"/>; returns the text it replaces (null when none).</summary>
    public async Task<string?> WriteTextAsync(string section, string key, string text, Caller caller, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stored = await Db.RoundTexts.SingleOrDefaultAsync(
            t => t.AllianceId == Report.AllianceId && t.RoundId == Report.RoundId && t.Section == section && t.Key == key, cancellationToken);
        var before = stored?.Text;
        if (stored is null)
        {
            Db.RoundTexts.Add(new RoundText
            {
                AllianceId = Report.AllianceId, RoundId = Report.RoundId, Section = section, Key = key, Text = text, ChangedBy = caller.UserName, ChangedAt = at,
            });
        }
        else
        {
            stored.Text = text;
            stored.ChangedBy = caller.UserName;
            stored.ChangedAt = at;
        }

        return before;
    }

    /// <summary>Records the history entry, saves and commits; 409 when another writer changed the report meanwhile.</summary>
    public async Task SaveAsync(string action, Caller caller, DateTimeOffset at, object? before, object? after, CancellationToken cancellationToken)
    {
        Db.RecordChange(RoundReports.History, RoundReports.HistoryId(Report.AllianceId, Report.RoundId), action, caller.UserName, at, before, after);
        await Db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        await Transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => Transaction.DisposeAsync();
}
