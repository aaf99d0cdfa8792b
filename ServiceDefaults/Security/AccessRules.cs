namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// The roles table of ARCHITECTURE.md for an alliance's own records (members, incomes, activities),
/// as pure functions. A caller with several roles gets the union of what each grants.
/// </summary>
public static class AccessRules
{
    /// <summary>
    /// Whether <paramref name="roles"/> grant every flag of <paramref name="access"/> on one alliance;
    /// <paramref name="inScope"/> says whether it is one of the caller's own or assigned alliances.
    /// Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="access"/> asks for nothing.
    /// </summary>
    public static bool CanAccessAlliance(IEnumerable<string> roles, bool inScope, Access access)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (access == 0 || (access & ~(Access.Read | Access.Write)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(access), access, "Ask for Read, Write or both.");
        }

        var granted = roles.Aggregate((Access)0, (sum, role) => sum | Grants(role, inScope));
        return (granted & access) == access;
    }

    /// <summary>Whether <paramref name="roles"/> read every alliance, in scope or not.</summary>
    public static bool ReadsEverything(IEnumerable<string> roles) =>
        roles.Any(role => role is Roles.MinistryOfficer or Roles.CentreAdmin);

    private static Access Grants(string role, bool inScope) => role switch
    {
        // The centre and the ministry oversee: they reopen a report rather than edit an alliance's records.
        Roles.MinistryOfficer or Roles.CentreAdmin => Access.Read,
        // An assistant holds the role only once the PI approved them; the gateway withholds it before.
        Roles.Pi or Roles.Assistant when inScope => Access.Read | Access.Write,
        Roles.Reviewer when inScope => Access.Read,
        _ => 0,
    };
}
