using System.Linq.Expressions;
using Alliance.Activity.Domain;
using Alliance.Membership.Domain;
using Alliance.Messaging.Roster.Members;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// The records behind one table, read from reporting's own copies only: the alliance's members (at the year's cutoff), the accepted
/// incomes and activities of the year named whose dates the view reads, and the year's subsidy. The table itself counts their
/// sums (<see cref="TableSums"/>); these are what its rows open to.
/// </summary>
internal sealed record TableSources(
    IReadOnlyList<MemberVerdict> Members, IReadOnlyList<IncomeCopy> Incomes, IReadOnlyList<ActivityCopy> Activities, decimal? Subsidy)
{
    public const string Accepted = "accepted";

    /// <summary>
    /// The alliance's member copies as they stand now. Members are a stock, not dated records: every year's table
    /// reads the same copies, each at its own cutoff, so a table and last year's beside it read them once.
    /// </summary>
    public static Task<List<RosterMember>> ReadMembersAsync(ReportingDbContext db, Guid allianceId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking()
            .Where(m => m.AllianceId == allianceId).Where(IsCurrent)
            .OrderBy(m => m.Name).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The member copies a table counts: described, and still members of their alliance.</summary>
    public static readonly Expression<Func<RosterMember, bool>> IsCurrent = m => m.DetailsVersion != null && m.LeftAt == null;

    /// <summary>The table of <paramref name="round"/> and <paramref name="view"/> for an alliance, as the copies stand now.</summary>
    /// <param name="members">the alliance's member copies, from <see cref="ReadMembersAsync"/></param>
    public static async Task<TableSources> LoadAsync(
        ReportingDbContext db, Guid allianceId, ReportRound round, SummaryView view, IReadOnlyList<RosterMember> members, CancellationToken cancellationToken)
    {
        var roc = round.Year.Roc;
        var dates = SummaryViews.RecordDates(round, view);
        var (start, end) = (dates.Start, dates.End);
        var incomes = await db.Incomes.AsNoTracking()
            .Where(i => i.AllianceId == allianceId && i.Year == roc && i.Date >= start && i.Date <= end && i.Status == Accepted)
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.AllianceId == allianceId && a.Year == roc && a.Date >= start && a.Date <= end && a.Status == Accepted)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var subsidy = await db.Subsidies.AsNoTracking()
            .Where(s => s.AllianceId == allianceId && s.Year == roc)
            .Select(s => (decimal?)s.Amount)
            .SingleOrDefaultAsync(cancellationToken);
        return new TableSources(MemberCounting.Evaluate(members.Select(InputOf), round.Year), incomes, activities, subsidy);
    }

    /// <summary>A member copy as the cutoff rule reads it: membership's kind and region by their names, each term as membership keeps it.</summary>
    public static MemberInput InputOf(RosterMember member) => new(
        member.Id, member.Name, KebabCodes.Parse<MemberKind>(member.MemberKind), KebabCodes.Parse<Region>(member.Region),
        member.Contracts.Select(c => c.Source == KebabCodes.Of(ContractSource.CooperationProject)
            ? ContractTerm.FromCooperationProject(DateRange.Create(c.Start, c.End))
            : ContractTerm.Contract(DateRange.Create(c.Start, c.End), c.Paid)).ToArray());
}
