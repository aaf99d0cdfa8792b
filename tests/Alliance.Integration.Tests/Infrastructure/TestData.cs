using Alliance.AppHost.Infrastructure;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// Folders for the test run's servers, under the repository's ignored <c>.test-data</c>. That folder is
/// made 0700, as root's home or a <c>mktemp -d</c> folder is, so every run proves that the system starts
/// from a folder the servers' own accounts cannot enter (<see cref="ServerFolders"/>).
/// </summary>
public static class TestData
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", ".test-data"));

    public static string NewFolder(string purpose)
    {
        CreateOwnerOnlyRoot();
        var folder = Path.Combine(Root, $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 9)]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Remove(string folder)
    {
        try
        {
            ServerFolders.RemoveOutside(folder);
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

    private static void CreateOwnerOnlyRoot()
    {
        Directory.CreateDirectory(Root);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
