namespace Alliance.Gateway.Data;

public enum AccessTokenKind { Session, Personal }

/// <summary>
/// An opaque bearer token. Only its SHA-256 hash is stored; the value is shown once, when issued.
/// A token is valid before <see cref="ExpiresAt"/> unless revoked.
/// </summary>
public sealed class AccessToken
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public AccessTokenKind Kind { get; init; }
    public required string Name { get; init; }
    public required string Hash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
}
