using Alliance.Messaging.Writes;

namespace Alliance.Messaging.Roster;

/// <summary>
/// A service's copy of one alliance on membership's roster, kept by <see cref="RosterRules"/> from
/// AllianceRegistered, AllianceChanged and AllianceTerminated in whatever order they arrive.
/// </summary>
/// <remarks>
/// Immutable: the rules return a new state and the consumers copy it onto the tracked row. The
/// details (code to PI) are those of <see cref="DetailsVersion"/>; while it is null only a
/// termination has arrived, and the row holds the code and the termination alone.
/// </remarks>
public sealed record RosterAlliance : IAllianceRow
{
    /// <summary>The alliance's id (column <c>alliance_id</c>).</summary>
    public required Guid Id { get; init; }
    public required string Code { get; init; }
    public string Name { get; init; } = "";
    public string HostInstitution { get; init; } = "";
    public string DomainCode { get; init; } = "";
    public int Phase { get; init; }
    public int YearInPhase { get; init; }
    public string PiUserName { get; init; } = "";

    /// <summary>Membership's version of the details held; 0 when they came from an event without one; null when none came yet.</summary>
    public long? DetailsVersion { get; init; }

    /// <summary>When membership registered the alliance; null until AllianceRegistered arrives.</summary>
    public DateTimeOffset? RegisteredAt { get; init; }

    /// <summary>Set once the alliance left the programme; nothing that arrives later clears it.</summary>
    public DateOnly? TerminatedOn { get; init; }

    /// <summary>Membership's version at the termination held (0 when unknown); only a higher one replaces it.</summary>
    public long TerminationVersion { get; init; }

    public bool HasDetails => DetailsVersion is not null;
}
