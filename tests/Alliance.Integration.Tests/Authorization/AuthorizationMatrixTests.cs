using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// Every role (and anonymous) against every endpoint, through the gateway. The endpoints are
/// discovered from the OpenAPI documents, so an endpoint added without a row here fails the test.
/// </summary>
public sealed partial class AuthorizationMatrixTests(MatrixActors actors) : IClassFixture<MatrixActors>
{
    private static readonly string[] DocumentPrefixes = ["/api/auth", .. ResourceNames.Services.Select(s => s.Prefix)];

    [Fact]
    public async Task EveryDocumentedEndpoint_HasARowInTheMatrix()
    {
        var documented = new SortedSet<string>();
        foreach (var prefix in DocumentPrefixes)
        {
            var document = await actors.System.Gateway.GetFromJsonAsync<JsonElement>($"{prefix}/openapi/v1.json", TestContext.Current.CancellationToken);
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
                {
                    documented.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }

        var rows = Rows().Select(r => $"{r.Method} {r.Path}").ToHashSet();
        var withoutRow = documented.Except(rows).ToArray();
        var withoutEndpoint = rows.Except(documented).ToArray();
        Assert.True(withoutRow.Length == 0, $"Endpoints without a matrix row: {string.Join("; ", withoutRow)}");
        Assert.True(withoutEndpoint.Length == 0, $"Matrix rows for no endpoint: {string.Join("; ", withoutEndpoint)}");
    }

    [Fact]
    public async Task EveryActor_OnEveryEndpoint_GetsTheExpectedStatus()
    {
        var mismatches = new List<string>();
        foreach (var row in Rows())
        {
            foreach (var (actor, expected) in row.Expected)
            {
                using var request = await row.Request(actors, actor);
                using var response = await actors.Client(actor).SendAsync(request, TestContext.Current.CancellationToken);
                if ((int)response.StatusCode != expected)
                {
                    mismatches.Add($"{row.Method} {row.Path} as {actor}: expected {expected}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(mismatches);
    }
}
