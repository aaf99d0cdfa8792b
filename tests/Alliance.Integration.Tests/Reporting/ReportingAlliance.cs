using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// A fresh alliance for one reporting test: its PI (signed in), registered through membership in the phase given,
/// known to reporting's roster (and so with its phase recorded in every year open by then) before the test starts.
/// </summary>
public sealed class ReportingAlliance
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SystemFixture _system;

    private ReportingAlliance(SystemFixture system, TestUser pi, Guid id, string code)
    {
        _system = system;
        PiUser = pi;
        Id = id;
        Code = code;
    }

    public Guid Id { get; }
    public string Code { get; }
    public TestUser PiUser { get; }
    public HttpClient Pi => PiUser.Client;
    public HttpClient Admin => _system.Admin;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public string Targets(int year) => $"/api/reporting/alliances/{Id}/years/{year}/targets";

    public string Phase(int year) => $"/api/reporting/alliances/{Id}/years/{year}/phase";

    public static async Task<ReportingAlliance> CreateAsync(SystemFixture system, int phase = 1, int yearInPhase = 2, string domainCode = "electronics")
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        var code = AllianceRegistrationTests.UniqueCode();
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", new
        {
            code, name = "預期成果測試聯盟", hostInstitution = "國立成功大學", domainCode, phase, yearInPhase, piUserName = pi.UserName,
        }, Cancel);
        created.EnsureSuccessStatusCode();
        var alliance = new ReportingAlliance(system, pi, (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid(), code);
        await Eventually.Until(async () =>
        {
            using var response = await pi.Client.GetAsync(alliance.Targets(ReportingYears.Past), Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, Patience, "the PI's scope and reporting's roster to include the new alliance");
        return alliance;
    }

    public async Task<JsonElement> GetTargetsAsync(int year, HttpClient? client = null) =>
        await (client ?? Pi).GetFromJsonAsync<JsonElement>(Targets(year), Cancel);

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, JsonNode? body, string language = "en")
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request, Cancel);
    }

    /// <summary>Saves targets as the PI (or <paramref name="client"/>) at the current version; returns the answer.</summary>
    public async Task<HttpResponseMessage> SaveAsync(int year, int? proposal, JsonObject targets, HttpClient? client = null)
    {
        var version = (await GetTargetsAsync(year)).GetProperty("version").GetInt64();
        return await SendAsync(client ?? Pi, HttpMethod.Put, Targets(year), TargetBodies.Save(proposal, targets, version));
    }

    /// <summary>Saves targets that must be taken (200).</summary>
    public async Task<JsonElement> SaveOkAsync(int year, int? proposal, JsonObject targets)
    {
        using var response = await SaveAsync(year, proposal, targets);
        return await OkAsync(response);
    }

    /// <summary>Sends <c>…/targets/{action}</c> with the current version (and <paramref name="extra"/> fields) as <paramref name="client"/>.</summary>
    public async Task<HttpResponseMessage> ActAsync(int year, string action, HttpClient? client = null, JsonObject? extra = null)
    {
        var body = extra ?? [];
        body["version"] = (await GetTargetsAsync(year)).GetProperty("version").GetInt64();
        return await SendAsync(client ?? Pi, HttpMethod.Post, $"{Targets(year)}/{action}", body);
    }

    public async Task<JsonElement> ActOkAsync(int year, string action, HttpClient? client = null, JsonObject? extra = null)
    {
        using var response = await ActAsync(year, action, client, extra);
        return await OkAsync(response);
    }

    /// <summary>Saves complete targets and submits them, both of which must be taken.</summary>
    public async Task<JsonElement> SubmitOkAsync(int year, int proposal, JsonObject targets)
    {
        await SaveOkAsync(year, proposal, targets);
        return await ActOkAsync(year, "submit");
    }

    /// <summary>Sets the alliance's phase for the year as the centre.</summary>
    public async Task<JsonElement> CorrectPhaseAsync(int year, int phase, int yearInPhase)
    {
        var current = await Admin.GetFromJsonAsync<JsonElement>(Phase(year), Cancel);
        using var response = await SendAsync(Admin, HttpMethod.Put, Phase(year),
            new JsonObject { ["phase"] = phase, ["yearInPhase"] = yearInPhase, ["version"] = current.GetProperty("version").GetInt64() });
        return await OkAsync(response);
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The status, problem code and error fields of a refusal, written <c>"422 code field,field"</c> (fields in ordinal order).</summary>
    public static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var fields = problem.TryGetProperty("errors", out var errors) ? string.Join(',', errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)) : "";
        // The framework's own validation answers carry no code.
        var code = problem.TryGetProperty("code", out var named) ? $" {named.GetString()}" : "";
        return $"{(int)response.StatusCode}{code} {fields}".TrimEnd();
    }
}
