using Alliance.ServiceDefaults.Security;

namespace Alliance.Gateway.Identity;

/// <summary>The five roles as the gateway's accounts hold them, and which must use a second factor.</summary>
public static class GatewayRoles
{
    public const string MinistryOfficer = Roles.MinistryOfficer;
    public const string CentreAdmin = Roles.CentreAdmin;
    public const string Pi = Roles.Pi;
    public const string Assistant = Roles.Assistant;
    public const string Reviewer = Roles.Reviewer;

    public static readonly string[] All = Roles.All;

    /// <summary>Roles whose accounts must enrol an authenticator app before they can work in the UI.</summary>
    public static bool RequiresSecondFactor(IEnumerable<string> roles) =>
        roles.Any(role => role is CentreAdmin or MinistryOfficer);
}
