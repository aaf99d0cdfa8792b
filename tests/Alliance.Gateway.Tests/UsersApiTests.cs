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
}
