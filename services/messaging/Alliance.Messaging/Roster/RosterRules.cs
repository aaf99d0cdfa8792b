using Alliance.Contracts.Membership;

namespace Alliance.Messaging.Roster;

/// <summary>
/// How a copy of the roster takes in membership's alliance events. Each rule is a pure function of the
/// state held (null when the alliance is new to the copy) and one event, and together they give the
/// same state whatever order the events arrive in and however often each arrives:
/// <list type="bullet">
/// <item>details (registered or changed) replace the held ones only when none are held or they are
/// newer (a higher version); an event without a version (0) therefore counts only while nothing else is known;</item>
/// <item>a termination is kept whatever comes after it, and replaced only by a termination of a higher version;</item>
/// <item>the registration time is the earliest one seen.</item>
/// </list>
/// </summary>
public static class RosterRules
{
    public static RosterAlliance Apply(RosterAlliance? held, AllianceRegistered registered)
    {
        var withDetails = WithDetails(held ?? New(registered.AllianceId, registered.Code), registered.Version, new RosterAlliance
        {
            Id = registered.AllianceId,
            Code = registered.Code,
            Name = registered.Name,
            HostInstitution = registered.HostInstitution,
            DomainCode = registered.DomainCode,
            Phase = registered.Phase,
            YearInPhase = registered.YearInPhase,
            PiUserName = registered.PiUserName,
        });
        return withDetails with
        {
            RegisteredAt = withDetails.RegisteredAt is { } seen && seen <= registered.OccurredAt ? seen : registered.OccurredAt,
        };
    }

    public static RosterAlliance Apply(RosterAlliance? held, AllianceChanged changed) =>
        WithDetails(held ?? New(changed.AllianceId, changed.Code), changed.Version, new RosterAlliance
        {
            Id = changed.AllianceId,
            Code = changed.Code,
            Name = changed.Name,
            HostInstitution = changed.HostInstitution,
            DomainCode = changed.DomainCode,
            Phase = changed.Phase,
            YearInPhase = changed.YearInPhase,
            PiUserName = changed.PiUserName,
        });

    public static RosterAlliance Apply(RosterAlliance? held, AllianceTerminated terminated)
    {
        var state = held ?? New(terminated.AllianceId, terminated.Code);
        return state.TerminatedOn is null || terminated.Version > state.TerminationVersion
            ? state with { TerminatedOn = terminated.TerminatedOn, TerminationVersion = terminated.Version }
            : state;
    }

    private static RosterAlliance New(Guid allianceId, string code) => new() { Id = allianceId, Code = code };

    /// <summary>The held state with <paramref name="details"/>' fields, when they are the newest known.</summary>
    private static RosterAlliance WithDetails(RosterAlliance held, long version, RosterAlliance details) =>
        held.DetailsVersion is { } known && version <= known
            ? held
            : held with
            {
                Code = details.Code,
                Name = details.Name,
                HostInstitution = details.HostInstitution,
                DomainCode = details.DomainCode,
                Phase = details.Phase,
                YearInPhase = details.YearInPhase,
                PiUserName = details.PiUserName,
                DetailsVersion = version,
            };
}
