using Alliance.Contracts.Membership;
using Alliance.Membership.Api.Data;
using Alliance.Messaging;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>
/// How every change to a member or its contracts is saved: the change, its history entry and the
/// member's event in one transaction; a concurrent edit is refused as stale and changes nothing.
/// </summary>
internal static class MemberChanges
{
    public const string MemberHistory = "member";
    public const string ContractHistory = "contract";

    public static async Task<Member> LoadAsync(MembershipDbContext db, Guid allianceId, Guid memberId, CancellationToken cancellationToken) =>
        await db.Members.Include(m => m.Contracts).SingleOrDefaultAsync(m => m.Id == memberId && m.AllianceId == allianceId, cancellationToken)
        ?? throw Guards.MemberNotFound();

    /// <param name="history">the record whose history gets the entry: the member itself, or one of its contracts</param>
    public static async Task SaveAsync(
        MembershipDbContext db, Member member, bool joined, (string Type, Guid Id, string Action, object? Before, Func<object> After) history,
        Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        AdvanceVersions(db, member);
        db.RecordChange(history.Type, history.Id.ToString(), history.Action, caller.UserName, now, history.Before, history.After());
        var state = MemberEvents.StateOf(member);
        if (joined)
        {
            db.AddEvent(new MemberJoined { EventId = Guid.CreateVersion7(), OccurredAt = now, Member = state });
        }
        else
        {
            db.AddEvent(new MemberChanged { EventId = Guid.CreateVersion7(), OccurredAt = now, Member = state });
        }

        await db.SaveOrConflictAsync(cancellationToken, duplicate: DuplicateRegistration(member.RegistrationNumber));
    }

    /// <summary>
    /// Raises the versions of what changed, and the member's with any change to it or its contracts:
    /// its events carry that version, and consumers keep only the newest state.
    /// </summary>
    public static void AdvanceVersions(MembershipDbContext db, Member member)
    {
        db.AdvanceVersions();
        db.AdvanceVersion(member);
    }

    /// <summary>
    /// Removes a member and its contracts, with a "removed" entry in the member's history (the member
    /// as it was) and MemberLeft, in one transaction.
    /// </summary>
    public static async Task RemoveAsync(MembershipDbContext db, Member member, Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var before = MemberResponse.From(member);
        db.Contracts.RemoveRange(member.Contracts);
        db.Members.Remove(member);
        db.RecordChange(MemberHistory, member.Id.ToString(), Removed, caller.UserName, now, before, null);
        // One past the member's last version: later than every state of it any consumer holds.
        db.AddEvent(new MemberLeft { EventId = Guid.CreateVersion7(), OccurredAt = now, MemberId = member.Id, AllianceId = member.AllianceId, Version = member.Version + 1 });
        await db.SaveOrConflictAsync(cancellationToken);
    }

    public const string Removed = "removed";

    /// <summary>Whether <paramref name="history"/> ends with the member's removal from <paramref name="allianceId"/>.</summary>
    public static bool WasRemovedFrom(IReadOnlyList<ChangeEntry> history, Guid allianceId) =>
        history[^1] is { Action: Removed, Before: { } before }
        && before.TryGetProperty("allianceId", out var alliance) && alliance.TryGetGuid(out var id) && id == allianceId;

    /// <summary>
    /// Saves many new members (each with at most its new contracts; not added to <paramref name="db"/>)
    /// in one transaction: the rows, a "created" history entry for each member and contract, and one
    /// MemberJoined per member, each table written by one COPY, which stores every row at its first version.
    /// </summary>
    public static async Task SaveJoinedAsync(
        MembershipDbContext db, IReadOnlyList<Member> members, Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A unique violation here is another writer adding one of the numbers since the sheet was checked.
        await Conflicts.WriteOrConflictAsync(async () =>
        {
            await db.CopyAsync(members, cancellationToken);
            await db.CopyAsync(members.SelectMany(m => m.Contracts).ToList(), cancellationToken);
        }, duplicate: DuplicateRegistration(null));

        var history = new List<ChangeRecord>(members.Count * 2);
        foreach (var member in members)
        {
            var stored = MemberResponse.From(member);
            history.Add(ChangeHistory.Change(MemberHistory, member.Id.ToString(), "created", caller.UserName, now, null, stored));
            history.AddRange(stored.Contracts.Select(contract =>
                ChangeHistory.Change(ContractHistory, contract.Id.ToString(), "created", caller.UserName, now, null, contract)));
        }

        await db.RecordChangesAsync(history, cancellationToken);
        await db.AddEventsAsync(members.Select(member =>
            new MemberJoined { EventId = Guid.CreateVersion7(), OccurredAt = now, Member = MemberEvents.StateOf(member) }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task RequireUniqueRegistrationAsync(MembershipDbContext db, Guid allianceId, string? registrationNumber, Guid? except, CancellationToken cancellationToken)
    {
        if (registrationNumber is not null
            && await db.Members.AnyAsync(m => m.AllianceId == allianceId && m.RegistrationNumber == registrationNumber && m.Id != except, cancellationToken))
        {
            throw DuplicateRegistration(registrationNumber);
        }
    }

    private static DomainException DuplicateRegistration(string? number) => number is null
        ? DomainException.Conflict("registrationNumber", new("有統一編號已是此聯盟的會員。", "A registration number is already a member of this alliance."))
        : DomainException.Conflict("registrationNumber", new($"統一編號 {number} 已是此聯盟的會員。", $"Registration number {number} is already a member of this alliance."));
}
