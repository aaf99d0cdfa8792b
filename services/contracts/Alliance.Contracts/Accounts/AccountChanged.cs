using MassTransit;

namespace Alliance.Contracts.Accounts;

/// <summary>
/// An account was created or its published state changed: display name, e-mail address, roles or
/// disabled. The whole state after the change is carried, never a difference. Published by the
/// gateway, which owns the accounts.
/// </summary>
[MessageUrn("alliance:gateway:account-changed:v1")]
public sealed record AccountChanged : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid UserId { get; init; }
    /// <summary>The name other services know the person by (an alliance's <c>piUserName</c>), spelled as the account spells it; it never changes.</summary>
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    /// <summary>Null when the account has no e-mail address.</summary>
    public string? Email { get; init; }
    /// <summary>The account's roles, sorted: ministry-officer, centre-admin, pi, assistant, reviewer.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
    /// <summary>A disabled account signs in to nothing; it still exists (an alliance may keep naming it).</summary>
    public required bool Disabled { get; init; }
    /// <summary>
    /// The account's version after the change. One counter per account orders every event about it
    /// (<see cref="AccountChanged"/>, <see cref="AssistantApproved"/>, <see cref="AssistantWithdrawn"/>):
    /// each event takes the next number, so it only grows and no two events of one account share one.
    /// A consumer keeps the state with the greatest version it has seen and ignores an event whose
    /// version is not greater, whatever order events arrive in and however often.
    /// </summary>
    public required long Version { get; init; }
}
