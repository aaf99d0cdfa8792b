using Alliance.Membership.Api.Data;
using Alliance.Membership.Domain;
using Alliance.Messaging.Writes;
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
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var members = await ReadSummaryMembersAsync(db, allianceId, cancellationToken);

        var rows = members.Select(member =>
        {
            // A member whose stored kind is unknown is listed, counted nowhere, with the reason.
            MemberKind? kind = member.Kind is { } organisationKind ? MemberClassification.KindOf(organisationKind) : null;
            var standing = kind is { } known ? Membership.Domain.Membership.Evaluate(known, member.Terms, programmeYear) : null;
            return (Member: member, Kind: kind, Region: Regions.Of(member.County, Member.IsForeignKind(member.Kind)), Standing: standing);
        }).ToArray();
        var counts = MemberSummary.Count(rows.Where(r => r.Standing is not null).Select(r => (r.Kind!.Value, r.Region, r.Standing!)));

        return TypedResults.Ok(new MemberSummaryResponse(
            allianceId, programmeYear.Roc, programmeYear.Cutoff,
            counts.FirmTotal, counts.Paid, counts.Free, counts.North, counts.Central, counts.South, counts.East,
            counts.IslandsAndOverseas, counts.Individual, counts.Other,
            rows.Select(r => new MemberStandingResponse(
                r.Member.Id, r.Member.Name, r.Member.Kind, r.Kind, r.Member.RegistrationNumber, r.Member.County,
                r.Standing?.IsCounted ?? false, r.Standing?.IsEffectiveFirmMember ?? false, r.Standing?.Paid ?? false, r.Region,
                r.Standing?.Reasons.Select(StandingReasons.Code).ToArray() ?? [UnknownKind])).ToArray()));
    }

    /// <summary>
    /// Only the columns the response and the rules read, in one round trip: members left-joined to
    /// their contracts as flat rows, nothing tracked, folded into members here. For an alliance of
    /// thousands of members, EF's own collection shaping (a nested delegate built per row) cost more
    /// than the query. The benchmark times this query's SQL on its own.
    /// </summary>
    internal static async Task<List<SummaryMember>> ReadSummaryMembersAsync(MembershipDbContext db, Guid allianceId, CancellationToken cancellationToken)
    {
        var members = new List<SummaryMember>();
        List<ContractTerm>? terms = null;
        await foreach (var row in SummaryRows(db, allianceId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (members.Count == 0 || members[^1].Id != row.MemberId)
            {
                terms = [];
                members.Add(new SummaryMember(row.MemberId, row.Name, row.Kind, row.RegistrationNumber, row.County, terms));
            }

            if (row.Start is { } start && row.End is { } end)
            {
                terms!.Add(MembershipContract.TermOf(start, end, row.Paid ?? false, row.Source ?? ContractSource.Contract));
            }
        }

        return members;
    }

    /// <summary>One row per member and contract (a member without contracts once, its contract columns null), a member's rows together.</summary>
    internal static IQueryable<SummaryRow> SummaryRows(MembershipDbContext db, Guid allianceId) =>
        from member in db.Members.AsNoTracking()
        where member.AllianceId == allianceId
        from contract in member.Contracts.DefaultIfEmpty()
        orderby member.Name, member.Id
        select new SummaryRow(
            member.Id, member.Name, member.Kind, member.RegistrationNumber, member.County,
            (DateOnly?)contract!.Start, (DateOnly?)contract.End, (bool?)contract.Paid, (ContractSource?)contract.Source);

    /// <summary>The reason given for a member whose stored kind is unknown: it cannot be classified until corrected.</summary>
    public const string UnknownKind = "organisation-kind-unknown";

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

/// <param name="OrganisationKind">null when the stored kind is unknown; the member is then counted nowhere, with the reason organisation-kind-unknown</param>
/// <param name="Reasons">why the member is not an effective firm member: not-a-firm, no-contract, contract-ends-before-cutoff, contract-starts-after-cutoff, organisation-kind-unknown</param>
public sealed record MemberStandingResponse(
    Guid MemberId, string Name, OrganisationKind? OrganisationKind, MemberKind? MemberKind, string? RegistrationNumber, string? County,
    bool IsCounted, bool IsEffectiveFirmMember, bool Paid, Region? Region, IReadOnlyList<string> Reasons);

/// <summary>What the summary reads of a member: the columns of the response and the terms the cutoff rule needs.</summary>
internal sealed record SummaryMember(Guid Id, string Name, OrganisationKind? Kind, string? RegistrationNumber, string? County, IReadOnlyList<ContractTerm> Terms);

internal sealed record SummaryRow(
    Guid MemberId, string Name, OrganisationKind? Kind, string? RegistrationNumber, string? County,
    DateOnly? Start, DateOnly? End, bool? Paid, ContractSource? Source);
