using System.ComponentModel.DataAnnotations;
using Alliance.Contracts.SiteVisit;
using Alliance.Messaging.History;
using Alliance.Messaging.Outbox;
using Alliance.Messaging.Roster;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Alliance.SiteVisit.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>
/// The outstanding alliances (績優聯盟): one per domain and year at most, selected by the centre from the visited
/// alliances and confirmed by a ministry officer; only confirmed ones are published.
/// </summary>
public static class OutstandingApi
{
    /// <summary>The history's entity type of a selection, by <c>{year}/{domainCode}</c>.</summary>
    public const string History = "outstanding";

    public static RouteGroupBuilder MapOutstandingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/outstanding").WithTags("Outstanding alliances");
        group.MapGet("/", ListOutstanding).WithName(nameof(ListOutstanding))
            .WithSummary("One row per domain in the programme's order (allianceId null where none is selected), for the centre and officers; " +
                "with published=true only the confirmed rows, for anyone signed in.");
        group.MapPut("/{year:int}/{domainCode}", SelectOutstanding).WithName(nameof(SelectOutstanding))
            .WithSummary("Selects the domain's outstanding alliance for the year (centre); send the version read (0 for none yet). " +
                "422 alliance-not-in-domain, alliance-not-visited (no submitted form that year). Every selection, even of the same alliance, withdraws the confirmation: an officer confirms it anew.");
        group.MapPost("/{year:int}/{domainCode}/confirm", ConfirmOutstanding).WithName(nameof(ConfirmOutstanding))
            .WithSummary("Confirms the selection (ministry officers only); 409 already-confirmed.");
        group.MapGet("/{year:int}/{domainCode}/history", GetOutstandingHistory).WithName(nameof(GetOutstandingHistory))
            .WithSummary("Every selection and confirmation of the domain's outstanding alliance for the year (centre and officers).");
        return group;
    }

    public static async Task<Ok<OutstandingResponse[]>> ListOutstanding(int? year, bool? published, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        if (published != true)
        {
            SiteVisitAccess.RequireOverseer(caller);
        }

        var roc = Guards.Year(year).Roc;
        var selections = await db.Outstanding.AsNoTracking().Where(s => s.Year == roc && (published != true || s.Confirmed)).ToListAsync(cancellationToken);
        var known = published == true ? [] : await db.Alliances.AsNoTracking().Where(a => a.DetailsVersion != null).Select(a => a.DomainCode).Distinct().ToListAsync(cancellationToken);
        var alliances = await AllianceLookup.ByIdAsync(db, selections.Select(s => s.AllianceId), cancellationToken);
        var pis = await AllianceLookup.DisplayNamesAsync(db, alliances.Values.Select(a => a.PiUserName), cancellationToken);
        var byDomain = selections.ToDictionary(s => s.DomainCode, StringComparer.Ordinal);
        return TypedResults.Ok(ProgrammeDomains.Order(known.Concat(byDomain.Keys)).Select(domain => byDomain.TryGetValue(domain, out var selection)
            ? OutstandingResponse.From(selection, alliances.GetValueOrDefault(selection.AllianceId), pis)
            : OutstandingResponse.None(roc, domain)).ToArray());
    }

    public static async Task<Ok<OutstandingResponse>> SelectOutstanding(
        int year, string domainCode, SelectOutstandingRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireCentre(caller);
        var programmeYear = Guards.Year(year);
        var roc = programmeYear.Roc;
        var selection = await db.Outstanding.SingleOrDefaultAsync(s => s.Year == roc && s.DomainCode == domainCode, cancellationToken);
        selection.RequireVersion(request.Version);
        var alliance = await AllianceLookup.WritableAsync(db, request.AllianceId!.Value, cancellationToken);
        var visited = await (from form in db.Forms
                             join visit in db.Visits on form.VisitId equals visit.Id
                             where visit.AllianceId == alliance.Id && visit.Year == roc && form.SubmittedAt != null
                             select form.Id).AnyAsync(cancellationToken);
        if (OutstandingRules.Check(domainCode, alliance.DomainCode, visited) is { } breach)
        {
            throw RuleMessages.Refusal(breach, programmeYear);
        }

        var now = clock.GetUtcNow();
        var before = selection is null ? null : OutstandingResponse.From(selection, alliance: null, pis: null);
        if (selection is null)
        {
            selection = new OutstandingSelection { Year = roc, DomainCode = domainCode, SelectedBy = caller.UserName };
            db.Outstanding.Add(selection);
        }

        // An officer confirms one decision of the centre: a new one, even of the same alliance, waits for its own confirmation.
        (selection.Confirmed, selection.ConfirmedBy, selection.ConfirmedAt) = (false, null, null);
        (selection.AllianceId, selection.SelectedBy, selection.SelectedAt) = (alliance.Id, caller.UserName, now);
        Stage(db, selection, "selected", before, caller.UserName, now);
        // Two first selections at once collide on (year, domain): the second read version 0, which is stale now.
        await db.SaveOrConflictAsync(cancellationToken, duplicate: VersionCheck.Stale());
        return TypedResults.Ok(await ResponseAsync(db, selection, alliance, cancellationToken));
    }

    public static async Task<Ok<OutstandingResponse>> ConfirmOutstanding(
        int year, string domainCode, ConfirmOutstandingRequest request, Caller caller, SiteVisitDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireOfficer(caller);
        var roc = Guards.Year(year).Roc;
        var selection = await db.Outstanding.SingleOrDefaultAsync(s => s.Year == roc && s.DomainCode == domainCode, cancellationToken)
            ?? throw Guards.SelectionNotFound();
        if (selection.Confirmed)
        {
            throw Guards.AlreadyConfirmed();
        }

        selection.RequireVersion(request.Version);
        var now = clock.GetUtcNow();
        var before = OutstandingResponse.From(selection, alliance: null, pis: null);
        (selection.Confirmed, selection.ConfirmedBy, selection.ConfirmedAt) = (true, caller.UserName, now);
        Stage(db, selection, "confirmed", before, caller.UserName, now);
        await db.SaveOrConflictAsync(cancellationToken);
        var alliance = (await AllianceLookup.ByIdAsync(db, [selection.AllianceId], cancellationToken)).GetValueOrDefault(selection.AllianceId);
        return TypedResults.Ok(await ResponseAsync(db, selection, alliance, cancellationToken));
    }

    public static async Task<Ok<ChangeEntry[]>> GetOutstandingHistory(int year, string domainCode, Caller caller, SiteVisitDbContext db, CancellationToken cancellationToken)
    {
        SiteVisitAccess.RequireOverseer(caller);
        var roc = Guards.Year(year).Roc;
        return await db.Outstanding.AnyAsync(s => s.Year == roc && s.DomainCode == domainCode, cancellationToken)
            ? TypedResults.Ok(await db.HistoryOfAsync(History, $"{roc}/{domainCode}", cancellationToken))
            : throw Guards.SelectionNotFound();
    }

    /// <summary>Raises the selection's version and stages its history entry and event (selected, or confirmed as it now stands).</summary>
    private static void Stage(SiteVisitDbContext db, OutstandingSelection selection, string action, OutstandingResponse? before, string actor, DateTimeOffset now)
    {
        db.AdvanceVersion(selection);
        db.RecordChange(History, $"{selection.Year}/{selection.DomainCode}", action, actor, now, before, OutstandingResponse.From(selection, alliance: null, pis: null));
        db.AddEvent(new OutstandingAllianceSelected
        {
            EventId = Guid.CreateVersion7(), OccurredAt = now, Year = selection.Year, DomainCode = selection.DomainCode, AllianceId = selection.AllianceId,
            Confirmed = selection.Confirmed, Version = selection.Version,
        });
    }

    private static async Task<OutstandingResponse> ResponseAsync(SiteVisitDbContext db, OutstandingSelection selection, RosterAlliance? alliance, CancellationToken cancellationToken) =>
        OutstandingResponse.From(selection, alliance, alliance is null ? null : await AllianceLookup.DisplayNamesAsync(db, [alliance.PiUserName], cancellationToken));
}

public sealed class SelectOutstandingRequest
{
    /// <summary>An alliance of the domain with a submitted form in a visit of the year.</summary>
    [Required]
    public Guid? AllianceId { get; init; }

    /// <summary>The version of the row read: 0 (or nothing) when none is selected yet; 409 when no longer current.</summary>
    public long? Version { get; init; }
}

public sealed class ConfirmOutstandingRequest
{
    public long? Version { get; init; }
}

/// <summary>
/// A domain's outstanding alliance for a year, as the published table shows it (領域別 · 執行單位 · 主持人 · 計畫名稱):
/// the domain, the host institution, the PI's display name (null while the people copy does not know the account)
/// and the alliance's name. <c>allianceId</c> is null and <c>version</c> 0 where none is selected.
/// </summary>
public sealed record OutstandingResponse(
    int Year, string DomainCode, Guid? AllianceId, string? AllianceCode, string? AllianceName, string? HostInstitution, string? PiDisplayName,
    bool Confirmed, long Version, string? SelectedBy, DateTimeOffset? SelectedAt, string? ConfirmedBy, DateTimeOffset? ConfirmedAt)
{
    internal static OutstandingResponse From(OutstandingSelection s, RosterAlliance? alliance, IReadOnlyDictionary<string, string>? pis) => new(
        s.Year, s.DomainCode, s.AllianceId, alliance?.Code, alliance?.Name, alliance?.HostInstitution,
        alliance is null || pis is null ? null : pis.GetValueOrDefault(alliance.PiUserName),
        s.Confirmed, s.Version, s.SelectedBy, s.SelectedAt, s.ConfirmedBy, s.ConfirmedAt);

    internal static OutstandingResponse None(int year, string domainCode) => new(year, domainCode, null, null, null, null, null, false, 0, null, null, null, null);
}
