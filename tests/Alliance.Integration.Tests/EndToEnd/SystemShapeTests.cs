using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.EndToEnd;

/// <summary>What a newcomer sees first: the gateway is up, routes to every service, and each documents its API.</summary>
public sealed class SystemShapeTests(SystemFixture system)
{
    public static TheoryData<string> Prefixes => new(ResourceNames.Services.Select(s => s.Prefix));

    [Fact]
    public async Task Health_AllServicesUp_Answers200()
    {
        using var response = await system.Gateway.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public async Task OpenApiDocument_OfEachService_IsServedThroughTheGatewayWithItsPublicPaths(string prefix)
    {
        var document = await system.Gateway.GetFromJsonAsync<JsonElement>($"{prefix}/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith(prefix + "/", path));
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    [InlineData("/api/auth")]
    public async Task OpenApiDocument_OfEachService_ListsTheProblemResponsesOfEveryOperation(string prefix)
    {
        var document = await system.Gateway.GetFromJsonAsync<JsonElement>($"{prefix}/openapi/v1.json", TestContext.Current.CancellationToken);

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name != "parameters").Select(o => (Path: path.Name, Method: o.Name, Responses: o.Value.GetProperty("responses"))))
            .ToArray();
        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            var listed = operation.Responses.EnumerateObject()
                .Where(r => r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _))
                .Select(r => r.Name).ToHashSet();
            var expected = new HashSet<string>();
            if (operation.Method != "get")
            {
                expected.UnionWith(["400", "409", "422"]);
            }

            if (operation.Path.Contains('{'))
            {
                expected.UnionWith(["400", "404"]);
            }

            Assert.True(listed.IsSupersetOf(expected), $"{operation.Method} {operation.Path} lists {string.Join(", ", listed.Order())}");
        });
    }

    [Fact]
    public async Task Domains_AreSeededWithTheEightOfTheProgramme()
    {
        // Other tests add domains of their own: only the seeded eight, in their order, are this test's business.
        var domains = (await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/membership/domains", TestContext.Current.CancellationToken))!
            .Where(d => !TestDomains.IsATestsOwn(d.GetProperty("code").GetString()!)).ToArray();

        Assert.Equal(
            ["biomedical", "ict", "services-education", "mechanical-materials", "electronics", "civil-energy-environment", "consumer-chemical", "management-information"],
            domains.Select(d => d.GetProperty("code").GetString()));
        Assert.Equal("生醫", domains[0].GetProperty("nameZh").GetString());
    }

    [Fact]
    public async Task IncomeCategories_CooperationCountsThirtyPercent()
    {
        var categories = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/revenue/income-categories", TestContext.Current.CancellationToken);

        var cooperation = categories!.Single(c => c.GetProperty("code").GetString() == "industry-academia-cooperation");
        Assert.Equal(0.3m, cooperation.GetProperty("operatingRevenueWeight").GetDecimal());
        Assert.Equal(3, categories!.Count(c => c.GetProperty("recurring").GetBoolean()));
    }

    [Fact]
    public async Task HomePage_IsServedByTheGateway()
    {
        var html = await system.Gateway.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("管考平台", html);
    }

    [Fact]
    public async Task UnknownApi_IsNotFound()
    {
        using var response = await system.Gateway.GetAsync("/api/nothing-here", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
