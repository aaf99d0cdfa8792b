namespace Alliance.Messaging.Roster.Members;

/// <summary>
/// A service's copy of one member of an alliance, kept by <see cref="MemberRules"/> from MemberJoined,
/// MemberChanged and MemberLeft in whatever order they arrive.
/// </summary>
/// <remarks>
/// Immutable: the rules return a new state and the consumers copy it onto the tracked row. It holds what
/// the events carry, as they carry it (kinds as membership's API names): a service reads its own domain
/// types from them. The description (name to region) is that of <see cref="DetailsVersion"/>; while it is
/// null only a removal has arrived, and the row holds the ids and the removal alone.
/// </remarks>
public sealed record RosterMember
{
    /// <summary>The member's id (column <c>member_id</c>).</summary>
    public required Guid Id { get; init; }
    public required Guid AllianceId { get; init; }
    public string Name { get; init; } = "";

    /// <summary>Membership's API name of the kind of organisation (<c>taiwan-company</c>, …); empty while no details came.</summary>
    public string OrganisationKind { get; init; } = "";

    /// <summary><c>firm</c>, <c>individual</c> or <c>other</c>; empty while no details came.</summary>
    public string MemberKind { get; init; } = "";
    public bool IsFirm { get; init; }
    public string? RegistrationNumber { get; init; }
    public string? County { get; init; }

    /// <summary>north, central, south, east or islands-and-overseas; null for non-firms without a county.</summary>
    public string? Region { get; init; }

    /// <summary>The contracts of the newest state held; none once the member left.</summary>
    public RosterMemberContracts Contracts { get; init; } = RosterMemberContracts.None;

    /// <summary>Membership's version of the description held; null while none came.</summary>
    public long? DetailsVersion { get; init; }

    /// <summary>The newest of membership's versions of the member the copy has taken in, description or removal.</summary>
    public long SourceVersion { get; init; }

    /// <summary>When membership removed the member: from then on it is a member of no alliance, whatever arrives later.</summary>
    public DateTimeOffset? LeftAt { get; init; }

    /// <summary>Membership's version at the removal held (0 while none came); only a higher one replaces it.</summary>
    public long LeftVersion { get; init; }

    public bool HasDetails => DetailsVersion is not null;

    public bool HasLeft => LeftAt is not null;
}
