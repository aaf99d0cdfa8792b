using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Alliance.ServiceDefaults.Tests.Input;

/// <summary>The OpenAPI document every service publishes, as the conventions shape it.</summary>
public sealed class ApiDocumentsTests
{
    [Fact]
    public async Task Document_ListsNoServerAddress_AndKeepsEveryFieldsType()
    {
        await using var app = await InputApp.StartAsync();

        var document = await app.GetTestClient().GetFromJsonAsync<JsonElement>($"{InputApp.Prefix}/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.False(document.TryGetProperty("servers", out _));
        var fields = document.GetProperty("components").GetProperty("schemas").GetProperty(nameof(EntryRequest)).GetProperty("properties");
        Assert.Equal("null string", Types(fields.GetProperty("name")));
        Assert.Equal(("null string", "date"), (Types(fields.GetProperty("date")), fields.GetProperty("date").GetProperty("format").GetString()));
        Assert.Equal("string", fields.GetProperty("roles").GetProperty("items").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Document_MoneyField_ShowsItsNarrowestBoundsAndCents_ARatioDoesNot()
    {
        await using var app = await InputApp.StartAsync();

        var document = await app.GetTestClient().GetFromJsonAsync<JsonElement>($"{InputApp.Prefix}/openapi/v1.json", TestContext.Current.CancellationToken);

        var fields = document.GetProperty("components").GetProperty("schemas").GetProperty(nameof(EntryRequest)).GetProperty("properties");
        var amount = fields.GetProperty("amount");
        Assert.Equal((0.01m, -999_999_999_999.99m, 999_999_999_999.99m),
            (amount.GetProperty("multipleOf").GetDecimal(), amount.GetProperty("minimum").GetDecimal(), amount.GetProperty("maximum").GetDecimal()));
        var fee = fields.GetProperty("fee");
        Assert.Equal((0.01m, 0m, 999_999_999_999m),
            (fee.GetProperty("multipleOf").GetDecimal(), fee.GetProperty("minimum").GetDecimal(), fee.GetProperty("maximum").GetDecimal()));
        Assert.False(fields.GetProperty("ratio").TryGetProperty("multipleOf", out _));
    }

    [Theory]
    [InlineData("/entries", "post", new[] { "400", "401", "403", "409", "422" })]
    [InlineData("/entries", "get", new[] { "400", "401", "403" })]
    [InlineData("/codes/{code}", "get", new[] { "400", "401", "403", "404" })]
    public async Task Document_EachOperation_ListsItsProblemResponses_AsProblemJson(string path, string method, string[] expected)
    {
        await using var app = await InputApp.StartAsync();

        var document = await app.GetTestClient().GetFromJsonAsync<JsonElement>($"{InputApp.Prefix}/openapi/v1.json", TestContext.Current.CancellationToken);

        var responses = document.GetProperty("paths").GetProperty(InputApp.Prefix + path).GetProperty(method).GetProperty("responses");
        var problems = responses.EnumerateObject().Where(r => r.Name.StartsWith('4')).ToArray();
        Assert.Equal(expected, problems.Select(r => r.Name).Order());
        Assert.All(problems, problem => Assert.Equal("#/components/schemas/Problem",
            problem.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()));
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty("Problem");
        Assert.Equal(["code", "detail", "errors", "status", "title", "traceId", "type"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
    }

    private static string Types(JsonElement schema) => string.Join(' ', schema.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
}
