namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// The fixed shape of the internal token the gateway signs and the services accept.
/// Both sides read these names from here so they cannot drift apart.
/// </summary>
public static class InternalTokenClaims
{
    public const string Issuer = "alliance-gateway";

    public const string Subject = "sub";
    public const string Roles = "roles";
    public const string Alliances = "alliances";
}
