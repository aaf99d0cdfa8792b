using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Alliance.Integration.Tests.Infrastructure;
using Npgsql;

namespace Alliance.Integration.Tests.EndToEnd;

/// <summary>Through the gateway only, as a user's script would: register an alliance and see it reach reporting.</summary>
public sealed class AllianceRegistrationTests(SystemFixture system)
{
    private const string ReportingConsumer = "Alliance.Messaging.Roster.AllianceRegisteredConsumer";

    public static object NewAlliance(string code, string domainCode = "ict", string piUserName = SystemFixture.SharedPiUserName) => new
    {
        code,
        name = "智慧製造技術聯盟",
        hostInstitution = "國立臺灣大學",
        domainCode,
        phase = 1,
        yearInPhase = 2,
        piUserName,
    };

    public static string UniqueCode() => $"T{Guid.NewGuid():N}"[..16];

    [Fact]
    public async Task RegisteredAlliance_ReachesReportingRoster_InTheTraceOfTheRequest()
    {
        var code = UniqueCode();
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/membership/alliances") { Content = JsonContent.Create(NewAlliance(code)) };
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await system.Admin.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var allianceId = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/membership/alliances/{allianceId}", response.Headers.Location?.OriginalString);

        var roster = await Eventually.Until(
            () => system.Admin.GetFromJsonAsync<JsonElement[]>("/api/reporting/alliances", TestContext.Current.CancellationToken)!,
            alliances => alliances!.Any(a => a.GetProperty("code").GetString() == code),
            TimeSpan.FromSeconds(10), $"alliance {code} in reporting's roster");
        var copy = roster!.Single(a => a.GetProperty("code").GetString() == code);
        Assert.Equal(allianceId, copy.GetProperty("id").GetGuid());
        Assert.Equal("ict", copy.GetProperty("domainCode").GetString());

        var eventId = await EventIdOfAsync(allianceId);
        Assert.Equal(traceId.ToHexString(), await ConsumerTraceIdAsync(eventId));
    }

    [Fact]
    public async Task AllianceLists_ShowAPiOnlyItsOwnAlliances_InMembershipAndReporting()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", NewAlliance(UniqueCode(), piUserName: pi.UserName), TestContext.Current.CancellationToken);
        using var another = await system.Admin.PostAsJsonAsync("/api/membership/alliances", NewAlliance(UniqueCode()), TestContext.Current.CancellationToken);
        var ownId = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();

        foreach (var list in new[] { "/api/membership/alliances", "/api/reporting/alliances" })
        {
            var seen = await Eventually.Until(
                () => pi.Client.GetFromJsonAsync<JsonElement[]>(list, TestContext.Current.CancellationToken)!,
                alliances => alliances!.Length > 0, TimeSpan.FromSeconds(15), $"the PI's alliance in {list}");
            Assert.Equal([ownId], seen!.Select(a => a.GetProperty("id").GetGuid()).ToArray());
        }

        var everything = await system.Admin.GetFromJsonAsync<JsonElement[]>("/api/membership/alliances", TestContext.Current.CancellationToken);
        Assert.True(everything!.Length >= 2);
    }

    [Fact]
    public async Task RegisterAlliance_SameCodeTwice_SecondIsAConflict()
    {
        var code = UniqueCode();
        using var first = await system.Admin.PostAsJsonAsync("/api/membership/alliances", NewAlliance(code), TestContext.Current.CancellationToken);
        using var second = await system.Admin.PostAsJsonAsync("/api/membership/alliances", NewAlliance(code), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task RegisterAlliance_UnknownDomain_IsRefusedWithTheRule()
    {
        using var response = await system.Admin.PostAsJsonAsync("/api/membership/alliances", NewAlliance(UniqueCode(), "astrology"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("astrology", problem.GetProperty("errors").GetProperty("domainCode")[0].GetString());
    }

    [Theory]
    [InlineData(null, "沒有代碼為「astrology」的領域。")]
    [InlineData("zh-TW,zh;q=0.9", "沒有代碼為「astrology」的領域。")]
    [InlineData("en-GB,en;q=0.9", "There is no domain with the code 'astrology'.")]
    [InlineData("fr-FR, en;q=0.5", "There is no domain with the code 'astrology'.")]
    public async Task RegisterAlliance_RuleMessage_IsInTheCallersLanguage(string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/membership/alliances") { Content = JsonContent.Create(NewAlliance(UniqueCode(), "astrology")) };
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await system.Admin.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(expected, problem.GetProperty("title").GetString());
        Assert.Equal(expected, problem.GetProperty("errors").GetProperty("domainCode")[0].GetString());
    }

    [Fact]
    public async Task RegisterAlliance_MalformedFields_AreEachNamed()
    {
        var body = new { code = "", name = "x", hostInstitution = "y", domainCode = "ict", phase = 3, yearInPhase = 0, piUserName = "" };

        using var response = await system.Admin.PostAsJsonAsync("/api/membership/alliances", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        var fields = errors.EnumerateObject().Select(p => p.Name.ToLowerInvariant()).ToHashSet();
        Assert.Superset(new HashSet<string> { "code", "phase", "yearinphase", "piusername" }, fields);
    }

    [Fact]
    public async Task RegisterAlliance_BodyThatIsNotJson_IsABadRequest()
    {
        using var content = new StringContent("{not json", global::System.Text.Encoding.UTF8, "application/json");
        using var response = await system.Admin.PostAsync("/api/membership/alliances", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetAlliance_UnknownId_IsNotFound()
    {
        using var response = await system.Admin.GetAsync($"/api/membership/alliances/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> EventIdOfAsync(Guid allianceId)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.MembershipDb));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT event_id FROM outbox_messages WHERE payload->>'allianceId' = @id", connection);
        command.Parameters.AddWithValue("id", allianceId.ToString());
        return (Guid)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private async Task<string?> ConsumerTraceIdAsync(Guid eventId)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.ReportingDb));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT trace_id FROM inbox_messages WHERE consumer = @consumer AND event_id = @id", connection);
        command.Parameters.AddWithValue("consumer", ReportingConsumer);
        command.Parameters.AddWithValue("id", eventId);
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
