using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Alliance.Messaging.Roster;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Apis;

/// <summary>
/// Assistants register for an alliance; that alliance's PI approves or rejects, and may withdraw an
/// approval at any time, after which the assistant is refused from the next request on.
/// </summary>
public static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth/registrations").WithTags("Assistant registrations");
        group.MapPost("/", RegisterAssistant).WithName(nameof(RegisterAssistant)).AllowAnonymous().RequireRateLimiting(RateLimits.Registration)
            .WithSummary("An assistant asks to work on an alliance (anonymous).");
        var deciders = group.MapGroup("").RequireAuthorization(policy => policy.RequireRole(GatewayRoles.Pi, GatewayRoles.CentreAdmin));
        deciders.MapGet("/", ListRegistrations).WithName(nameof(ListRegistrations)).WithSummary("Requests for the caller's alliances (all, for the centre).");
        deciders.MapPost("/{registrationId:guid}/approve", ApproveRegistration).WithName(nameof(ApproveRegistration)).WithSummary("The PI approves.");
        deciders.MapPost("/{registrationId:guid}/reject", RejectRegistration).WithName(nameof(RejectRegistration)).WithSummary("The PI rejects.");

        app.MapPost("/api/auth/assistants/{userName}/withdraw", WithdrawAssistant).WithTags("Assistant registrations")
            .WithName(nameof(WithdrawAssistant)).RequireAuthorization(policy => policy.RequireRole(GatewayRoles.Pi))
            .WithSummary("The PI withdraws an assistant's approval for the PI's alliances.");
        return app;
    }

    /// <summary>The audit outcome of a registration under a name that exists: answered as a pending one, nothing made.</summary>
    public const string NameTaken = "NameTaken";

    /// <summary>
    /// Anonymous, so it answers a taken user name exactly as a free one (201, a pending registration)
    /// and makes nothing for it: the door does not tell which names exist. The audit log records it.
    /// </summary>
    public static async Task<Created<RegistrationResponse>> RegisterAssistant(
        RegisterAssistantRequest request, GatewayDbContext db, UserManager<GatewayUser> users, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.Code == request.AllianceCode.Trim() && a.TerminatedOn == null, cancellationToken)
            ?? throw DomainException.RuleViolated("allianceCode", new($"沒有計畫編號為「{request.AllianceCode}」的聯盟。", $"There is no alliance with the code '{request.AllianceCode}'."));
        var user = new GatewayUser
        {
            UserName = request.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Identity checks (and hashes) the password before it looks at the name, so a taken name has
        // cost the same and met the same password rules by the time it is found taken.
        var created = await users.CreateAsync(user, request.Password);
        if (IsOnlyTakenName(created))
        {
            await transaction.RollbackAsync(cancellationToken);
            await audit.WriteAsync(user.UserName, AuditActions.Registered, NameTaken, subject: alliance.Code, cancellationToken: cancellationToken);
            var unsaved = Pending(Guid.Empty, user.UserName, alliance, clock);
            return TypedResults.Created($"/api/auth/registrations/{unsaved.Id}", RegistrationResponse.From(unsaved, alliance, user.DisplayName));
        }

        IdentityErrors.ThrowIfFailed(created);
        IdentityErrors.ThrowIfFailed(await users.AddToRoleAsync(user, GatewayRoles.Assistant));
        var registration = Pending(user.Id, user.UserName, alliance, clock);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        await AccountEvents.AccountChangedAsync(db, user, clock, cancellationToken);
        await audit.WriteAsync(user.UserName, AuditActions.Registered, "Pending", subject: alliance.Code, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/auth/registrations/{registration.Id}", RegistrationResponse.From(registration, alliance, user.DisplayName));
    }

    private static AssistantRegistration Pending(Guid userId, string userName, RosterAlliance alliance, TimeProvider clock) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        UserName = userName,
        AllianceId = alliance.Id,
        Status = RegistrationStatus.Pending,
        RequestedAt = clock.GetUtcNow(),
    };

    private static bool IsOnlyTakenName(IdentityResult result) =>
        !result.Succeeded && result.Errors.All(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));

    public static async Task<Ok<RegistrationResponse[]>> ListRegistrations(ClaimsPrincipal caller, GatewayDbContext db, CancellationToken cancellationToken)
    {
        var everything = caller.IsInRole(GatewayRoles.CentreAdmin);
        var piUserName = caller.UserName();
        var rows = await (from registration in db.Registrations
                          join alliance in db.Alliances on registration.AllianceId equals alliance.Id
                          join user in db.Users on registration.UserId equals user.Id
                          where everything || alliance.PiUserName == piUserName
                          orderby registration.RequestedAt descending
                          select new { registration, alliance, user.DisplayName }).AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => RegistrationResponse.From(r.registration, r.alliance, r.DisplayName)).ToArray());
    }

    public static Task<Ok<RegistrationResponse>> ApproveRegistration(Guid registrationId, ClaimsPrincipal caller, GatewayDbContext db, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(registrationId, RegistrationStatus.Approved, AuditActions.Approved, caller, db, audit, clock, cancellationToken);

    public static Task<Ok<RegistrationResponse>> RejectRegistration(Guid registrationId, ClaimsPrincipal caller, GatewayDbContext db, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(registrationId, RegistrationStatus.Rejected, AuditActions.Rejected, caller, db, audit, clock, cancellationToken);

    public static async Task<Ok<WithdrawResponse>> WithdrawAssistant(
        string userName, ClaimsPrincipal caller, GatewayDbContext db, UserManager<GatewayUser> users, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var piUserName = caller.UserName();
        var noApproval = new LocalizedText($"「{userName}」在您的聯盟沒有已核准的申請。", $"'{userName}' has no approval on your alliances.");
        var assistantId = await ApprovalsToWithdraw(db, userName, piUserName).Select(r => (Guid?)r.UserId).FirstOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound(noApproval);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Read again under the account's lock, so two withdrawals at once do not both withdraw (and publish) one approval.
        var assistant = await AccountEvents.LockAsync(db, assistantId, cancellationToken);
        var approvals = await (from registration in ApprovalsToWithdraw(db, userName, piUserName)
                               join alliance in db.Alliances on registration.AllianceId equals alliance.Id
                               select new { registration, alliance.Code }).ToListAsync(cancellationToken);
        if (approvals.Count == 0)
        {
            throw DomainException.NotFound(noApproval);
        }

        foreach (var approval in approvals)
        {
            approval.registration.Status = RegistrationStatus.Withdrawn;
            approval.registration.DecidedAt = clock.GetUtcNow();
            approval.registration.DecidedBy = piUserName;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var approval in approvals)
        {
            await AccountEvents.AssistantWithdrawnAsync(db, assistant, approval.registration, approval.Code, clock, cancellationToken);
        }

        await StopSessionsWithoutApprovalAsync(assistant, db, users, clock, cancellationToken);
        await audit.WriteAsync(piUserName, AuditActions.Withdrawn, "Succeeded", subject: userName, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new WithdrawResponse(userName, approvals.Count));
    }

    private static IQueryable<AssistantRegistration> ApprovalsToWithdraw(GatewayDbContext db, string userName, string piUserName) =>
        from registration in db.Registrations
        join alliance in db.Alliances on registration.AllianceId equals alliance.Id
        where registration.UserName == userName && registration.Status == RegistrationStatus.Approved && alliance.PiUserName == piUserName
        select registration;

    /// <summary>With no approval left, the assistant's browser sessions and tokens stop working at once.</summary>
    private static async Task StopSessionsWithoutApprovalAsync(GatewayUser assistant, GatewayDbContext db, UserManager<GatewayUser> users, TimeProvider clock, CancellationToken cancellationToken)
    {
        assistant.ScopeVersion++;
        await users.UpdateSecurityStampAsync(assistant);
        if (await db.Registrations.AnyAsync(r => r.UserId == assistant.Id && r.Status == RegistrationStatus.Approved, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        await db.AccessTokens.Where(t => t.UserId == assistant.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    private static async Task<Ok<RegistrationResponse>> DecideAsync(
        Guid registrationId, RegistrationStatus decision, string action, ClaimsPrincipal caller, GatewayDbContext db, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken)
            ?? throw DomainException.NotFound(new("找不到此申請。", "No such registration."));
        var alliance = await db.Alliances.AsNoTracking().SingleAsync(a => a.Id == registration.AllianceId, cancellationToken);
        if (alliance.PiUserName != caller.UserName())
        {
            await audit.WriteAsync(caller.UserName(), AuditActions.Denied, "Forbidden", subject: registration.UserName, detail: $"{action} on {alliance.Code}", cancellationToken: cancellationToken);
            throw DomainException.Forbidden(new("只有該聯盟的計畫主持人可以審核助理申請。", "Only the alliance's PI decides its assistants' registrations."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Every decision locks the assistant's account first and then reads the request again, so of
        // two decisions at once the second finds the first made (and only the first is published).
        var assistant = await AccountEvents.LockAsync(db, registration.UserId, cancellationToken);
        await db.Entry(registration).ReloadAsync(cancellationToken);
        if (registration.Status != RegistrationStatus.Pending)
        {
            throw DomainException.Conflict("status", new("此申請已經處理過。", $"The registration is already {registration.Status.ToString().ToLowerInvariant()}."));
        }

        // A terminated alliance takes no new hands; a request still pending may only be turned down.
        if (decision == RegistrationStatus.Approved && alliance.TerminatedOn is not null)
        {
            throw DomainException.RuleViolated("registrationId", new(
                "此聯盟已終止，不能再核准助理。", "The alliance is terminated; it can no longer approve assistants."), "alliance-terminated");
        }

        registration.Status = decision;
        registration.DecidedAt = clock.GetUtcNow();
        registration.DecidedBy = caller.UserName();
        await db.SaveChangesAsync(cancellationToken);
        if (decision == RegistrationStatus.Approved)
        {
            await AccountEvents.AssistantApprovedAsync(db, assistant, registration, alliance.Code, clock, cancellationToken);
        }

        await audit.WriteAsync(caller.UserName(), action, "Succeeded", subject: registration.UserName, detail: alliance.Code, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(RegistrationResponse.From(registration, alliance, assistant.DisplayName));
    }
}

public sealed class RegisterAssistantRequest
{
    [Required, StringLength(256, MinimumLength = 2)] public string UserName { get; init; } = "";
    [Required, StringLength(200, MinimumLength = 1)] public string DisplayName { get; init; } = "";
    [EmailAddress] public string? Email { get; init; }
    [Required, StringLength(512, MinimumLength = 8)] public string Password { get; init; } = "";
    [Required, StringLength(50, MinimumLength = 1)] public string AllianceCode { get; init; } = "";
}

public sealed record RegistrationResponse(
    Guid Id, string UserName, string DisplayName, Guid AllianceId, string AllianceCode, string AllianceName,
    RegistrationStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, string? DecidedBy)
{
    public static RegistrationResponse From(AssistantRegistration r, RosterAlliance alliance, string displayName) =>
        new(r.Id, r.UserName, displayName, r.AllianceId, alliance.Code, alliance.Name, r.Status, r.RequestedAt, r.DecidedAt, r.DecidedBy);
}

public sealed record WithdrawResponse(string UserName, int Withdrawn);
