using Alliance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Writes;

/// <summary>An alliance as a service's roster keeps it: enough to say whether it is known and still in the programme.</summary>
public interface IAllianceRow
{
    Guid Id { get; }

    /// <summary>Set once the alliance left the programme.</summary>
    DateOnly? TerminatedOn { get; }
}

/// <summary>Loads the alliance in scope or refuses, the same way in every service (refusals and messages in <see cref="AllianceScope"/>).</summary>
public static class AllianceQueries
{
    /// <summary>
    /// The caller may <paramref name="access"/> the alliance (403), the roster knows it (404), and a
    /// write goes to an alliance still in the programme (422).
    /// </summary>
    public static async Task RequireAllianceAsync<TAlliance>(
        this IQueryable<TAlliance> alliances, Caller caller, Guid allianceId, Access access, CancellationToken cancellationToken)
        where TAlliance : class, IAllianceRow
    {
        ArgumentNullException.ThrowIfNull(caller);
        // Refused callers learn nothing, not even whether the alliance exists.
        caller.RequireAllianceAccess(allianceId, access);
        AllianceScope.RequireStanding(await StatusAsync(alliances, allianceId, cancellationToken), forWrite: access.HasFlag(Access.Write));
    }

    /// <summary>
    /// For writes whose route policy is the whole access rule (the centre sets subsidies of any
    /// alliance): the roster knows the alliance (404) and it is still in the programme (422).
    /// </summary>
    public static async Task RequireOpenAllianceAsync<TAlliance>(this IQueryable<TAlliance> alliances, Guid allianceId, CancellationToken cancellationToken)
        where TAlliance : class, IAllianceRow =>
        AllianceScope.RequireStanding(await StatusAsync(alliances, allianceId, cancellationToken), forWrite: true);

    public static async Task<RosterStatus> StatusAsync<TAlliance>(IQueryable<TAlliance> alliances, Guid allianceId, CancellationToken cancellationToken)
        where TAlliance : class, IAllianceRow
    {
        var found = await alliances.AsNoTracking().Where(a => a.Id == allianceId).Select(a => new { a.TerminatedOn }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? RosterStatus.Unknown : found.TerminatedOn is null ? RosterStatus.Open : RosterStatus.Terminated;
    }
}
