using Alliance.Contracts.Membership;
using Alliance.Contracts.Revenue;
using Alliance.Membership.Api.Apis;
using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Consumers;

/// <summary>
/// Keeps the memberships derived from revenue's cooperation projects: one contract per project
/// (its id is the project's), with source cooperation-project, free, over the project's period.
/// The project's version guards against an older state arriving after a newer one.
/// </summary>
internal sealed class DerivedMemberships(MembershipDbContext db, TimeProvider clock)
{
    public const string CooperationCategory = "industry-academia-cooperation";

    /// <summary>The history's "who" for changes made on revenue's word rather than a user's.</summary>
    private const string Actor = "revenue";

    public async Task ApplyAsync(CooperationProjectRecorded project, CancellationToken cancellationToken)
    {
        var existing = await db.Contracts.SingleOrDefaultAsync(c => c.Id == project.ProjectId, cancellationToken);
        if (existing is { SourceVersion: { } seen } && seen >= project.Version)
        {
            return;
        }

        if (!Qualifies(project))
        {
            if (existing is not null)
            {
                await RemoveAsync(existing, cancellationToken);
            }

            return;
        }

        if (!await IsOpenAllianceAsync(project.AllianceId, cancellationToken))
        {
            return;
        }

        var member = existing is not null
            ? await LoadMemberAsync(existing.MemberId, cancellationToken)
            : await FindMemberAsync(project, cancellationToken);
        var joined = member is null;
        member ??= NewMember(project);

        var contract = existing;
        object? before = contract is null ? null : ContractResponse.From(contract);
        if (contract is null)
        {
            contract = new MembershipContract { Id = project.ProjectId, MemberId = member.Id, Source = ContractSource.CooperationProject };
            member.Contracts.Add(contract);
            db.Contracts.Add(contract);
        }

        contract.Start = project.PeriodStart;
        contract.End = project.PeriodEnd;
        contract.Paid = false;
        contract.Fee = 0;
        contract.FeeTierId = null;
        contract.SourceVersion = project.Version;
        Publish(member, joined, contract, before is null ? "created" : "changed", before);
    }

    public async Task WithdrawAsync(Guid projectId, long version, CancellationToken cancellationToken)
    {
        var existing = await db.Contracts.SingleOrDefaultAsync(c => c.Id == projectId, cancellationToken);
        if (existing is not null && (existing.SourceVersion ?? 0) <= version)
        {
            await RemoveAsync(existing, cancellationToken);
        }
    }

    private static bool Qualifies(CooperationProjectRecorded project) =>
        project.ConcernsCoreTechnology && project.SignedByPi
        && OrganisationKinds.TryParse(project.OrganisationKind, out var kind) && MemberClassification.KindOf(kind) == MemberKind.Firm
        && project.PeriodStart <= project.PeriodEnd;

    private async Task RemoveAsync(MembershipContract contract, CancellationToken cancellationToken)
    {
        var member = await LoadMemberAsync(contract.MemberId, cancellationToken)
            ?? throw new InvalidOperationException($"Contract {contract.Id} has no member.");
        var before = ContractResponse.From(contract);
        member.Contracts.Remove(contract);
        db.Contracts.Remove(contract);
        Publish(member, joined: false, contract, "removed", before);
    }

    private Task<bool> IsOpenAllianceAsync(Guid allianceId, CancellationToken cancellationToken) =>
        db.Alliances.AnyAsync(a => a.Id == allianceId && a.TerminatedOn == null, cancellationToken);

    private Task<Member?> LoadMemberAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Members.Include(m => m.Contracts).SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);

    /// <summary>The firm as already a member: by the id revenue named, else its registration number, else its exact name.</summary>
    private async Task<Member?> FindMemberAsync(CooperationProjectRecorded project, CancellationToken cancellationToken)
    {
        var members = db.Members.Include(m => m.Contracts).Where(m => m.AllianceId == project.AllianceId);
        if (project.MemberId is { } memberId && await members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken) is { } named)
        {
            return named;
        }

        return project.RegistrationNumber is { } number
            ? await members.SingleOrDefaultAsync(m => m.RegistrationNumber == number, cancellationToken)
            : await members.FirstOrDefaultAsync(m => m.RegistrationNumber == null && m.Name == project.FirmName.Trim(), cancellationToken);
    }

    private Member NewMember(CooperationProjectRecorded project)
    {
        OrganisationKinds.TryParse(project.OrganisationKind, out var kind);
        var member = new Member
        {
            Id = Guid.CreateVersion7(),
            AllianceId = project.AllianceId,
            Name = project.FirmName.Trim(),
            Kind = kind,
            RegistrationNumber = project.RegistrationNumber,
            County = Counties.Normalise(project.County),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Members.Add(member);
        return member;
    }

    private void Publish(Member member, bool joined, MembershipContract contract, string action, object? before)
    {
        var now = clock.GetUtcNow();
        MemberChanges.AdvanceVersions(db, member);
        if (joined)
        {
            db.RecordChange(MemberChanges.MemberHistory, member.Id.ToString(), "created", Actor, now, null, MemberResponse.From(member));
        }

        db.RecordChange(MemberChanges.ContractHistory, contract.Id.ToString(), action, Actor, now, before,
            action == "removed" ? null : ContractResponse.From(contract));
        var state = MemberEvents.StateOf(member);
        if (joined)
        {
            db.AddEvent(new MemberJoined { EventId = Guid.CreateVersion7(), OccurredAt = now, Member = state });
        }
        else
        {
            db.AddEvent(new MemberChanged { EventId = Guid.CreateVersion7(), OccurredAt = now, Member = state });
        }
    }
}
