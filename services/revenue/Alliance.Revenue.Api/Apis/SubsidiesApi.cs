using System.ComponentModel.DataAnnotations;
using Alliance.Contracts.Revenue;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Writes;
using Alliance.Revenue.Api.Data;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Apis;

/// <summary>Each alliance's approved subsidy (核定補助金額) per programme year: set by the centre, read by all who may read the alliance.</summary>
public static class SubsidiesApi
{
    public const string History = "subsidy";

    public static RouteGroupBuilder MapSubsidiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Extensions.PublicPrefix).WithTags("Subsidies");
        group.MapGet("/subsidies", ListSubsidies).WithName(nameof(ListSubsidies)).WithSummary("Every readable alliance's subsidy of a year.");
        // A policy rather than only a check in the handler: a refused caller gets 403 before the body is validated.
        group.MapPut("/alliances/{allianceId:guid}/subsidies/{year:int}", SetSubsidy).WithName(nameof(SetSubsidy))
            .WithSummary("Sets an alliance's subsidy for a year (centre); publishes SubsidySet.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapGet("/alliances/{allianceId:guid}/subsidies/{year:int}", GetSubsidy).WithName(nameof(GetSubsidy))
            .WithSummary("An alliance's subsidy for a year; version 0 and no amount when not set yet.");
        group.MapGet("/alliances/{allianceId:guid}/subsidies/{year:int}/history", GetSubsidyHistory).WithName(nameof(GetSubsidyHistory))
            .WithSummary("Who set the subsidy, and when.");
        return group;
    }

    public static async Task<Ok<SubsidyResponse[]>> ListSubsidies(int? year, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        var roc = Guards.Year(year).Roc;
        var query = db.Subsidies.AsNoTracking().Where(s => s.Year == roc).ReadableBy(caller, s => s.AllianceId);
        return TypedResults.Ok(await query.OrderBy(s => s.AllianceId).Select(s => SubsidyResponse.From(s)).ToArrayAsync(cancellationToken));
    }

    /// <summary>A year not set yet answers version 0 and empty fields: the version its creating PUT sends.</summary>
    public static async Task<Ok<SubsidyResponse>> GetSubsidy(Guid allianceId, int year, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var roc = Guards.Year(year).Roc;
        var subsidy = await db.Subsidies.AsNoTracking().SingleOrDefaultAsync(s => s.AllianceId == allianceId && s.Year == roc, cancellationToken);
        return TypedResults.Ok(subsidy is null ? SubsidyResponse.NotSet(allianceId, roc) : SubsidyResponse.From(subsidy));
    }

    public static async Task<Ok<SubsidyResponse>> SetSubsidy(
        Guid allianceId, int year, SubsidyRequest request, Caller caller, RevenueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.CentreAdmin);
        var roc = Guards.Year(year).Roc;
        if (request.Amount is not >= 0)
        {
            throw DomainException.Invalid("amount", new("核定補助金額須為 0 以上。", "The subsidy must be 0 or more."));
        }

        // The centre sets any alliance's subsidy: the route's policy is the access rule, not the alliance's scope.
        await db.Alliances.RequireOpenAllianceAsync(allianceId, cancellationToken);
        var subsidy = await db.Subsidies.SingleOrDefaultAsync(s => s.AllianceId == allianceId && s.Year == roc, cancellationToken);
        subsidy.RequireVersion(request.Version);
        var now = clock.GetUtcNow();
        var before = subsidy is null ? null : SubsidyResponse.From(subsidy);
        if (subsidy is null)
        {
            subsidy = new Subsidy { AllianceId = allianceId, Year = roc, SetBy = caller.UserName };
            db.Subsidies.Add(subsidy);
        }

        subsidy.Amount = request.Amount.Value;
        subsidy.SetBy = caller.UserName;
        subsidy.SetAt = now;
        db.AdvanceVersion(subsidy);
        db.RecordChange(History, HistoryId(allianceId, roc), before is null ? "created" : "changed", caller.UserName, now, before, SubsidyResponse.From(subsidy));
        db.AddEvent(new SubsidySet { EventId = Guid.CreateVersion7(), OccurredAt = now, AllianceId = allianceId, Year = roc, Amount = subsidy.Amount, Version = subsidy.Version });
        // Two first settings of one year meet on the key: the later one read a version that is no longer current.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return TypedResults.Ok(SubsidyResponse.From(subsidy));
    }

    public static async Task<Ok<ChangeEntry[]>> GetSubsidyHistory(Guid allianceId, int year, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        return TypedResults.Ok(await db.HistoryOfAsync(History, HistoryId(allianceId, year), cancellationToken));
    }

    private static string HistoryId(Guid allianceId, int year) => $"{allianceId}:{year}";
}

public sealed class SubsidyRequest
{
    /// <summary>NTD, 0 or more.</summary>
    [Required, Money]
    public decimal? Amount { get; init; }

    /// <summary>
    /// The version read: 0 or nothing to set a year for the first time; required to change a set one
    /// (400 without it), and 409 when no longer current.
    /// </summary>
    public long? Version { get; init; }
}

/// <param name="Amount">NTD; null while the year is not set</param>
/// <param name="Version">0 while the year is not set</param>
public sealed record SubsidyResponse(Guid AllianceId, int Year, decimal? Amount, long Version, string? SetBy, DateTimeOffset? SetAt)
{
    public static SubsidyResponse From(Subsidy s) => new(s.AllianceId, s.Year, s.Amount, s.Version, s.SetBy, s.SetAt);

    public static SubsidyResponse NotSet(Guid allianceId, int year) => new(allianceId, year, null, VersionCheck.NotYetStored, null, null);
}
