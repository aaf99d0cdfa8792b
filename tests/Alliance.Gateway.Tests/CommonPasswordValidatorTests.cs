using Alliance.Gateway.Identity;

namespace Alliance.Gateway.Tests;

public sealed class CommonPasswordValidatorTests
{
    public static TheoryData<string, string, string?> Passwords => new()
    {
        { "Vt7-correct-horse-battery", "pi-lin", null },
        { "password1", "pi-lin", "PasswordTooCommon" },
        { "Qwertyuiop", "pi-lin", "PasswordTooCommon" },
        { "pi-lin-2024!", "pi-lin", "PasswordContainsUserName" },
        { "My PI-LIN secret", "pi-lin", "PasswordContainsUserName" },
        { "xx-lin-wang-yy", " lin ", "PasswordContainsUserName" },
        { "wu-is-my-family-name", "wu", null },
        { "Alliance-2024-spring", "pi-lin", "PasswordContainsProductName" },
        { "myALLIANCEpass", "pi-lin", "PasswordContainsProductName" },
        { "我愛產學技術聯盟2024", "pi-lin", "PasswordContainsProductName" },
        { "產學小聯盟-secret-9", "pi-lin", "PasswordContainsProductName" },
        { "allied-forces-2024", "pi-lin", null },
    };

    [Theory]
    [MemberData(nameof(Passwords))]
    public void Check_Password_RefusesCommonOwnNameAndProductName(string password, string userName, string? refusal)
    {
        var result = CommonPasswordValidator.Check(password, userName);

        Assert.Equal(refusal, result.Errors.SingleOrDefault()?.Code);
        Assert.Equal(refusal is null, result.Succeeded);
    }

    [Fact]
    public void Check_NoUserNameYet_LooksOnlyAtTheListAndTheProduct() =>
        Assert.True(CommonPasswordValidator.Check("Vt7-correct-horse-battery", null).Succeeded);
}
