using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Security;

/// <summary>Where an alliance stands on a service's roster, as an alliance-scoped request needs to know it.</summary>
public enum RosterStatus
{
    /// <summary>The service does not know the alliance (404).</summary>
    Unknown,
    /// <summary>On the roster and still in the programme.</summary>
    Open,
    /// <summary>On the roster but terminated: its records are read, never changed (422 for a write).</summary>
    Terminated,
}

/// <summary>
/// The refusals an alliance-scoped handler makes after the caller's access (<see cref="Caller.RequireAllianceAccess"/>,
/// 403), with their messages, in one place; the query that finds the <see cref="RosterStatus"/> is
/// Alliance.Messaging's <c>AllianceQueries</c>.
/// </summary>
public static class AllianceScope
{
    /// <summary>The alliance is known, and a write goes to one still in the programme.</summary>
    /// <exception cref="DomainException"><see cref="ErrorCode.NotFound"/> when unknown; <see cref="ErrorCode.RuleViolated"/>
    /// naming allianceId when <paramref name="forWrite"/> and terminated.</exception>
    public static void RequireStanding(RosterStatus status, bool forWrite)
    {
        if (status == RosterStatus.Unknown)
        {
            throw NotFound();
        }

        if (forWrite && status == RosterStatus.Terminated)
        {
            throw DomainException.RuleViolated("allianceId", new("此聯盟已終止，資料不能再修改。", "The alliance is terminated; its records can no longer change."));
        }
    }

    public static DomainException NotFound() => DomainException.NotFound(new("找不到此聯盟。", "No such alliance."));
}
