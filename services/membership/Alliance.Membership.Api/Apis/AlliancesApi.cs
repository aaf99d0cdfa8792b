using System.ComponentModel.DataAnnotations;
using Alliance.Contracts.Membership;
using Alliance.Membership.Api.Data;
using Alliance.Messaging.Outbox;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Membership.Api.Apis;

public static class AlliancesApi
{
    public static RouteGroupBuilder MapAlliancesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances").WithTags("Alliances");
        group.MapGet("/", ListAlliances).WithName(nameof(ListAlliances)).WithSummary("The alliances on the programme roster.");
        group.MapGet("/{allianceId:guid}", GetAlliance).WithName(nameof(GetAlliance)).WithSummary("One alliance.");
        // A policy rather than a check in the handler: a refused caller gets 403 before the body is validated.
        group.MapPost("/", RegisterAlliance).WithName(nameof(RegisterAlliance)).WithSummary("Registers an alliance and publishes AllianceRegistered.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        return group;
    }

    public static async Task<Ok<AllianceResponse[]>> ListAlliances(Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Alliances.AsNoTracking();
        if (!caller.ReadsEverything)
        {
            var readable = caller.ReadableAlliances;
            query = query.Where(a => readable.Contains(a.Id));
        }

        var alliances = await query
            .OrderBy(a => a.Code)
            .Select(a => AllianceResponse.From(a))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(alliances);
    }

    public static async Task<Results<Ok<AllianceResponse>, NotFound>> GetAlliance(
        Guid allianceId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        caller.RequireAllianceAccess(allianceId, Access.Read);
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.Id == allianceId, cancellationToken);
        return alliance is null ? TypedResults.NotFound() : TypedResults.Ok(AllianceResponse.From(alliance));
    }

    public static async Task<Created<AllianceResponse>> RegisterAlliance(
        RegisterAllianceRequest request, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim();
        if (!await db.Domains.AnyAsync(d => d.Code == request.DomainCode, cancellationToken))
        {
            throw DomainException.RuleViolated("domainCode", new($"沒有代碼為「{request.DomainCode}」的領域。", $"There is no domain with the code '{request.DomainCode}'."));
        }

        if (await db.Alliances.AnyAsync(a => a.Code == code, cancellationToken))
        {
            throw DomainException.Conflict("code", new($"計畫編號「{code}」的聯盟已經登錄。", $"An alliance with the code '{code}' is already registered."));
        }

        var alliance = new ProgrammeAlliance
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = request.Name.Trim(),
            HostInstitution = request.HostInstitution.Trim(),
            DomainCode = request.DomainCode,
            Phase = request.Phase,
            YearInPhase = request.YearInPhase,
            PiUserName = request.PiUserName.Trim(),
            RegisteredAt = clock.GetUtcNow(),
        };
        db.Alliances.Add(alliance);
        db.AddEvent(new AllianceRegistered
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = alliance.RegisteredAt,
            AllianceId = alliance.Id,
            Code = alliance.Code,
            Name = alliance.Name,
            HostInstitution = alliance.HostInstitution,
            DomainCode = alliance.DomainCode,
            Phase = alliance.Phase,
            YearInPhase = alliance.YearInPhase,
            PiUserName = alliance.PiUserName,
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw DomainException.Conflict("code", new($"計畫編號「{code}」的聯盟已經登錄。", $"An alliance with the code '{code}' is already registered."));
        }

        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{alliance.Id}", AllianceResponse.From(alliance));
    }
}

public sealed class RegisterAllianceRequest
{
    [Required, StringLength(50, MinimumLength = 1)]
    public string Code { get; init; } = "";

    [Required, StringLength(200, MinimumLength = 1)]
    public string Name { get; init; } = "";

    [Required, StringLength(200, MinimumLength = 1)]
    public string HostInstitution { get; init; } = "";

    [Required, StringLength(64, MinimumLength = 1)]
    public string DomainCode { get; init; } = "";

    /// <summary>第一期 (1) or 第二期 (2).</summary>
    [Range(1, 2)]
    public int Phase { get; init; }

    /// <summary>執行年次 within the phase, 1 to 3.</summary>
    [Range(1, 3)]
    public int YearInPhase { get; init; }

    [Required, StringLength(100, MinimumLength = 1)]
    public string PiUserName { get; init; } = "";
}

public sealed record AllianceResponse(
    Guid Id, string Code, string Name, string HostInstitution, string DomainCode,
    int Phase, int YearInPhase, string PiUserName, DateTimeOffset RegisteredAt, uint Version)
{
    public static AllianceResponse From(ProgrammeAlliance a) =>
        new(a.Id, a.Code, a.Name, a.HostInstitution, a.DomainCode, a.Phase, a.YearInPhase, a.PiUserName, a.RegisteredAt, a.Version);
}
