namespace Alliance.Messaging.Roster.People;

/// <summary>
/// A service's copy of one gateway account, kept by <see cref="PeopleRules"/> from AccountChanged: the
/// state of the greatest account version seen, whatever order the events arrive in.
/// </summary>
/// <remarks>
/// Immutable like <see cref="RosterAlliance"/>: the rules return a new state and the consumer copies it onto
/// the tracked row. Equal when every field is, roles compared element by element.
/// </remarks>
public sealed record RosterPerson
{
    /// <summary>The account's id at the gateway (column <c>user_id</c>).</summary>
    public required Guid UserId { get; init; }

    /// <summary>The name an alliance's <c>piUserName</c> uses; unique, and it never changes.</summary>
    public required string UserName { get; init; }

    public string DisplayName { get; init; } = "";

    /// <summary>Null when the account has no e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The account's roles, sorted as the event carries them.</summary>
    public string[] Roles { get; init; } = [];

    /// <summary>A disabled account signs in to nothing, but an alliance may still name it.</summary>
    public bool Disabled { get; init; }

    /// <summary>The account's version the state is from; only a greater one replaces it.</summary>
    public long Version { get; init; }

    public bool Equals(RosterPerson? other) =>
        other is not null
        && UserId == other.UserId
        && UserName == other.UserName
        && DisplayName == other.DisplayName
        && Email == other.Email
        && Roles.SequenceEqual(other.Roles)
        && Disabled == other.Disabled
        && Version == other.Version;

    public override int GetHashCode() => HashCode.Combine(UserId, Version);
}
