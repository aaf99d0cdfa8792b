using Alliance.Messaging.Roster;
using Alliance.Messaging.Roster.People;
using Alliance.ServiceDefaults.Security;
using Alliance.SiteVisit.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>Site-visit's copy of the roster (membership's alliances) and of the people, as its handlers read them.</summary>
internal static class AllianceLookup
{
    /// <summary>
    /// The alliance a request body names, for a write: 422 <c>unknown-alliance</c> naming <c>allianceId</c> when the
    /// roster does not know it, 422 when it left the programme.
    /// </summary>
    public static async Task<RosterAlliance> WritableAsync(SiteVisitDbContext db, Guid allianceId, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.Id == allianceId, cancellationToken);
        if (alliance is null)
        {
            throw RuleMessages.UnknownAlliance();
        }

        AllianceScope.RequireStanding(alliance.TerminatedOn is null && alliance.HasDetails ? RosterStatus.Open : RosterStatus.Terminated, forWrite: true);
        return alliance;
    }

    /// <summary>The roster's alliances among <paramref name="ids"/>, by id (an id the copy does not know is left out).</summary>
    public static async Task<Dictionary<Guid, RosterAlliance>> ByIdAsync(SiteVisitDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToArray();
        return await db.Alliances.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>The display names of the accounts named, by user name; a name the people copy does not know is left out.</summary>
    public static async Task<Dictionary<string, string>> DisplayNamesAsync(SiteVisitDbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.Distinct().ToArray();
        return await db.People().Where(p => wanted.Contains(p.UserName)).ToDictionaryAsync(p => p.UserName, p => p.DisplayName, cancellationToken);
    }
}
