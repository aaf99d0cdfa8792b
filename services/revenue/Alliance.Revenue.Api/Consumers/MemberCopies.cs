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
            return;
        }

        if (copy is null)
        {
            copy = new MemberCopy { Id = state.MemberId, Name = state.Name };
            db.Members.Add(copy);
        }

        Copy(state, copy);
        var entries = await db.Incomes
            .Where(i => i.CounterpartyMemberId == state.MemberId && i.Status != IncomeStatus.Voided)
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
    /// MemberJoined and MemberChanged arrive on two queues and are consumed side by side: without this,
    /// both would find no copy of a new member and both insert it, and one would fail on the key and go
    /// round the retries. The lock lasts until the consumer's transaction ends.
    /// </summary>
    private static Task LockMemberAsync(RevenueDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MemberLockClass}, {memberId.GetHashCode()})", cancellationToken);

    /// <summary>The two-number lock space is PostgreSQL's other one than the relay's single-number lock; this class names member copies in it.</summary>
    private const int MemberLockClass = 0x4D454D42;

    private static void Copy(MemberState state, MemberCopy copy)
    {
        copy.AllianceId = state.AllianceId;
        copy.Name = state.Name;
        copy.OrganisationKind = OrganisationKinds.TryParse(state.OrganisationKind, out var kind) ? kind : OrganisationKind.OtherOrganisation;
        copy.MemberKind = Enum.TryParse<MemberKind>(state.MemberKind, ignoreCase: true, out var memberKind) ? memberKind : MemberKind.Other;
        copy.RegistrationNumber = state.RegistrationNumber;
        copy.County = state.County;
        copy.Contracts = state.Contracts
            .Select(c => new MemberContractCopy { ContractId = c.ContractId, Start = c.Start, End = c.End, Paid = c.Paid, Source = c.Source })
            .ToList();
        copy.SourceVersion = state.Version;
    }
}
