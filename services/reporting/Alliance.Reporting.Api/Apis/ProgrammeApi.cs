using System.Globalization;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Programme;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// The programme views (the briefing's tables, live): per domain and in all, for any year, past ones included; and the list of
/// the year's alliances with their flags. The alliances of a year are those with an approved subsidy for it.
/// </summary>
public static class ProgrammeApi
{
    public static RouteGroupBuilder MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/programme").WithTags("Programme");
        group.MapGet("/", GetProgramme).WithName(nameof(GetProgramme))
            .WithSummary("Per domain in the programme's order and in total (?year=108): alliances, subsidy, members, revenue and self-sufficiency, " +
                "each the sum of the alliances' cumulative kpi-2 tables (exact NTD, averages unrounded), beside the programme's targets. Officers and the centre.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.MinistryOfficer, Roles.CentreAdmin));
        app.MapGet($"{Extensions.PublicPrefix}/programme.xlsx", GetProgrammeWorkbook).WithTags("Programme").WithName(nameof(GetProgrammeWorkbook))
            .WithSummary("The programme view's tables as an .xlsx (?year=108): the domains and total, and the alliances. Officers and the centre.")
            .Produces(StatusCodes.Status200OK, contentType: ProgrammeSheet.ContentType)
            .RequireAuthorization(policy => policy.RequireRole(Roles.MinistryOfficer, Roles.CentreAdmin));
        group.MapGet("/alliances", ListProgrammeAlliances).WithName(nameof(ListProgrammeAlliances))
            .WithSummary("The year's alliances the caller may read (?year=108[&domainCode=&flag=&status=]), each with its figures beside its targets, " +
                "its current round's status and its flags with reasons, and the outstanding badge. The current round is the one whose period holds " +
                "today (Taiwan time; of two, the one ending first), or the year's last round (kpi-2) once the year is over. Revenue growth compares " +
                "the year's records through today (or the whole year) with last year's through the same date a year earlier.");
        return group;
    }

    public static async Task<Ok<ProgrammeResponse>> GetProgramme(int? year, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var programmeYear = Guards.Year(year);
        var alliances = await ProgrammeSources.LoadAsync(db, programmeYear, ProgrammeSources.SubsidiesOf(db, programmeYear.Roc), cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, programmeYear, alliances, cancellationToken));
    }

    public static async Task<FileContentHttpResult> GetProgrammeWorkbook(
        int? year, ReportingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var programmeYear = Guards.Year(year);
        var subsidies = ProgrammeSources.SubsidiesOf(db, programmeYear.Roc);
        var alliances = await ProgrammeSources.LoadAsync(db, programmeYear, subsidies, cancellationToken);
        var programme = await ResponseAsync(db, programmeYear, alliances, cancellationToken);
        var list = await ListAsync(db, programmeYear, Today(clock), subsidies, alliances, RequestLanguage.Of(http), cancellationToken);
        return TypedResults.File(ProgrammeSheet.Write(programme, list), ProgrammeSheet.ContentType, $"programme-{programmeYear.Roc}.xlsx");
    }

    public static async Task<Ok<ProgrammeAlliancesResponse>> ListProgrammeAlliances(
        int? year, string? domainCode, string? flag, string? status, Caller caller, ReportingDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var programmeYear = Guards.Year(year);
        var wanted = ReadFilters(flag, status);
        var subsidies = ProgrammeSources.SubsidiesOf(db, programmeYear.Roc).ReadableBy(caller, s => s.AllianceId);
        if (domainCode is not null)
        {
            subsidies = from s in subsidies join a in db.Alliances on s.AllianceId equals a.Id where a.DomainCode == domainCode select s;
        }

        var alliances = await ProgrammeSources.LoadAsync(db, programmeYear, subsidies, cancellationToken);
        var list = await ListAsync(db, programmeYear, Today(clock), subsidies, alliances, RequestLanguage.Of(http), cancellationToken);
        return TypedResults.Ok(list with
        {
            Alliances = list.Alliances
                .Where(a => wanted.Flag is not { } f || a.Flags.Any(raised => raised.Code == ProgrammeFlags.Code(f)))
                .Where(a => wanted.Status is not { } s || a.Status == s).ToArray(),
        });
    }

    private static DateOnly Today(TimeProvider clock) => Punctuality.TaiwanDateOf(clock.GetUtcNow());

    private static async Task<ProgrammeResponse> ResponseAsync(
        ReportingDbContext db, ProgrammeYear year, IReadOnlyList<ProgrammeAlliance> alliances, CancellationToken cancellationToken)
    {
        var (domains, total) = ProgrammeTotals.Of(alliances.Select(a => a.Figures).ToArray());
        var target = await db.ProgrammeTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Year == year.Roc, cancellationToken);
        return new ProgrammeResponse(year.Roc, ProgrammeTargetResponse.From(year.Roc, target), domains, total);
    }

    private static async Task<ProgrammeAlliancesResponse> ListAsync(
        ReportingDbContext db, ProgrammeYear year, DateOnly today, IQueryable<SubsidyCopy> subsidies, IReadOnlyList<ProgrammeAlliance> alliances,
        CultureInfo language, CancellationToken cancellationToken)
    {
        var round = CurrentRound.Of(year, today);
        var asOf = SameDates.AsOf(year, today);
        var standings = await ProgrammeFlagSources.LoadAsync(db, year, asOf, round, subsidies, alliances, cancellationToken);
        var domainOrder = SiteVisit.Domain.ProgrammeDomains.Order(alliances.Select(a => a.Figures.DomainCode)).Select((code, place) => (code, place))
            .ToDictionary(d => d.code, d => d.place, StringComparer.Ordinal);
        var rows = alliances.OrderBy(a => domainOrder[a.Figures.DomainCode]).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => ProgrammeAllianceResponse.From(a, standings[a.Id], asOf, language)).ToArray();
        return new ProgrammeAlliancesResponse(year.Roc, round.Id, asOf, rows);
    }

    private static (ProgrammeFlag? Flag, RoundStatus? Status) ReadFilters(string? flag, string? status)
    {
        var errors = new Dictionary<string, LocalizedText[]>();
        ProgrammeFlag? wantedFlag = null;
        if (flag is not null)
        {
            if (ProgrammeFlags.TryParse(flag, out var parsed))
            {
                wantedFlag = parsed;
            }
            else
            {
                errors["flag"] = [ProgrammeMessages.UnknownFlag];
            }
        }

        var wantedStatus = status is null ? null : KebabCodes.Parse<RoundStatus>(status);
        if (status is not null && wantedStatus is null)
        {
            errors["status"] = [ProgrammeMessages.UnknownStatus];
        }

        return errors.Count == 0 ? (wantedFlag, wantedStatus) : throw new DomainException(ErrorCode.Invalid, errors.First().Value[0], errors);
    }
}
