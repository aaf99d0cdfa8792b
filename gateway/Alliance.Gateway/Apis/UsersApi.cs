using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Alliance.Gateway.Auth;
using Alliance.Gateway.Consumers;
using Alliance.Gateway.Data;
using Alliance.Gateway.Identity;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Apis;

/// <summary>
/// Accounts, kept by centre administrators: roles and disabling. A reviewer's alliances are read here but set by
/// site-visit's assignments alone (<see cref="ReviewerAssignmentRules"/>).
/// </summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth/users").WithTags("Accounts").RequireAuthorization(policy => policy.RequireRole(GatewayRoles.CentreAdmin));
        group.MapGet("/", ListUsers).WithName(nameof(ListUsers)).WithSummary("Every account.");
        group.MapPost("/", CreateUser).WithName(nameof(CreateUser)).WithSummary("Creates an account with roles; reviewerAlliances is set by site-visit assignments (a non-empty one is 400).");
        group.MapGet("/{userName}", GetUser).WithName(nameof(GetUser)).WithSummary("One account.");
        group.MapPut("/{userName}", UpdateUser).WithName(nameof(UpdateUser)).WithSummary("Changes roles, display name, disabled; send the version you read. reviewerAlliances is read-only (a non-empty one is 400).");
        return group;
    }

    public static async Task<Ok<UserResponse[]>> ListUsers(GatewayDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(db, cancellationToken);
        var assignments = (await db.ReviewerAssignments.AsNoTracking().Where(a => a.Assigned).ToListAsync(cancellationToken)).ToLookup(a => a.UserId);
        return TypedResults.Ok(users.Select(u => UserResponse.From(u,
            roles.GetValueOrDefault(u.Id, []),
            ReviewerAssignmentRules.ScopeOf(assignments[u.Id]), clock.GetUtcNow())).ToArray());
    }

    public static async Task<Results<Ok<UserResponse>, NotFound>> GetUser(string userName, GatewayDbContext db, UserManager<GatewayUser> users, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        return user is null ? TypedResults.NotFound() : TypedResults.Ok(await ResponseAsync(user, db, users, clock, cancellationToken));
    }

    public static async Task<Created<UserResponse>> CreateUser(
        CreateUserRequest request, ClaimsPrincipal caller, GatewayDbContext db, UserManager<GatewayUser> users, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var roles = CheckedRoles(request.Roles);
        RefuseReviewerAlliances(request.ReviewerAlliances);
        var user = new GatewayUser
        {
            UserName = request.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityErrors.ThrowIfFailed(await users.CreateAsync(user, request.Password));
        IdentityErrors.ThrowIfFailed(await users.AddToRolesAsync(user, roles));
        await AccountEvents.AccountChangedAsync(db, user, clock, cancellationToken);
        await audit.WriteAsync(caller.UserName(), AuditActions.AccountCreated, "Succeeded", subject: user.UserName, detail: string.Join(',', roles), cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/auth/users/{user.UserName}", await ResponseAsync(user, db, users, clock, cancellationToken));
    }

    public static async Task<Results<Ok<UserResponse>, NotFound>> UpdateUser(
        string userName, UpdateUserRequest request, ClaimsPrincipal caller, GatewayDbContext db, UserManager<GatewayUser> users, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        AccountEvents.ThrowIfStale(user, request.Version);
        var roles = CheckedRoles(request.Roles);
        RefuseReviewerAlliances(request.ReviewerAlliances);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Checked again under the lock: a change committed since the read above is found here, not overwritten.
        user = await AccountEvents.LockAsync(db, user.Id, cancellationToken);
        AccountEvents.ThrowIfStale(user, request.Version);
        var before = $"{string.Join(',', await users.GetRolesAsync(user))};disabled={user.Disabled}";
        user.DisplayName = request.DisplayName.Trim();
        user.Disabled = request.Disabled;
        user.ScopeVersion++;
        IdentityErrors.ThrowIfFailed(await users.UpdateAsync(user));
        var current = await users.GetRolesAsync(user);
        IdentityErrors.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        IdentityErrors.ThrowIfFailed(await users.AddToRolesAsync(user, roles.Except(current)));
        // A new security stamp signs the account out of every browser at once (roles or disabled changed).
        await users.UpdateSecurityStampAsync(user);
        await AccountEvents.AccountChangedAsync(db, user, clock, cancellationToken);
        await audit.WriteAsync(caller.UserName(), AuditActions.AccountChanged, "Succeeded", subject: user.UserName,
            detail: $"before={before}; after={string.Join(',', roles)};disabled={user.Disabled}", cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(user, db, users, clock, cancellationToken));
    }

    /// <summary>Every entry must name a role (a null or an unknown one: 400 naming <c>roles[i]</c>); duplicates count once.</summary>
    public static string[] CheckedRoles(IReadOnlyList<string?>? roles)
    {
        var message = new LocalizedText($"角色必須是下列之一：{string.Join("、", GatewayRoles.All)}。", $"Roles must be some of {string.Join(", ", GatewayRoles.All)}.");
        var unknown = (roles ?? []).Select((role, index) => (Role: role?.Trim(), Index: index))
            .Where(r => r.Role is null || !GatewayRoles.All.Contains(r.Role))
            .ToDictionary(r => $"roles[{r.Index}]", _ => new[] { message });
        if (roles is null or { Count: 0 })
        {
            unknown["roles"] = [message];
        }

        return unknown.Count > 0
            ? throw new DomainException(ErrorCode.Invalid, message, unknown)
            : roles!.Select(r => r!.Trim()).Distinct().ToArray();
    }

    /// <summary>
    /// A reviewer's alliances follow from site-visit's assignments alone, so a request may not set them: a non-empty
    /// list is 400 naming <c>reviewerAlliances</c>. An empty one (or none) is what a client that read the account
    /// and sends nothing new would send, and is taken.
    /// </summary>
    public static void RefuseReviewerAlliances(IReadOnlyList<Guid>? alliances)
    {
        if (alliances is null or { Count: 0 })
        {
            return;
        }

        var message = new LocalizedText(
            "審查委員的聯盟由實地查訪的指派決定，不能在帳號上設定。", "A reviewer's alliances are set by site-visit assignments, not on the account.");
        throw new DomainException(ErrorCode.Invalid, message, new Dictionary<string, LocalizedText[]> { ["reviewerAlliances"] = [message] });
    }

    private static async Task<Dictionary<Guid, string[]>> RolesByUserAsync(GatewayDbContext db, CancellationToken cancellationToken) =>
        (await (from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order().ToArray());

    private static async Task<UserResponse> ResponseAsync(GatewayUser user, GatewayDbContext db, UserManager<GatewayUser> users, TimeProvider clock, CancellationToken cancellationToken) =>
        UserResponse.From(user, (await users.GetRolesAsync(user)).Order().ToArray(),
            ReviewerAssignmentRules.ScopeOf(await db.ReviewerAssignments.AsNoTracking().Where(a => a.UserId == user.Id && a.Assigned).ToListAsync(cancellationToken)),
            clock.GetUtcNow());
}

public sealed class CreateUserRequest
{
    [Required, StringLength(256, MinimumLength = 2)] public string UserName { get; init; } = "";
    [Required, StringLength(200, MinimumLength = 1)] public string DisplayName { get; init; } = "";
    [EmailAddress] public string? Email { get; init; }
    [Required, StringLength(512, MinimumLength = 8)] public string Password { get; init; } = "";
    [Required, MinLength(1)] public string?[] Roles { get; init; } = [];

    /// <summary>Read-only: set by site-visit assignments; anything but empty is 400.</summary>
    public Guid[]? ReviewerAlliances { get; init; }
}

public sealed class UpdateUserRequest
{
    [Required, StringLength(200, MinimumLength = 1)] public string DisplayName { get; init; } = "";
    [Required, MinLength(1)] public string?[] Roles { get; init; } = [];
    public bool Disabled { get; init; }

    /// <summary>Read-only: set by site-visit assignments; anything but empty is 400.</summary>
    public Guid[]? ReviewerAlliances { get; init; }
    public long Version { get; init; }
}

public sealed record UserResponse(
    Guid Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, bool Disabled,
    bool TwoFactorEnabled, bool LockedOut, IReadOnlyList<Guid> ReviewerAlliances, long Version)
{
    public static UserResponse From(GatewayUser user, IReadOnlyList<string> roles, IReadOnlyList<Guid> reviewerAlliances, DateTimeOffset now) =>
        new(user.Id, user.UserName!, user.DisplayName, user.Email, roles, user.Disabled, user.TwoFactorEnabled,
            user.LockoutEnd > now, reviewerAlliances, user.Version);
}
