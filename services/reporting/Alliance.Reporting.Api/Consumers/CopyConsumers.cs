using Alliance.Contracts;
using Alliance.Contracts.Activity;
using Alliance.Contracts.Revenue;
using Alliance.Messaging.Inbox;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Consumers;

/// <summary>
/// Applies one event to a copy with <see cref="CopyVersions.Merge"/>, under a lock on the record: the events of one
/// record arrive on their own queues and are consumed side by side, and two of them could otherwise both find no
/// copy and both insert it. The inbox makes a redelivered event change nothing.
/// </summary>
public abstract class CopyConsumer<TEvent, TCopy>(ReportingDbContext db, TimeProvider clock) : InboxConsumer<TEvent, ReportingDbContext>(db, clock)
    where TEvent : class, IIntegrationEvent
    where TCopy : class, IVersionedCopy
{
    /// <summary>A lock class of PostgreSQL's two-number space, apart from the relay's, the member copies' and the phases'.</summary>
    private const int CopyLockClass = 0x434F5059;

    protected abstract object[] KeyOf(TEvent message);

    /// <summary>The state the event describes, given the copy held (a void completes what it does not carry from it).</summary>
    protected abstract TCopy StateOf(TEvent message, TCopy? held);

    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken)
    {
        var key = KeyOf(message);
        // Guid's and int's hash codes are fixed (not seeded per process), so every instance takes the same lock; a string's are
        // seeded, so a string part (a domain's code) is hashed by its characters instead.
        var lockId = key.Aggregate(17, (hash, part) => unchecked((hash * 31) + (part is string text ? StableHash(text) : part.GetHashCode())));
        await Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CopyLockClass}, {lockId})", cancellationToken);
        var held = await Db.Set<TCopy>().FindAsync(key, cancellationToken);
        // The states are immutable: the held one is replaced only by copying the newer one's values onto the tracked row.
        var merged = CopyVersions.Merge(held, StateOf(message, held));
        if (held is null)
        {
            Db.Add(merged);
        }
        else if (!ReferenceEquals(merged, held))
        {
            Db.Entry(held).CurrentValues.SetValues(merged);
        }
    }

    private static int StableHash(string text) => text.Aggregate(23, (hash, c) => unchecked((hash * 31) + c));
}

public sealed class IncomeRecordedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<IncomeRecorded, IncomeCopy>(db, clock)
{
    protected override object[] KeyOf(IncomeRecorded message) => [message.Income.IncomeId];

    protected override IncomeCopy StateOf(IncomeRecorded message, IncomeCopy? held) => CopyStates.Of(message.Income);
}

public sealed class IncomeCorrectedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<IncomeCorrected, IncomeCopy>(db, clock)
{
    protected override object[] KeyOf(IncomeCorrected message) => [message.Income.IncomeId];

    protected override IncomeCopy StateOf(IncomeCorrected message, IncomeCopy? held) => CopyStates.Of(message.Income);
}

public sealed class IncomeVoidedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<IncomeVoided, IncomeCopy>(db, clock)
{
    protected override object[] KeyOf(IncomeVoided message) => [message.IncomeId];

    protected override IncomeCopy StateOf(IncomeVoided message, IncomeCopy? held) =>
        (held ?? new IncomeCopy { Id = message.IncomeId, AllianceId = message.AllianceId, Year = message.Year, Category = message.Category, Status = "", Version = 0 })
        with { Status = CopyStates.Voided, Version = message.Version };
}

public sealed class SubsidySetConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<SubsidySet, SubsidyCopy>(db, clock)
{
    protected override object[] KeyOf(SubsidySet message) => [message.AllianceId, message.Year];

    protected override SubsidyCopy StateOf(SubsidySet message, SubsidyCopy? held) =>
        new() { AllianceId = message.AllianceId, Year = message.Year, Amount = message.Amount, Version = message.Version };
}

public sealed class ActivityRecordedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<ActivityRecorded, ActivityCopy>(db, clock)
{
    protected override object[] KeyOf(ActivityRecorded message) => [message.Activity.ActivityId];

    protected override ActivityCopy StateOf(ActivityRecorded message, ActivityCopy? held) => CopyStates.Of(message.Activity);
}

public sealed class ActivityCorrectedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<ActivityCorrected, ActivityCopy>(db, clock)
{
    protected override object[] KeyOf(ActivityCorrected message) => [message.Activity.ActivityId];

    protected override ActivityCopy StateOf(ActivityCorrected message, ActivityCopy? held) => CopyStates.Of(message.Activity);
}

public sealed class ActivityVoidedConsumer(ReportingDbContext db, TimeProvider clock) : CopyConsumer<ActivityVoided, ActivityCopy>(db, clock)
{
    protected override object[] KeyOf(ActivityVoided message) => [message.Activity.ActivityId];

    protected override ActivityCopy StateOf(ActivityVoided message, ActivityCopy? held) => CopyStates.Of(message.Activity) with { Status = CopyStates.Voided };
}

internal static class CopyStates
{
    public const string Voided = "voided";

    public static IncomeCopy Of(IncomeState income) => new()
    {
        Id = income.IncomeId, AllianceId = income.AllianceId, Year = income.Year, Category = income.Category,
        CounterpartyMemberId = income.CounterpartyMemberId, CounterpartyName = income.CounterpartyName,
        Date = income.Date, Amount = income.Amount, Status = income.Status, Version = income.Version,
    };

    public static ActivityCopy Of(ActivityState activity) => new()
    {
        Id = activity.ActivityId, AllianceId = activity.AllianceId, Year = activity.Year, Type = activity.Type, Kind = activity.Kind,
        Date = activity.Date, MemberId = activity.MemberId, Figure = activity.Figure, Status = activity.Status, Version = activity.Version,
    };
}
