using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>An alliance's members (聯盟會員), kept by its PI and assistants.</summary>
public static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/members").WithTags("Members");
        group.MapGet("/", ListMembers).WithName(nameof(ListMembers)).WithSummary("The alliance's members with their contracts.");
        group.MapPost("/", AddMember).WithName(nameof(AddMember)).WithSummary("Adds a member; publishes MemberJoined.");
        group.MapGet("/{memberId:guid}", GetMember).WithName(nameof(GetMember)).WithSummary("One member with its contracts.");
        group.MapPut("/{memberId:guid}", UpdateMember).WithName(nameof(UpdateMember)).WithSummary("Changes a member; send the version you read.");
        group.MapDelete("/{memberId:guid}", RemoveMember).WithName(nameof(RemoveMember))
            .WithSummary("Removes a member entered by mistake, with its contracts; send ?version= you read. Publishes MemberLeft.");
        group.MapGet("/{memberId:guid}/history", GetMemberHistory).WithName(nameof(GetMemberHistory)).WithSummary("Who changed the member, and when.");
        return group;
    }

    public static async Task<Ok<MemberResponse[]>> ListMembers(Guid allianceId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var members = await db.Members.AsNoTracking().Include(m => m.Contracts)
            .Where(m => m.AllianceId == allianceId).OrderBy(m => m.Name).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(members.Select(MemberResponse.From).ToArray());
    }

    public static async Task<Ok<MemberResponse>> GetMember(Guid allianceId, Guid memberId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        return TypedResults.Ok(MemberResponse.From(await MemberChanges.LoadAsync(db, allianceId, memberId, cancellationToken)));
    }

    public static async Task<Created<MemberResponse>> AddMember(
        Guid allianceId, MemberRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var input = CheckedMember.From(request);
        await MemberChanges.RequireUniqueRegistrationAsync(db, allianceId, input.RegistrationNumber, null, cancellationToken);
        var member = new Member { Id = Guid.CreateVersion7(), AllianceId = allianceId, Name = input.Name, CreatedAt = clock.GetUtcNow() };
        input.ApplyTo(member);
        db.Members.Add(member);
        await MemberChanges.SaveAsync(db, member, joined: true,
            (MemberChanges.MemberHistory, member.Id, "created", null, () => MemberResponse.From(member)), caller, clock, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/members/{member.Id}", MemberResponse.From(member));
    }

    public static async Task<Ok<MemberResponse>> UpdateMember(
        Guid allianceId, Guid memberId, MemberRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var member = await MemberChanges.LoadAsync(db, allianceId, memberId, cancellationToken);
        member.RequireVersion(request.Version);
        var input = CheckedMember.From(request);
        await MemberChanges.RequireUniqueRegistrationAsync(db, allianceId, input.RegistrationNumber, memberId, cancellationToken);
        var before = MemberResponse.From(member);
        input.ApplyTo(member);
        await MemberChanges.SaveAsync(db, member, joined: false,
            (MemberChanges.MemberHistory, member.Id, "changed", before, () => MemberResponse.From(member)), caller, clock, cancellationToken);
        return TypedResults.Ok(MemberResponse.From(member));
    }

    /// <summary>
    /// A member whose membership ended is kept (end its contract instead); removal is for a member
    /// that should never have been entered. Its history stays readable at the member's path.
    /// </summary>
    public static async Task<NoContent> RemoveMember(
        Guid allianceId, Guid memberId, long? version, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var member = await MemberChanges.LoadAsync(db, allianceId, memberId, cancellationToken);
        if (version is null)
        {
            throw DomainException.Invalid("version", new("請以 ?version= 附上讀到的版本。", "Send the version you read as ?version=."));
        }

        if (DerivedMembership.RefusalToRemove(member.Contracts.Select(c => c.Source)) is { } refusal)
        {
            throw refusal.ToException();
        }

        member.RequireVersion(version);
        await MemberChanges.RemoveAsync(db, member, caller, clock, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<ChangeEntry[]>> GetMemberHistory(Guid allianceId, Guid memberId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var history = await db.HistoryOfAsync(MemberChanges.MemberHistory, memberId.ToString(), cancellationToken);
        var belongs = await db.Members.AnyAsync(m => m.Id == memberId && m.AllianceId == allianceId, cancellationToken)
            || (history.Length > 0 && MemberChanges.WasRemovedFrom(history, allianceId));
        return belongs ? TypedResults.Ok(history) : throw Guards.MemberNotFound();
    }
}
