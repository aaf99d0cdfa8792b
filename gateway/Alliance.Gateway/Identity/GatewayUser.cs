using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Identity;

/// <summary>
/// An account. <see cref="ScopeVersion"/> changes whenever the user's roles or alliances change,
/// so cached internal tokens of the old scope are never reused. <see cref="LastTotpStep"/> is the
/// last authenticator time step accepted, so a code is accepted once only.
/// </summary>
public sealed class GatewayUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public bool Disabled { get; set; }
    public long ScopeVersion { get; set; } = 1;
    public long LastTotpStep { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; private set; }
}
