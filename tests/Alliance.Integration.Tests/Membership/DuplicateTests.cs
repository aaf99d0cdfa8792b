using System.Net;
using System.Net.Http.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Membership;

/// <summary>Duplicates are a 409, however they arrive: at once, or in another case.</summary>
public sealed class DuplicateTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddFeeTier_ManyAtOnceUnderOneName_OneIsCreatedTheRestAre409()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var tiers = $"{members[..^"/members".Length]}/fee-tiers";
        var name = $"同名分級-{Guid.NewGuid():N}"[..12];

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await pi.PostAsJsonAsync(tiers, new { name, yearlyFee = 10000, services = "設備使用" }, Cancel);
            return (int)response.StatusCode;
        }));

        Assert.Equal([201, 409, 409, 409, 409, 409, 409, 409, 409, 409], answers.Order());
        Assert.Single((await pi.GetFromJsonAsync<System.Text.Json.JsonElement[]>(tiers, Cancel))!);
    }

    [Fact]
    public async Task RegisterAlliance_CodeDifferingOnlyInCase_Answers409()
    {
        var code = $"case-{Guid.NewGuid():N}"[..16];
        using (var first = await system.Admin.PostAsJsonAsync("/api/membership/alliances", AllianceRegistrationTests.NewAlliance(code), Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using var second = await system.Admin.PostAsJsonAsync("/api/membership/alliances", AllianceRegistrationTests.NewAlliance(code.ToUpperInvariant()), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        var codes = (await system.Admin.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/membership/alliances", Cancel))!
            .Select(a => a.GetProperty("code").GetString()!).Where(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        Assert.Equal([code], codes);
    }
}
