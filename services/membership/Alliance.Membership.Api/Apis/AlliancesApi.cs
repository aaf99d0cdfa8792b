using Alliance.Contracts.Membership;
using Alliance.Membership.Api.Accounts;
using Alliance.Membership.Api.Data;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        group.MapPut("/{allianceId:guid}", UpdateAlliance).WithName(nameof(UpdateAlliance)).WithSummary("Edits an alliance (centre); send the version you read.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPost("/{allianceId:guid}/terminate", TerminateAlliance).WithName(nameof(TerminateAlliance)).WithSummary("Marks an alliance terminated; its history stays.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapGet("/{allianceId:guid}/history", GetAllianceHistory).WithName(nameof(GetAllianceHistory)).WithSummary("Who changed what, and when.");
        return group;
    }

    public static async Task<Ok<AllianceResponse[]>> ListAlliances(Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var alliances = await db.Alliances.AsNoTracking().ReadableBy(caller, a => a.Id)
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
        RegisterAllianceRequest request, Caller caller, MembershipDbContext db, AccountDirectory accounts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim();
        await RequireDomainAsync(db, request.DomainCode, cancellationToken);
        var piUserName = await accounts.RequireAccountAsync("piUserName", request.PiUserName.Trim(), cancellationToken);

        // Codes differing only in case name one alliance: 1080001a is 1080001A.
        var key = ProgrammeAlliance.KeyOf(code);
        if (await db.Alliances.AnyAsync(a => a.CodeKey == key, cancellationToken))
        {
            throw DuplicateCode(code);
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
            PiUserName = piUserName,
            RegisteredAt = clock.GetUtcNow(),
        };
        db.Alliances.Add(alliance);
        db.AdvanceVersion(alliance);
        db.RecordChange(HistoryType, alliance.Id.ToString(), "created", caller.UserName, alliance.RegisteredAt, null, AllianceResponse.From(alliance));
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
            Version = alliance.Version,
        });
        await db.SaveOrConflictAsync(cancellationToken, duplicate: DuplicateCode(code));
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{alliance.Id}", AllianceResponse.From(alliance));
    }

    public static async Task<Ok<AllianceResponse>> UpdateAlliance(
        Guid allianceId, UpdateAllianceRequest request, Caller caller, MembershipDbContext db, AccountDirectory accounts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var alliance = await FindCurrentAsync(db, allianceId, request.Version, cancellationToken);
        await RequireDomainAsync(db, request.DomainCode, cancellationToken);
        // Only a new PI is looked up: an edit of the name must not fail on the PI it leaves alone.
        var piUserName = string.Equals(request.PiUserName.Trim(), alliance.PiUserName, StringComparison.Ordinal)
            ? alliance.PiUserName
            : await accounts.RequireAccountAsync("piUserName", request.PiUserName.Trim(), cancellationToken);
        var before = AllianceResponse.From(alliance);
        alliance.Name = request.Name.Trim();
        alliance.HostInstitution = request.HostInstitution.Trim();
        alliance.DomainCode = request.DomainCode;
        alliance.Phase = request.Phase;
        alliance.YearInPhase = request.YearInPhase;
        alliance.PiUserName = piUserName;
        await SaveChangeAsync(db, alliance, before, "changed", caller, clock, cancellationToken);
        return TypedResults.Ok(AllianceResponse.From(alliance));
    }

    public static async Task<Ok<AllianceResponse>> TerminateAlliance(
        Guid allianceId, TerminateAllianceRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var alliance = await FindCurrentAsync(db, allianceId, request.Version, cancellationToken);
        if (alliance.TerminatedOn is not null)
        {
            throw DomainException.Conflict("terminatedOn", new("此聯盟已經終止。", "The alliance is already terminated."));
        }

        var before = AllianceResponse.From(alliance);
        alliance.TerminatedOn = request.TerminatedOn;
        alliance.TerminationReason = request.Reason.Trim();
        await SaveChangeAsync(db, alliance, before, "terminated", caller, clock, cancellationToken,
            (after, now) => db.AddEvent(after.Terminated(Guid.CreateVersion7(), now)));
        return TypedResults.Ok(AllianceResponse.From(alliance));
    }

    public static async Task<Ok<ChangeEntry[]>> GetAllianceHistory(
        Guid allianceId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        caller.RequireAllianceAccess(allianceId, Access.Read);
        if (!await db.Alliances.AnyAsync(a => a.Id == allianceId, cancellationToken))
        {
            throw AllianceScope.NotFound();
        }

        return TypedResults.Ok(await db.HistoryOfAsync(HistoryType, allianceId.ToString(), cancellationToken));
    }

    private const string HistoryType = "alliance";

    private static DomainException DuplicateCode(string code) =>
        DomainException.Conflict("code", new($"計畫編號「{code}」（不分大小寫）的聯盟已經登錄。", $"An alliance with the code '{code}' (in any case) is already registered."));

    private static async Task<ProgrammeAlliance> FindCurrentAsync(MembershipDbContext db, Guid allianceId, long? version, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.SingleOrDefaultAsync(a => a.Id == allianceId, cancellationToken) ?? throw AllianceScope.NotFound();
        alliance.RequireVersion(version);
        return alliance;
    }

    private static async Task RequireDomainAsync(MembershipDbContext db, string domainCode, CancellationToken cancellationToken)
    {
        if (!await db.Domains.AnyAsync(d => d.Code == domainCode, cancellationToken))
        {
            throw DomainException.RuleViolated("domainCode", new($"沒有代碼為「{domainCode}」的領域。", $"There is no domain with the code '{domainCode}'."));
        }
    }

    /// <summary>
    /// Saves the change with its history entry and AllianceChanged in one transaction; a concurrent edit makes it stale.
    /// <paramref name="publishFirst"/> writes an event that goes before AllianceChanged and carries the same new version.
    /// </summary>
    private static async Task SaveChangeAsync(MembershipDbContext db, ProgrammeAlliance alliance, AllianceResponse before, string action,
        Caller caller, TimeProvider clock, CancellationToken cancellationToken, Action<AllianceResponse, DateTimeOffset>? publishFirst = null)
    {
        var now = clock.GetUtcNow();
        db.AdvanceVersion(alliance);
        var after = AllianceResponse.From(alliance);
        db.RecordChange(HistoryType, alliance.Id.ToString(), action, caller.UserName, now, before, after);
        publishFirst?.Invoke(after, now);
        db.AddEvent(after.Changed(Guid.CreateVersion7(), now));
        await db.SaveOrConflictAsync(cancellationToken);
    }
}
