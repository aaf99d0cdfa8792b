using Alliance.ServiceDefaults.Security;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed partial class AccessRulesTests
{
    /// <summary>Every role × read/write × in scope or not, from the roles table of ARCHITECTURE.md.</summary>
    public static TheoryData<string, Access, bool, bool> SingleRole => new()
    {
        { Roles.MinistryOfficer, Access.Read, true, true },
        { Roles.MinistryOfficer, Access.Read, false, true },
        { Roles.MinistryOfficer, Access.Write, true, false },
        { Roles.MinistryOfficer, Access.Write, false, false },
        { Roles.CentreAdmin, Access.Read, true, true },
        { Roles.CentreAdmin, Access.Read, false, true },
        { Roles.CentreAdmin, Access.Write, true, false },
        { Roles.CentreAdmin, Access.Write, false, false },
        { Roles.Pi, Access.Read, true, true },
        { Roles.Pi, Access.Read, false, false },
        { Roles.Pi, Access.Write, true, true },
        { Roles.Pi, Access.Write, false, false },
        { Roles.Assistant, Access.Read, true, true },
        { Roles.Assistant, Access.Read, false, false },
        { Roles.Assistant, Access.Write, true, true },
        { Roles.Assistant, Access.Write, false, false },
        { Roles.Reviewer, Access.Read, true, true },
        { Roles.Reviewer, Access.Read, false, false },
        { Roles.Reviewer, Access.Write, true, false },
        { Roles.Reviewer, Access.Write, false, false },
        { "someone-else", Access.Read, true, false },
        { "someone-else", Access.Write, true, false },
    };

    public static TheoryData<string[], Access, bool, bool> Combinations => new()
    {
        { [], Access.Read, true, false },
        { [Roles.Pi], Access.Read | Access.Write, true, true },
        { [Roles.CentreAdmin], Access.Read | Access.Write, true, false },
        { [Roles.Reviewer], Access.Read | Access.Write, true, false },
        { [Roles.Reviewer, Roles.Pi], Access.Write, true, true },
        { [Roles.CentreAdmin, Roles.Pi], Access.Write, false, false },
        { [Roles.CentreAdmin, Roles.Reviewer], Access.Read, false, true },
    };
}
