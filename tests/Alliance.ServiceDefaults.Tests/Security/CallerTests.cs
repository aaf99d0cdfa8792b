using System.Security.Claims;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed class CallerTests
{
    private static readonly Guid Own = Guid.Parse("0195f3a4-0000-7000-8000-000000000001");
    private static readonly Guid Other = Guid.Parse("0195f3a4-0000-7000-8000-000000000002");

    [Fact]
    public void Constructor_InternalClaims_ReadsNameRolesAndAlliances()
    {
        var caller = Make(Roles.Pi, Roles.Reviewer);

        Assert.Equal("wang", caller.UserName);
        Assert.Equal([Roles.Pi, Roles.Reviewer], caller.Roles.Order());
        Assert.Equal([Own], caller.Alliances);
    }

    [Fact]
    public void Constructor_AllianceClaimNotAUuid_IgnoresIt()
    {
        var identity = new ClaimsIdentity([new Claim(InternalTokenClaims.Alliances, "not-a-uuid")], "test");

        Assert.Empty(new Caller(new ClaimsPrincipal(identity)).Alliances);
    }

    [Fact]
    public void Constructor_Anonymous_HasNoNameRolesOrAlliances()
    {
        var caller = new Caller(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Equal("", caller.UserName);
        Assert.Empty(caller.Roles);
        Assert.False(caller.CanAccessAlliance(Own, Access.Read));
    }

    [Fact]
    public void RequireAllianceAccess_OutOfScope_ThrowsForbidden()
    {
        var exception = Assert.Throws<DomainException>(() => Make(Roles.Pi).RequireAllianceAccess(Other, Access.Read));

        Assert.Equal(ErrorCode.Forbidden, exception.Code);
    }

    [Fact]
    public void RequireAllianceAccess_InScope_DoesNotThrow() =>
        Make(Roles.Assistant).RequireAllianceAccess(Own, Access.Read | Access.Write);

    [Theory]
    [InlineData(Roles.CentreAdmin, true)]
    [InlineData(Roles.MinistryOfficer, true)]
    [InlineData(Roles.Pi, false)]
    public void RequireRole_AdminOrOfficerAsked_ThrowsForbiddenForOthers(string role, bool allowed)
    {
        var exception = Record.Exception(() => Make(role).RequireRole(Roles.CentreAdmin, Roles.MinistryOfficer));

        if (allowed)
        {
            Assert.Null(exception);
        }
        else
        {
            Assert.Equal(ErrorCode.Forbidden, Assert.IsType<DomainException>(exception).Code);
        }
    }

    [Theory]
    [InlineData(Roles.Pi, true)]
    [InlineData(Roles.Reviewer, true)]
    [InlineData("unknown", false)]
    public void ReadableAlliances_ScopedRole_ListsOnlyReadableOwnAlliances(string role, bool readable) =>
        Assert.Equal(readable ? [Own] : [], Make(role).ReadableAlliances);

    private static Caller Make(params string[] roles)
    {
        Claim[] claims =
        [
            new(InternalTokenClaims.Subject, "wang"),
            new(InternalTokenClaims.Alliances, Own.ToString()),
            .. roles.Select(role => new Claim(InternalTokenClaims.Roles, role)),
        ];
        return new Caller(new ClaimsPrincipal(new ClaimsIdentity(claims, "test", InternalTokenClaims.Subject, InternalTokenClaims.Roles)));
    }
}
