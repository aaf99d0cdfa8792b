using System.ComponentModel.DataAnnotations;
using Alliance.Membership.Api.Data;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>An alliance's fee tiers (分級會費), kept by its PI and assistants.</summary>
public static class FeeTiersApi
{
    private const string HistoryType = "fee-tier";

    public static RouteGroupBuilder MapFeeTiersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/fee-tiers").WithTags("Fee tiers");
        group.MapGet("/", ListFeeTiers).WithName(nameof(ListFeeTiers)).WithSummary("The alliance's fee tiers.");
        group.MapPost("/", AddFeeTier).WithName(nameof(AddFeeTier)).WithSummary("Adds a fee tier.");
        group.MapPut("/{tierId:guid}", UpdateFeeTier).WithName(nameof(UpdateFeeTier)).WithSummary("Changes a fee tier; send the version you read.");
        group.MapGet("/{tierId:guid}/history", GetFeeTierHistory).WithName(nameof(GetFeeTierHistory)).WithSummary("Who changed the tier, and when.");
        return group;
    }

    public static async Task<Ok<FeeTierResponse[]>> ListFeeTiers(Guid allianceId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var tiers = await db.FeeTiers.AsNoTracking().Where(t => t.AllianceId == allianceId).OrderBy(t => t.YearlyFee).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(tiers.Select(FeeTierResponse.From).ToArray());
    }

    public static async Task<Created<FeeTierResponse>> AddFeeTier(
        Guid allianceId, FeeTierRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var tier = new FeeTier { Id = Guid.CreateVersion7(), AllianceId = allianceId, Name = request.Name.Trim(), YearlyFee = request.YearlyFee, Services = request.Services.Trim() };
        await RequireUniqueNameAsync(db, allianceId, tier.Name, null, cancellationToken);
        db.FeeTiers.Add(tier);
        db.AdvanceVersion(tier);
        db.RecordChange(HistoryType, tier.Id.ToString(), "created", caller.UserName, clock.GetUtcNow(), null, FeeTierResponse.From(tier));
        await SaveNamedAsync(db, tier.Name, cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/fee-tiers/{tier.Id}", FeeTierResponse.From(tier));
    }

    public static async Task<Ok<FeeTierResponse>> UpdateFeeTier(
        Guid allianceId, Guid tierId, FeeTierRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var tier = await db.FeeTiers.SingleOrDefaultAsync(t => t.Id == tierId && t.AllianceId == allianceId, cancellationToken)
            ?? throw DomainException.NotFound(new("找不到此會員分級。", "No such fee tier."));
        tier.RequireVersion(request.Version);
        await RequireUniqueNameAsync(db, allianceId, request.Name.Trim(), tierId, cancellationToken);
        var before = FeeTierResponse.From(tier);
        tier.Name = request.Name.Trim();
        tier.YearlyFee = request.YearlyFee;
        tier.Services = request.Services.Trim();
        db.AdvanceVersion(tier);
        db.RecordChange(HistoryType, tier.Id.ToString(), "changed", caller.UserName, clock.GetUtcNow(), before, FeeTierResponse.From(tier));
        await SaveNamedAsync(db, tier.Name, cancellationToken);
        return TypedResults.Ok(FeeTierResponse.From(tier));
    }

    public static async Task<Ok<ChangeEntry[]>> GetFeeTierHistory(Guid allianceId, Guid tierId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        return await db.FeeTiers.AnyAsync(t => t.Id == tierId && t.AllianceId == allianceId, cancellationToken)
            ? TypedResults.Ok(await db.HistoryOfAsync(HistoryType, tierId.ToString(), cancellationToken))
            : throw DomainException.NotFound(new("找不到此會員分級。", "No such fee tier."));
    }

    /// <summary>
    /// Saves a tier under <paramref name="name"/>. The check before it cannot see a concurrent writer
    /// of the same name: the unique index can, and its refusal is the same 409; a concurrent change to
    /// the tier itself is stale.
    /// </summary>
    private static Task SaveNamedAsync(MembershipDbContext db, string name, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(cancellationToken, duplicate: DuplicateName(name));

    private static DomainException DuplicateName(string name) =>
        DomainException.Conflict("name", new($"已有名為「{name}」的會員分級。", $"There is already a fee tier named '{name}'."));

    private static async Task RequireUniqueNameAsync(MembershipDbContext db, Guid allianceId, string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.FeeTiers.AnyAsync(t => t.AllianceId == allianceId && t.Name == name && t.Id != except, cancellationToken))
        {
            throw DuplicateName(name);
        }
    }
}

public sealed class FeeTierRequest
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; init; } = "";

    /// <summary>The yearly fee in NTD (exact).</summary>
    [Range(typeof(decimal), "0", "999999999999"), Money]
    public decimal YearlyFee { get; init; }

    /// <summary>The services the tier gives, e.g. access to special laboratory equipment.</summary>
    [Required, StringLength(2000, MinimumLength = 1)]
    public string Services { get; init; } = "";

    /// <summary>The version read: required for a change (400 without it, 409 when no longer current); ignored when adding.</summary>
    public long? Version { get; init; }
}

public sealed record FeeTierResponse(Guid Id, Guid AllianceId, string Name, decimal YearlyFee, string Services, long Version)
{
    public static FeeTierResponse From(FeeTier t) => new(t.Id, t.AllianceId, t.Name, t.YearlyFee, t.Services, t.Version);
}
