using System.ComponentModel.DataAnnotations;
using Alliance.Membership.Api.Data;
using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>The programme's domains (領域): data the centre keeps, seeded with eight.</summary>
public static class DomainsApi
{
    private const string HistoryType = "domain";

    public static RouteGroupBuilder MapDomainsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/domains").WithTags("Domains");
        group.MapGet("/", ListDomains).WithName(nameof(ListDomains)).WithSummary("The programme's domains (領域), in display order.");
        group.MapPost("/", AddDomain).WithName(nameof(AddDomain)).WithSummary("Adds a domain (centre).")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPut("/{code}", UpdateDomain).WithName(nameof(UpdateDomain)).WithSummary("Renames or reorders a domain (centre); send the version you read.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapGet("/{code}/history", GetDomainHistory).WithName(nameof(GetDomainHistory)).WithSummary("Who changed the domain, and when.");
        return group;
    }

    public static async Task<Ok<DomainResponse[]>> ListDomains(MembershipDbContext db, CancellationToken cancellationToken)
    {
        var domains = await db.Domains.AsNoTracking()
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new DomainResponse(d.Code, d.NameZh, d.NameEn, d.SortOrder, d.Version))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(domains);
    }

    public static async Task<Created<DomainResponse>> AddDomain(
        AddDomainRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim();
        if (await db.Domains.AnyAsync(d => d.Code == code, cancellationToken))
        {
            throw DuplicateCode(code);
        }

        var domain = new TechnologyDomain { Code = code, NameZh = request.NameZh.Trim(), NameEn = request.NameEn.Trim(), SortOrder = request.SortOrder };
        db.Domains.Add(domain);
        db.AdvanceVersion(domain);
        db.RecordChange(HistoryType, code, "created", caller.UserName, clock.GetUtcNow(), null, DomainResponse.From(domain));
        await db.SaveOrConflictAsync(cancellationToken, duplicate: DuplicateCode(code));
        return TypedResults.Created($"{Extensions.PublicPrefix}/domains/{code}", DomainResponse.From(domain));
    }

    public static async Task<Ok<DomainResponse>> UpdateDomain(
        string code, UpdateDomainRequest request, Caller caller, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var domain = await db.Domains.SingleOrDefaultAsync(d => d.Code == code, cancellationToken)
            ?? throw DomainException.NotFound(new("找不到此領域。", "No such domain."));
        domain.RequireVersion(request.Version);
        var before = DomainResponse.From(domain);
        domain.NameZh = request.NameZh.Trim();
        domain.NameEn = request.NameEn.Trim();
        domain.SortOrder = request.SortOrder;
        db.AdvanceVersion(domain);
        db.RecordChange(HistoryType, code, "changed", caller.UserName, clock.GetUtcNow(), before, DomainResponse.From(domain));
        await db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(DomainResponse.From(domain));
    }

    public static async Task<Ok<ChangeEntry[]>> GetDomainHistory(string code, MembershipDbContext db, CancellationToken cancellationToken) =>
        await db.Domains.AnyAsync(d => d.Code == code, cancellationToken)
            ? TypedResults.Ok(await db.HistoryOfAsync(HistoryType, code, cancellationToken))
            : throw DomainException.NotFound(new("找不到此領域。", "No such domain."));

    private static DomainException DuplicateCode(string code) =>
        DomainException.Conflict("code", new($"領域代碼「{code}」已存在。", $"A domain with the code '{code}' exists."));
}

public sealed class AddDomainRequest
{
    [Required, StringLength(64, MinimumLength = 2), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "The code is lower-case words joined by hyphens.")]
    public string Code { get; init; } = "";

    [Required, StringLength(100, MinimumLength = 1)]
    public string NameZh { get; init; } = "";

    [Required, StringLength(100, MinimumLength = 1)]
    public string NameEn { get; init; } = "";

    [Range(0, 1000)]
    public int SortOrder { get; init; }
}

public sealed class UpdateDomainRequest
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string NameZh { get; init; } = "";

    [Required, StringLength(100, MinimumLength = 1)]
    public string NameEn { get; init; } = "";

    [Range(0, 1000)]
    public int SortOrder { get; init; }

    /// <summary>The version read; 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

public sealed record DomainResponse(string Code, string NameZh, string NameEn, int SortOrder, long Version)
{
    public static DomainResponse From(TechnologyDomain d) => new(d.Code, d.NameZh, d.NameEn, d.SortOrder, d.Version);
}
