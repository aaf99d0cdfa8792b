using System.Reflection;
using System.Text.RegularExpressions;
using Alliance.Gateway.Web;

namespace Alliance.Gateway.Tests;

/// <summary>
/// The web UI library's two promises: its pages name no service route (each service's typed client
/// does), and it cannot reach what only the gateway may hold (the accounts database, the signing keys).
/// </summary>
public sealed partial class WebUiLibraryTests
{
    private static readonly Assembly Library = typeof(WebUiPages).Assembly;

    [Fact]
    public void Library_ReferencesNeitherTheGatewayNorADatabase()
    {
        var referenced = Library.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain("Alliance.Gateway", referenced);
        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_NameNoServiceRoute()
    {
        var pages = Directory.EnumerateFiles(LibraryFolder(), "*.razor", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(pages);
        var offenders = pages.Where(path => ServiceRoute().IsMatch(File.ReadAllText(path))).Select(Path.GetFileName).ToArray();
        Assert.Empty(offenders);
    }

    [GeneratedRegex("\"/api/")]
    private static partial Regex ServiceRoute();

    private static string LibraryFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var library = Path.Combine(folder.FullName, "gateway", "Alliance.Gateway.Web");
            if (Directory.Exists(library))
            {
                return library;
            }
        }

        throw new DirectoryNotFoundException("gateway/Alliance.Gateway.Web was not found above the test's folder.");
    }
}
