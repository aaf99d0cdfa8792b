using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Identity;

/// <summary>
/// An account. <see cref="ScopeVersion"/> changes whenever the user's roles or alliances change,
/// so cached internal tokens of the old scope are never reused. <see cref="LastTotpStep"/> is the
/// last authenticator time step accepted, so a code is accepted once only. <see cref="Version"/> is
/// what other services and the accounts API order the account's changes by (see <see cref="AccountEvents"/>).
/// </summary>
public sealed class GatewayUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public bool Disabled { get; set; }
    public long ScopeVersion { get; set; } = 1;
    public long LastTotpStep { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>
    /// Grows by one with each event published about the account (<see cref="AccountEvents"/> alone
    /// moves it), and is the version the accounts API reads and is sent back. A copy of the user held
    /// since before a change cannot write an older one back: its save fails on the row version (xmin).
    /// </summary>
    public long Version { get; private set; }

    internal long NextVersion() => ++Version;
}
