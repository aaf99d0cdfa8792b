namespace Alliance.Gateway.Identity;

/// <summary>The five roles, and which must use a second factor.</summary>
public static class GatewayRoles
{
    public const string MinistryOfficer = "ministry-officer";
    public const string CentreAdmin = "centre-admin";
    public const string Pi = "pi";
    public const string Assistant = "assistant";
    public const string Reviewer = "reviewer";

    public static readonly string[] All = [MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer];

    /// <summary>Roles whose accounts must enrol an authenticator app before they can work in the UI.</summary>
    public static bool RequiresSecondFactor(IEnumerable<string> roles) =>
        roles.Any(role => role is CentreAdmin or MinistryOfficer);
}
