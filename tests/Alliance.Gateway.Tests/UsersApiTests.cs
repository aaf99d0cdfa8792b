using Alliance.Gateway.Apis;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Tests;

public sealed class UsersApiTests
{
    public static TheoryData<string?[]?, string[]> BadRoles => new()
    {
        { [null], ["roles[0]"] },
        { ["pi", null], ["roles[1]"] },
        { ["pi", "root", "  "], ["roles[1]", "roles[2]"] },
        { ["PI"], ["roles[0]"] },
        { [], ["roles"] },
        { null, ["roles"] },
    };

    [Theory]
    [MemberData(nameof(BadRoles))]
    public void CheckedRoles_NullOrUnknownEntries_AreRefusedNamingEachEntry(string?[]? roles, string[] fields)
    {
        var refusal = Assert.Throws<DomainException>(() => UsersApi.CheckedRoles(roles));

        Assert.Equal(ErrorCode.Invalid, refusal.Code);
        Assert.Equal(fields, refusal.FieldErrors.Keys.Order());
    }

    [Fact]
    public void CheckedRoles_KnownRolesWithSpacesAndRepeats_AreTrimmedAndCountedOnce() =>
        Assert.Equal(["pi", "reviewer"], UsersApi.CheckedRoles([" pi", "reviewer", "pi "]));

    [Fact]
    public void RefuseReviewerAlliances_AnyAlliance_Is400NamingTheFieldAsSetByAssignments()
    {
        var refusal = Assert.Throws<DomainException>(() => UsersApi.RefuseReviewerAlliances([Guid.NewGuid()]));

        Assert.Equal(ErrorCode.Invalid, refusal.Code);
        Assert.Equal(["reviewerAlliances"], refusal.FieldErrors.Keys);
        Assert.Contains("site-visit assignments", refusal.FieldErrors["reviewerAlliances"][0].En, StringComparison.Ordinal);
        Assert.Contains("實地查訪", refusal.FieldErrors["reviewerAlliances"][0].ZhTw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RefuseReviewerAlliances_NoneOrEmpty_IsTaken(bool empty)
    {
        var refusal = Record.Exception(() => UsersApi.RefuseReviewerAlliances(empty ? [] : null));

        Assert.Null(refusal);
    }
}
