using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Alliance.ServiceDefaults.Tests.Input;

/// <summary>What a service with the shared conventions answers to bad input, in memory: always a 400 problem naming the field.</summary>
public sealed class InputPipelineTests : IAsyncLifetime
{
    private static readonly string Entries = $"{InputApp.Prefix}/entries";
    private WebApplication app = null!;

    public async ValueTask InitializeAsync() => app = await InputApp.StartAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"name":"a\u0000b"}""", "name" },
        { """{"NAME":"a\u0000b"}""", "name" },
        { """{"name":"ok","roles":["x","a\u0000"]}""", "roles[1]" },
        { """{"name":"ok","shade":12345}""", "shade" },
        { """{"name":"ok","shade":"1"}""", "shade" },
        { """{"name":"ok","shade":"purple"}""", "shade" },
        { """{"name":"ok","amount":"abc"}""", "amount" },
        { """{"name":"ok","amount":1e14}""", "amount" },
        { """{"name":"ok","amount":1e40}""", "amount" },
        { """{"name":"ok","amount":0.004}""", "amount" },
        { """{"name":"ok","amount":1e-20}""", "amount" },
        { """{"name":"ok","date":"1989-12-31"}""", "date" },
        { """{"name":"ok","date":"2101-01-01"}""", "date" },
        { """{"name":"ok","date":"01/05/2019"}""", "date" },
        { """{"name":"ok","date":20190501}""", "date" },
        { """{"name":5}""", "name" },
        { """{"name":"ok","roles":[5]}""", "roles[0]" },
        { """{"name":"ok","paid":{}}""", "paid" },
        { """{"name":"ok","memberId":"zzz"}""", "memberId" },
        { """{"name":"ok","amount":tru}""", "amount" },
        { """{"name":"ok",""", "$" },
        { """[1,2]""", "$" },
        { "", "$" },
        { """{}""", "name" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_Is400ProblemNamingTheField(string body, string field)
    {
        using var response = await PostAsync(body);

        await AssertProblemNamingAsync(response, field);
    }

    [Theory]
    [InlineData("""{"name":"ok","shade":"dark-blue","amount":12.34,"ratio":1.0525,"date":"2019-05-01","roles":["pi"]}""")]
    [InlineData("""{"name":"ok","amount":-5,"date":"1990-01-01"}""")]
    [InlineData("""{"name":"ok","amount":999999999999.99,"date":"2100-12-31"}""")]
    public async Task Post_GoodBody_IsTakenAsSent(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "?name=a%00b", "name" },
        { "?shade=5", "shade" },
        { "?shade=DarkBlue", "shade" },
        { "?shade=purple", "shade" },
        { "?from=1900-01-01", "from" },
        { "?from=2200-01-01", "from" },
        { "?from=someday", "from" },
        { "?year=abc", "year" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Get_BadQueryValue_Is400ProblemNamingTheParameter(string query, string field)
    {
        using var response = await app.GetTestClient().GetAsync($"{Entries}{query}", TestContext.Current.CancellationToken);

        await AssertProblemNamingAsync(response, field);
    }

    [Fact]
    public async Task Get_ChoiceByItsKebabName_IsBound()
    {
        var answer = await app.GetTestClient().GetFromJsonAsync<JsonElement>($"{Entries}?shade=Dark-Blue&from=2019-01-01", TestContext.Current.CancellationToken);

        Assert.Equal(("dark-blue", "2019-01-01"), (answer.GetProperty("shade").GetString(), answer.GetProperty("from").GetString()));
    }

    [Theory]
    [InlineData("""{"name":"ok","amount":"{0}"}""", "amount")]
    [InlineData("""{"name":"ok","shade":"{0}"}""", "shade")]
    [InlineData("""{"name":"ok","{0}":}""", "$")]
    public async Task Post_TenThousandCharacters_AreNeverRepeated(string template, string field)
    {
        var huge = new string('x', 10_000);
        using var response = await PostAsync(template.Replace("{0}", huge, StringComparison.Ordinal));

        var body = await AssertProblemNamingAsync(response, field);
        Assert.DoesNotContain("xxxxxxxxxx", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TenThousandCharactersInTheQuery_AreNeverRepeated()
    {
        var huge = new string('7', 10_000);
        using var response = await app.GetTestClient().GetAsync($"{Entries}?year={huge}", TestContext.Current.CancellationToken);

        var body = await AssertProblemNamingAsync(response, "year");
        Assert.DoesNotContain("7777777777", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-TW", """{"name":"a\u0000"}""", "不可包含 NUL 字元（\\u0000）。")]
    [InlineData("en", """{"name":"a\u0000"}""", "Must not contain a NUL character (\\u0000).")]
    [InlineData("zh-TW", """{"name":"ok","amount":1e14}""", "Amount 不可超過 999,999,999,999.99 元。")]
    [InlineData("en", """{"name":"ok","amount":0.004}""", "The field Amount must have at most two decimal places.")]
    [InlineData("en", """{"name":"ok","date":"1900-01-01"}""", "The date must be between 1990-01-01 and 2100-12-31.")]
    public async Task Post_BadBody_SpeaksTheCallersLanguage(string language, string body, string message)
    {
        using var response = await PostAsync(body, language);

        var problem = JsonDocument.Parse(await AssertProblemNamingAsync(response, null)).RootElement;
        Assert.Equal(message, problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string language = "zh-TW")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Entries) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The problem's text, after checking it is a 400 problem whose <c>errors</c> name <paramref name="field"/> (any one field when null).</summary>
    private static async Task<string> AssertProblemNamingAsync(HttpResponseMessage response, string? field)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();
        Assert.True(field is null ? errors.Length == 1 : errors.Contains(field), $"errors name {string.Join(", ", errors)}, not {field}");
        return body;
    }
}
