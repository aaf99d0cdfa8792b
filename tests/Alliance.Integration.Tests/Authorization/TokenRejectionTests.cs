using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Alliance.ServiceDefaults.Security;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>Every way to get in without the gateway's say-so is refused with 401.</summary>
public sealed class TokenRejectionTests(SystemFixture system)
{
    private const string Alliances = "/api/membership/alliances";

    [Fact]
    public async Task Gateway_ForgedBearerToken_Is401()
    {
        using var response = await SendAsync(system.Gateway, Alliances, "alc_forged0000000000000000000000000000000000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>
    /// The token is expired in the database before its first use: the gateway keeps a caller it has
    /// looked up until its own writes change it or the token's own expiry passes (CallerCacheTests),
    /// and a hand edit of its tables is seen at its next lookup, not on the instant.
    /// </summary>
    [Fact]
    public async Task Gateway_ExpiredPersonalToken_Is401()
    {
        var user = await new TestAccounts(system).CreateAsync(["ministry-officer"]);
        using (var before = await user.Client.GetAsync(Alliances, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var token = await TestAccounts.PersonalTokenAsync(system.Gateway, user.UserName, TestAccounts.StrongPassword);
        await using (var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.GatewayDb)))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var expire = new NpgsqlCommand("UPDATE access_tokens SET expires_at = now() - interval '1 minute' WHERE hash = @hash", connection);
            expire.Parameters.AddWithValue("hash", Convert.ToHexStringLower(global::System.Security.Cryptography.SHA256.HashData(global::System.Text.Encoding.UTF8.GetBytes(token))));
            Assert.Equal(1, await expire.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        using var after = await SendAsync(system.Gateway, Alliances, token);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Gateway_InternalTokenSentByAClient_IsNotAcceptedAsACredential()
    {
        var internalToken = IssueWith(await CurrentSigningKeyAsync(), ResourceNames.Membership);

        using var response = await SendAsync(system.Gateway, Alliances, internalToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("X-User", "admin")]
    [InlineData("X-Roles", "centre-admin")]
    [InlineData("X-Forwarded-User", "admin")]
    [InlineData("X-Alliance-Roles", "centre-admin")]
    public async Task Gateway_ClientSentIdentityHeader_GivesNoAccess(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Alliances);
        request.Headers.Add(header, value);

        using var response = await system.Gateway.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Service_CalledDirectlyWithoutToken_Is401()
    {
        using var direct = system.App.CreateHttpClient(ResourceNames.Membership);

        using var response = await direct.GetAsync(Alliances, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Service_TokenOfTheCurrentKeyForItsAudience_IsAccepted_ButNotByAnotherService()
    {
        var forMembership = IssueWith(await CurrentSigningKeyAsync(), ResourceNames.Membership);
        using var membership = system.App.CreateHttpClient(ResourceNames.Membership);
        using var revenue = system.App.CreateHttpClient(ResourceNames.Revenue);

        using var accepted = await SendAsync(membership, Alliances, forMembership);
        using var wrongAudience = await SendAsync(revenue, "/api/revenue/income-categories", forMembership);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
    }

    [Fact]
    public async Task Service_TokenSignedWithARetiredKey_Is401()
    {
        var retired = InternalKey.ParseSigningKey(InternalKeys.Generate("k-retired").SigningKey);
        using var membership = system.App.CreateHttpClient(ResourceNames.Membership);

        using var response = await SendAsync(membership, Alliances, IssueWith(retired, ResourceNames.Membership));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Service_ExpiredInternalToken_Is401()
    {
        var key = await CurrentSigningKeyAsync();
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var expired = new InternalTokenIssuer(key, past, TimeSpan.FromMinutes(5)).Issue(Officer, ResourceNames.Membership);
        using var membership = system.App.CreateHttpClient(ResourceNames.Membership);

        using var response = await SendAsync(membership, Alliances, expired);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static readonly InternalCaller Officer = new("officer-under-test", ["ministry-officer"], [], 1);

    private static string IssueWith(InternalKey key, string audience) =>
        new InternalTokenIssuer(key, TimeProvider.System, TimeSpan.FromMinutes(5)).Issue(Officer, audience);

    /// <summary>The gateway's signing key, read from the test run's own secrets file as an operator could.</summary>
    private async Task<InternalKey> CurrentSigningKeyAsync()
    {
        var secrets = JsonSerializer.Deserialize<Dictionary<string, string>>(
            await File.ReadAllTextAsync(Path.Combine(system.DataDirectory, "secrets.json"), TestContext.Current.CancellationToken))!;
        return InternalKey.ParseSigningKey(secrets["internal-signing-key"]);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
