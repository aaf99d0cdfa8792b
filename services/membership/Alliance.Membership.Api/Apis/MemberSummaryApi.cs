using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>Who counts as a member in a programme year, and why not when not: the member row of the summary table.</summary>
public static class MemberSummaryApi
{
    public static RouteGroupBuilder MapMemberSummaryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/member-summary").WithTags("Member summary");
        group.MapGet("/", GetMemberSummary).WithName(nameof(GetMemberSummary))
            .WithSummary("Counts of effective members at the year's cutoff (Y/10/31) and each member's standing with its reasons.");
        return group;
    }

    public static async Task<Ok<MemberSummaryResponse>> GetMemberSummary(
        Guid allianceId, int? year, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var programmeYear = YearOf(year);
        await db.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var members = await SummaryMembers(db, allianceId).ToListAsync(cancellationToken);

        var rows = members.Select(member =>
        {
            var kind = MemberClassification.KindOf(member.Kind);
            var standing = Membership.Domain.Membership.Evaluate(kind, member.Terms, programmeYear);
            return (Member: member, Kind: kind, Region: Regions.Of(member.County, Member.IsForeignKind(member.Kind)), Standing: standing);
        }).ToArray();
        var counts = MemberSummary.Count(rows.Select(r => (r.Kind, r.Region, r.Standing)));

        return TypedResults.Ok(new MemberSummaryResponse(
            allianceId, programmeYear.Roc, programmeYear.Cutoff,
            counts.FirmTotal, counts.Paid, counts.Free, counts.North, counts.Central, counts.South, counts.East,
            counts.IslandsAndOverseas, counts.Individual, counts.Other,
            rows.Select(r => new MemberStandingResponse(
                r.Member.Id, r.Member.Name, r.Member.Kind, r.Kind, r.Member.RegistrationNumber, r.Member.County,
                r.Standing.IsCounted, r.Standing.IsEffectiveFirmMember, r.Standing.Paid, r.Region,
                r.Standing.Reasons.Select(StandingReasons.Code).ToArray())).ToArray()));
    }

    /// <summary>
    /// Only the columns the response and the rules read, in one round trip (members left-joined to
    /// their contracts), nothing tracked: for an alliance of thousands of members, materialising full
    /// entities cost more than the query. The benchmark times this query's SQL on its own.
    /// </summary>
    internal static IQueryable<SummaryMember> SummaryMembers(MembershipDbContext db, Guid allianceId) =>
        db.Members.AsNoTracking()
            .Where(m => m.AllianceId == allianceId)
            .OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new SummaryMember(m.Id, m.Name, m.Kind, m.RegistrationNumber, m.County,
                m.Contracts.Select(c => MembershipContract.TermOf(c.Start, c.End, c.Paid, c.Source)).ToArray()));

    internal static ProgrammeYear YearOf(int? year) =>
        year is { } roc && ProgrammeYear.TryCreate(roc, out var programmeYear)
            ? programmeYear
            : throw DomainException.Invalid("year", new(
                $"請以民國年指定年度（{ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}），例如 ?year=108。",
                $"Name the programme year as a ROC year ({ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}), e.g. ?year=108."));
}

/// <summary>The counts at the cutoff; the regions always add up to <see cref="FirmTotal"/>, and so do paid and free.</summary>
public sealed record MemberSummaryResponse(
    Guid AllianceId, int Year, DateOnly Cutoff,
    int FirmTotal, int Paid, int Free, int North, int Central, int South, int East, int IslandsAndOverseas, int Individual, int Other,
    IReadOnlyList<MemberStandingResponse> Members);

/// <param name="Reasons">why the member is not an effective firm member: not-a-firm, no-contract, contract-ends-before-cutoff, contract-starts-after-cutoff</param>
public sealed record MemberStandingResponse(
    Guid MemberId, string Name, OrganisationKind OrganisationKind, MemberKind MemberKind, string? RegistrationNumber, string? County,
    bool IsCounted, bool IsEffectiveFirmMember, bool Paid, Region? Region, IReadOnlyList<string> Reasons);

/// <summary>What the summary reads of a member: the columns of the response and the terms the cutoff rule needs.</summary>
internal sealed record SummaryMember(Guid Id, string Name, OrganisationKind Kind, string? RegistrationNumber, string? County, ContractTerm[] Terms);
