using System.Net;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>What no JSON body can carry past the API's filter still comes in through a page's form: a NUL is a field message there.</summary>
public sealed class WebFormInputTests(SystemFixture system)
{
    [Theory]
    [InlineData("DisplayName", "displayName")]
    [InlineData("UserName", "userName")]
    public async Task Register_NulInAField_IsAFieldMessage(string input, string field)
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var alliance = await TestAlliances.RegisterAsync(system, pi.UserName);
        var fields = new Dictionary<string, string>
        {
            ["UserName"] = TestAccounts.UniqueName("asst"), ["DisplayName"] = "林助理", ["Email"] = "",
            ["Password"] = TestAccounts.StrongPassword, ["AllianceCode"] = alliance.Code,
        };
        fields[input] = fields[input][..2] + "\0" + fields[input][2..];
        using var form = new WebForm(system, "/account/register");

        using var response = await form.PostAsync("register", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = WebForm.FieldErrors(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("NUL", errors[field]);
    }

    [Theory]
    [InlineData("UserName", "userName")]
    [InlineData("Password", "password")]
    public async Task SignIn_NulInAField_IsAFieldMessage(string input, string field)
    {
        var fields = new Dictionary<string, string> { ["UserName"] = TestAccounts.UniqueName("nul"), ["Password"] = "definitely-wrong", ["OneTimeCode"] = "" };
        fields[input] = "a\0" + fields[input];
        using var form = new WebForm(system, "/account/sign-in");

        using var response = await form.PostAsync("sign-in", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = WebForm.FieldErrors(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("NUL", errors[field]);
    }
}
