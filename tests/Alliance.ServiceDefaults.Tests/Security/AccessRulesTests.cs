using Alliance.ServiceDefaults.Security;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed partial class AccessRulesTests
{
    [Theory]
    [MemberData(nameof(SingleRole))]
    public void CanAccessAlliance_SingleRole_FollowsTheRolesTable(string role, Access access, bool inScope, bool expected) =>
        Assert.Equal(expected, AccessRules.CanAccessAlliance([role], inScope, access));

    [Theory]
    [MemberData(nameof(Combinations))]
    public void CanAccessAlliance_SeveralRoles_GrantsTheUnion(string[] roles, Access access, bool inScope, bool expected) =>
        Assert.Equal(expected, AccessRules.CanAccessAlliance(roles, inScope, access));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void CanAccessAlliance_NoKnownFlag_Throws(int access) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AccessRules.CanAccessAlliance([Roles.Pi], true, (Access)access));

    [Theory]
    [InlineData(Roles.MinistryOfficer, true)]
    [InlineData(Roles.CentreAdmin, true)]
    [InlineData(Roles.Pi, false)]
    [InlineData(Roles.Assistant, false)]
    [InlineData(Roles.Reviewer, false)]
    public void ReadsEverything_Role_OnlyOfficersAndAdmins(string role, bool expected) =>
        Assert.Equal(expected, AccessRules.ReadsEverything([role]));
}
