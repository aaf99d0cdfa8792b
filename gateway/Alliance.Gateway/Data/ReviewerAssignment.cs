namespace Alliance.Gateway.Data;

/// <summary>An alliance a reviewer may read. Set on the account until the site-visit service assigns reviewers.</summary>
public sealed class ReviewerAssignment
{
    public Guid UserId { get; init; }
    public Guid AllianceId { get; init; }
}
