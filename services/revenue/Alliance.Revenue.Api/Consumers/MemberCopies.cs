using Alliance.Contracts.Membership;
using Alliance.Revenue.Api.Apis;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Consumers;

/// <summary>Revenue's copy of membership's members, and what a new state of one means for the entries naming it.</summary>
internal static class MemberCopies
{
    /// <summary>The actor history shows for changes revenue makes itself, on a member's news.</summary>
    public const string SystemActor = "revenue";

    /// <summary>
    /// Stores <paramref name="state"/> unless the copy already holds that version or a newer one
    /// (events may arrive out of order), then re-checks every entry that names the member: pending
    /// ones are decided, accepted ones that no longer qualify are flagged, flagged ones that qualify
    /// again are accepted. Each entry that changes gets a history entry and IncomeCorrected.
    /// </summary>
    public static async Task ApplyAsync(RevenueDbContext db, MemberState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LockMemberAsync(db, state.MemberId, cancellationToken);
        var copy = await db.Members.SingleOrDefaultAsync(m => m.Id == state.MemberId, cancellationToken);
        if (copy is not null && copy.SourceVersion >= state.Version)
        {
            if (copy.IsRemovedBeforeKnown)
            {
                // Its removal came first: the older state still tells who it was, not that it is a member.
                Describe(state, copy);
                await ReassessEntriesAsync(db, copy, now, cancellationToken);
            }

            return;
        }

        if (copy is null)
        {
            copy = new MemberCopy { Id = state.MemberId, Name = state.Name };
            db.Members.Add(copy);
        }

        Copy(state, copy);
        await ReassessEntriesAsync(db, copy, now, cancellationToken);
    }

    private static async Task ReassessEntriesAsync(RevenueDbContext db, MemberCopy copy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = await db.Incomes
            .Where(i => i.CounterpartyMemberId == copy.Id && i.Status != IncomeStatus.Voided)
            .ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var before = IncomeResponses.From(entry, language: null);
            if (IncomeEvaluation.Reassess(entry, copy))
            {
                IncomeChanges.Stage(db, entry, IncomeChanges.Kind.StatusChanged, before, entry.Reason ?? "member-qualifies", SystemActor, now);
            }
        }
    }

    /// <summary>
    /// The member was removed from its alliance: the copy keeps its name and kind (entries naming it
    /// still show them) but no longer makes it a member or holds contracts, and every entry naming it
    /// is checked again. When revenue had not heard of the member yet, a copy without details is made,
    /// so the MemberJoined still on its way only describes it and never makes it a member again.
    /// </summary>
    public static async Task ApplyLeftAsync(RevenueDbContext db, MemberLeft left, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LockMemberAsync(db, left.MemberId, cancellationToken);
        var copy = await db.Members.SingleOrDefaultAsync(m => m.Id == left.MemberId, cancellationToken);
        if (copy is not null && copy.SourceVersion >= left.Version)
        {
            return;
        }

        var known = copy is not null;
        copy ??= db.Members.Add(new MemberCopy { Id = left.MemberId, AllianceId = left.AllianceId, Name = "", MemberKind = MemberKind.Other }).Entity;
        copy.Contracts = [];
        copy.LeftAt = left.OccurredAt;
        copy.SourceVersion = left.Version;
        if (known)
        {
            await ReassessEntriesAsync(db, copy, now, cancellationToken);
        }
    }

    /// <summary>
    /// MemberJoined, MemberChanged and MemberLeft arrive on their own queues and are consumed side by
    /// side: without this, two of them could both find no copy of a member and both insert it, and one
    /// would fail on the key and go round the retries. The lock lasts until the consumer's transaction ends.
    /// </summary>
    private static Task LockMemberAsync(RevenueDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MemberLockClass}, {memberId.GetHashCode()})", cancellationToken);

    /// <summary>The two-number lock space is PostgreSQL's other one than the relay's single-number lock; this class names member copies in it.</summary>
    private const int MemberLockClass = 0x4D454D42;

    private static void Copy(MemberState state, MemberCopy copy)
    {
        Describe(state, copy);
        copy.Contracts = state.Contracts
            .Select(c => new MemberContractCopy { ContractId = c.ContractId, Start = c.Start, End = c.End, Paid = c.Paid, Source = c.Source })
            .ToList();
        copy.SourceVersion = state.Version;
    }

    private static void Describe(MemberState state, MemberCopy copy)
    {
        copy.AllianceId = state.AllianceId;
        copy.Name = state.Name;
        copy.OrganisationKind = OrganisationKinds.TryParse(state.OrganisationKind, out var kind) ? kind : OrganisationKind.OtherOrganisation;
        copy.MemberKind = Enum.TryParse<MemberKind>(state.MemberKind, ignoreCase: true, out var memberKind) ? memberKind : MemberKind.Other;
        copy.RegistrationNumber = state.RegistrationNumber;
        copy.County = state.County;
    }
}
