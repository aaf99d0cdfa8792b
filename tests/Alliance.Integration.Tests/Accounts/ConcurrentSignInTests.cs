using System.Net;
using System.Net.Http.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Accounts;

/// <summary>One account signing in from two places at once, as a script and a browser of one officer do.</summary>
public sealed class ConcurrentSignInTests(SystemFixture system)
{
    [Fact]
    public async Task TokenEndpoint_TwoSignInsOfOneAccountAtOnce_EachWithItsOwnCode_NeitherFails()
    {
        var cancel = TestContext.Current.CancellationToken;
        var officer = await new TestAccounts(system).CreateAsync(["ministry-officer"]);
        var codes = new[] { await TestAuthenticators.NextCodeAsync(officer.UserName), await TestAuthenticators.NextCodeAsync(officer.UserName) };
        Assert.All(codes, code => Assert.NotNull(code));

        var answers = await Task.WhenAll(codes.Select(code =>
            system.Gateway.PostAsJsonAsync("/api/auth/token", new { userName = officer.UserName, password = TestAccounts.StrongPassword, oneTimeCode = code }, cancel)));

        // Whichever step the gateway records first, the other is earlier or later: never a 500.
        Assert.All(answers, answer => Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, $"{(int)answer.StatusCode}"));
        Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.OK);
    }
}
