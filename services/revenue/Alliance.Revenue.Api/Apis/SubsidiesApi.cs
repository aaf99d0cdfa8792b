using System.ComponentModel.DataAnnotations;
using Alliance.Contracts.Revenue;
using Alliance.Revenue.Api.Data;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
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
        group.MapGet("/alliances/{allianceId:guid}/subsidies/{year:int}", GetSubsidy).WithName(nameof(GetSubsidy)).WithSummary("An alliance's subsidy for a year.");
        group.MapGet("/alliances/{allianceId:guid}/subsidies/{year:int}/history", GetSubsidyHistory).WithName(nameof(GetSubsidyHistory))
            .WithSummary("Who set the subsidy, and when.");
        return group;
    }

    public static async Task<Ok<SubsidyResponse[]>> ListSubsidies(int? year, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        var roc = Guards.Year(year).Roc;
        var query = db.Subsidies.AsNoTracking().Where(s => s.Year == roc);
        if (!caller.ReadsEverything)
        {
            var readable = caller.ReadableAlliances;
            query = query.Where(s => readable.Contains(s.AllianceId));
        }

        return TypedResults.Ok(await query.OrderBy(s => s.AllianceId).Select(s => SubsidyResponse.From(s)).ToArrayAsync(cancellationToken));
    }

    public static async Task<Ok<SubsidyResponse>> GetSubsidy(Guid allianceId, int year, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        await db.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var subsidy = await db.Subsidies.AsNoTracking().SingleOrDefaultAsync(s => s.AllianceId == allianceId && s.Year == year, cancellationToken)
            ?? throw DomainException.NotFound(new("此年度尚未設定核定補助金額。", "No subsidy is set for this year."));
        return TypedResults.Ok(SubsidyResponse.From(subsidy));
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

        await db.RequireKnownAllianceAsync(allianceId, forWrite: true, cancellationToken);
        var subsidy = await db.Subsidies.SingleOrDefaultAsync(s => s.AllianceId == allianceId && s.Year == roc, cancellationToken);
        if (subsidy is not null && request.Version is { } read && read != subsidy.Version)
        {
            throw Guards.Stale();
        }

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
        subsidy.Version++;
        db.RecordChange(History, HistoryId(allianceId, roc), before is null ? "created" : "changed", caller.UserName, now, before, SubsidyResponse.From(subsidy));
        db.AddEvent(new SubsidySet { EventId = Guid.CreateVersion7(), OccurredAt = now, AllianceId = allianceId, Year = roc, Amount = subsidy.Amount });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException
            || exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Another writer set it meanwhile (a changed version, or the same year created twice).
            throw Guards.Stale();
        }

        return TypedResults.Ok(SubsidyResponse.From(subsidy));
    }

    public static async Task<Ok<ChangeEntry[]>> GetSubsidyHistory(Guid allianceId, int year, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        await db.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        return TypedResults.Ok(await db.HistoryOfAsync(History, HistoryId(allianceId, year), cancellationToken));
    }

    private static string HistoryId(Guid allianceId, int year) => $"{allianceId}:{year}";
}

public sealed class SubsidyRequest
{
    /// <summary>NTD, 0 or more.</summary>
    [Required, Money]
    public decimal? Amount { get; init; }

    /// <summary>The version read; when sent and the subsidy has another, 409.</summary>
    public long? Version { get; init; }
}

public sealed record SubsidyResponse(Guid AllianceId, int Year, decimal Amount, long Version, string SetBy, DateTimeOffset SetAt)
{
    public static SubsidyResponse From(Subsidy s) => new(s.AllianceId, s.Year, s.Amount, s.Version, s.SetBy, s.SetAt);
}
