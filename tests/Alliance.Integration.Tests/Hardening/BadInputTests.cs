using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;
using Alliance.ServiceDefaults;

namespace Alliance.Integration.Tests.Hardening;

/// <summary>What a probe of the running system found on bad input outside request bodies, and on what every answer gives away.</summary>
public sealed class BadInputTests(SystemFixture system)
{
    private static readonly string[] DocumentPrefixes = ["/api/auth", .. ResourceNames.Services.Select(s => s.Prefix)];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/auth/audit?actor=admin%00", "actor")]
    [InlineData("/api/revenue/subsidies?year=108&x=%00", "x")]
    public async Task Query_NulCharacter_Is400NamingTheParameter(string path, string field)
    {
        using var response = await system.Admin.GetAsync(path, Cancel);

        await AssertNamesAsync(response, field);
    }

    /// <summary>
    /// A NUL in the path never reaches an endpoint: the gateway's web server refuses the request
    /// line itself with a bare 400, before any middleware could write a problem.
    /// </summary>
    [Theory]
    [InlineData("/api/auth/users/admin%00")]
    [InlineData("/api/membership/domains/ict%00/history")]
    public async Task RouteValue_NulCharacter_IsRefusedBeforeAnyEndpoint(string path)
    {
        using var response = await system.Admin.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task QueryDates_OutsideTheProgrammesRange_Are400NamingThem()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);

        using var early = await alliance.Pi.GetAsync($"{alliance.Incomes}?year=108&from=1900-01-01", Cancel);
        using var late = await alliance.Pi.GetAsync($"/api/revenue/alliances/{alliance.Id}/summary?year=108&to=2200-01-01", Cancel);

        await AssertNamesAsync(early, "from");
        await AssertNamesAsync(late, "to");
    }

    [Theory]
    [InlineData("100000000000000")]
    [InlineData("99999999999999.99")]
    [InlineData("0.004")]
    [InlineData("1e-20")]
    public async Task RecordIncome_AmountBeyondTheColumnOrBelowACent_Is400AndNothingIsRecorded(string amount)
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var body = $$"""{"year":108,"category":"technical-service","counterpartyName":"南科精密股份有限公司","counterpartyKind":"taiwan-company","counterpartyCounty":"臺南市","date":"2019-04-10","amount":{{amount}}}""";

        using var response = await alliance.Pi.PostAsync(alliance.Incomes, new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        await AssertNamesAsync(response, "amount");
        Assert.Empty((await alliance.Pi.GetFromJsonAsync<JsonElement[]>($"{alliance.Incomes}?year=108", Cancel))!);
    }

    [Fact]
    public async Task RecordIncome_TenThousandCharacterValue_IsNamedButNeverRepeated()
    {
        var alliance = await RevenueAlliance.CreateAsync(system);
        var huge = new string('九', 10_000);
        var body = $$"""{"year":108,"category":"technical-service","date":"2019-04-10","amount":"{{huge}}"}""";

        using var response = await alliance.Pi.PostAsync(alliance.Incomes, new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        var text = await AssertNamesAsync(response, "amount");
        Assert.DoesNotContain("九九九九九九九九", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_OfTheGatewayAndOfEveryService_DoNotSayWhatServerRunsThem()
    {
        var paths = new[] { "/health", "/api/auth/me" }.Concat(ResourceNames.Services.Select(s => $"{s.Prefix}/openapi/v1.json"));

        foreach (var path in paths)
        {
            using var response = await system.Admin.GetAsync(path, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            Assert.False(response.Headers.Contains("Server"), $"{path} answers with Server: {string.Join(',', response.Headers.Server)}");
        }
    }

    [Fact]
    public async Task OpenApiDocuments_ArePublic_AndListNoServerAddress()
    {
        foreach (var prefix in DocumentPrefixes)
        {
            var document = await system.Gateway.GetFromJsonAsync<JsonElement>($"{prefix}/openapi/v1.json", Cancel);

            var servers = document.TryGetProperty("servers", out var listed) ? listed.EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToArray() : [];
            Assert.True(servers.All(url => url == "/"), $"{prefix} lists {string.Join(", ", servers)}");
        }
    }

    /// <summary>The answer's text, after checking it is a 400 problem whose <c>errors</c> name <paramref name="field"/>.</summary>
    private static async Task<string> AssertNamesAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        return text;
    }
}
