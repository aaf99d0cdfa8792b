namespace Alliance.Messaging.Roster.People;

/// <summary>
/// Whether an assistant works on an alliance, kept by <see cref="PeopleRules"/> from AssistantApproved and
/// AssistantWithdrawn: the decision of the greatest account version seen. One row per account and alliance;
/// it needs no <see cref="RosterPerson"/> (an approval that arrives before its account's AccountChanged is kept).
/// </summary>
public sealed record AssistantApproval
{
    public required Guid UserId { get; init; }
    public required Guid AllianceId { get; init; }
    public required string UserName { get; init; }
    public string AllianceCode { get; init; } = "";

    /// <summary>The gateway's registration the latest decision was about.</summary>
    public Guid RegistrationId { get; init; }

    /// <summary>True while approved; false once withdrawn.</summary>
    public bool Approved { get; init; }

    /// <summary>The assistant's account version at the decision held; only a greater one replaces it.</summary>
    public long Version { get; init; }
}
