using MassTransit;

namespace Alliance.Contracts.Accounts;

/// <summary>
/// An alliance's PI approved an assistant's registration: the assistant now works on that alliance's
/// records. Published by the gateway.
/// </summary>
[MessageUrn("alliance:gateway:assistant-approved:v1")]
public sealed record AssistantApproved : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid RegistrationId { get; init; }
    public required Guid UserId { get; init; }
    public required string UserName { get; init; }
    public required Guid AllianceId { get; init; }
    public required string AllianceCode { get; init; }
    /// <summary>
    /// The assistant's account version after the approval, from the same counter as
    /// <see cref="AccountChanged.Version"/> (one per account, not per registration): of the approvals
    /// and withdrawals of one account for one alliance, the one with the greatest version is the current state.
    /// </summary>
    public required long Version { get; init; }
}

/// <summary>
/// An alliance's PI withdrew an assistant's approval: the assistant no longer works on that
/// alliance. Published by the gateway, one event per alliance withdrawn.
/// </summary>
[MessageUrn("alliance:gateway:assistant-withdrawn:v1")]
public sealed record AssistantWithdrawn : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid RegistrationId { get; init; }
    public required Guid UserId { get; init; }
    public required string UserName { get; init; }
    public required Guid AllianceId { get; init; }
    public required string AllianceCode { get; init; }
    /// <summary>The assistant's account version after the withdrawal; see <see cref="AssistantApproved.Version"/>.</summary>
    public required long Version { get; init; }
}
