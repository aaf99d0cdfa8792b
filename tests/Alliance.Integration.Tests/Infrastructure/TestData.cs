namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>Folders for the test run's servers, under the repository's ignored <c>.test-data</c>.</summary>
public static class TestData
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", ".test-data"));

    public static string NewFolder(string purpose)
    {
        var folder = Path.Combine(Root, $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 9)]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A server that is still shutting down may hold a file; the folder is ignored by git.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
