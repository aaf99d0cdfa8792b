namespace Alliance.Gateway.Data;

public enum RegistrationStatus { Pending, Approved, Rejected, Withdrawn }

/// <summary>An assistant's request to work on one alliance, decided by that alliance's PI.</summary>
public sealed class AssistantRegistration
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public required string UserName { get; init; }
    public Guid AllianceId { get; init; }
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}
