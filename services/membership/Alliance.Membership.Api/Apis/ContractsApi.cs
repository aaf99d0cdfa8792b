using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>A member's contracts or MOUs (會員合約或備忘錄); changing one publishes MemberChanged.</summary>
public static class ContractsApi
{
    public static RouteGroupBuilder MapContractsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/members/{{memberId:guid}}/contracts").WithTags("Contracts");
        group.MapPost("/", AddContract).WithName(nameof(AddContract)).WithSummary("Adds a contract or MOU to a member.");
        group.MapPut("/{contractId:guid}", UpdateContract).WithName(nameof(UpdateContract)).WithSummary("Changes a contract (e.g. ends it early); send the version you read.");
        group.MapGet("/{contractId:guid}/history", GetContractHistory).WithName(nameof(GetContractHistory)).WithSummary("Who changed the contract, and when.");
        return group;
    }

    public static async Task<Created<ContractResponse>> AddContract(
        Guid allianceId, Guid memberId, ContractRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var member = await MemberChanges.LoadAsync(db, allianceId, memberId, cancellationToken);
        await CheckAsync(db, allianceId, request, cancellationToken);
        var contract = new MembershipContract { Id = Guid.CreateVersion7(), MemberId = memberId };
        Apply(contract, request);
        member.Contracts.Add(contract);
        db.Contracts.Add(contract);
        await MemberChanges.SaveAsync(db, member, joined: false,
            (MemberChanges.ContractHistory, contract.Id, "created", null, () => ContractResponse.From(contract)), caller, clock, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/members/{memberId}/contracts/{contract.Id}", ContractResponse.From(contract));
    }

    public static async Task<Ok<ContractResponse>> UpdateContract(
        Guid allianceId, Guid memberId, Guid contractId, ContractRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var member = await MemberChanges.LoadAsync(db, allianceId, memberId, cancellationToken);
        var contract = member.Contracts.SingleOrDefault(c => c.Id == contractId)
            ?? throw DomainException.NotFound(new("找不到此合約。", "No such contract."));
        if (DerivedMembership.RefusalToEdit(contract.Source) is { } refusal)
        {
            throw refusal.ToException();
        }

        contract.RequireVersion(request.Version);
        await CheckAsync(db, allianceId, request, cancellationToken);
        var before = ContractResponse.From(contract);
        Apply(contract, request);
        await MemberChanges.SaveAsync(db, member, joined: false,
            (MemberChanges.ContractHistory, contract.Id, "changed", before, () => ContractResponse.From(contract)), caller, clock, cancellationToken);
        return TypedResults.Ok(ContractResponse.From(contract));
    }

    public static async Task<Ok<ChangeEntry[]>> GetContractHistory(
        Guid allianceId, Guid memberId, Guid contractId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var exists = await db.Contracts.AnyAsync(c => c.Id == contractId && c.MemberId == memberId
            && db.Members.Any(m => m.Id == memberId && m.AllianceId == allianceId), cancellationToken);
        return exists
            ? TypedResults.Ok(await db.HistoryOfAsync(MemberChanges.ContractHistory, contractId.ToString(), cancellationToken))
            : throw DomainException.NotFound(new("找不到此合約。", "No such contract."));
    }

    private static void Apply(MembershipContract contract, ContractRequest request)
    {
        contract.Start = request.Start!.Value;
        contract.End = request.End!.Value;
        contract.FeeTierId = request.FeeTierId;
        contract.Paid = request.Paid;
        contract.Fee = request.Fee;
    }

    /// <summary>The period's own format (400), then the rules that tie fee, tier and paid together (422): the first broken one.</summary>
    private static async Task CheckAsync(MembershipDbContext db, Guid allianceId, ContractRequest request, CancellationToken cancellationToken)
    {
        var tierIsTheAlliances = request.FeeTierId is not { } tierId
            || await db.FeeTiers.AnyAsync(t => t.Id == tierId && t.AllianceId == allianceId, cancellationToken);
        if (ContractProblems.Check(request, tierIsTheAlliances) is [var first, ..])
        {
            throw first.ToException();
        }
    }
}
