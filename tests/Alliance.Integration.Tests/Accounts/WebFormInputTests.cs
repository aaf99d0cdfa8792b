using System.Net;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>
/// A NUL in a page's form field is a field message. A URL-encoded form with a NUL never reaches the
/// page (the framework refuses to read it: 400); a multipart one does, as a form with a file field
/// or a script would send it.
/// </summary>
public sealed class WebFormInputTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

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

        using var response = await form.PostAsync("register", fields, multipart: true);

        await AssertFieldMessageAsync(response, field);
    }

    [Fact]
    public async Task SignIn_NulInTheUserName_IsAFieldMessage()
    {
        using var form = new WebForm(system, "/account/sign-in");

        using var response = await form.PostAsync("sign-in",
            new Dictionary<string, string> { ["UserName"] = "a\0" + TestAccounts.UniqueName("nul"), ["Password"] = "definitely-wrong", ["OneTimeCode"] = "" }, multipart: true);

        await AssertFieldMessageAsync(response, "userName");
    }

    [Fact]
    public async Task SignIn_NulInAnUrlEncodedForm_IsRefusedBeforeThePage()
    {
        using var form = new WebForm(system, "/account/sign-in");

        using var response = await form.PostAsync("sign-in",
            new Dictionary<string, string> { ["UserName"] = "a\0" + TestAccounts.UniqueName("nul"), ["Password"] = "definitely-wrong" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task AssertFieldMessageAsync(HttpResponseMessage response, string field)
    {
        var page = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {page[..Math.Min(page.Length, 500)]}");
        Assert.Contains("NUL", WebForm.FieldErrors(page)[field]);
    }
}
