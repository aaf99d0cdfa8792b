namespace Alliance.ServiceDefaults.Security;

/// <summary>The role names carried in the <c>roles</c> claim; ARCHITECTURE.md's roles table says what each may do.</summary>
public static class Roles
{
    public const string MinistryOfficer = "ministry-officer";
    public const string CentreAdmin = "centre-admin";
    public const string Pi = "pi";
    public const string Assistant = "assistant";
    public const string Reviewer = "reviewer";

    public static readonly string[] All = [MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer];
}
