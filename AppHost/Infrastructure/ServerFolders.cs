using System.Security.Cryptography;
using System.Text;

namespace Alliance.AppHost.Infrastructure;

/// <summary>
/// Where the servers that run as their own accounts (<c>postgres</c>, <c>rabbitmq</c>) keep their files.
/// Inside the data folder when those accounts can enter it. When they cannot (a clone under root's
/// 0700 home, or under a <c>mktemp -d</c> folder), in a folder of <see cref="OutsideRoot"/> named after
/// the data folder, so that no folder of the user's is opened to them. A marker ties that folder to one
/// life of the data folder: a data folder deleted and made anew gets new servers, not the old ones with
/// a password it no longer knows.
/// </summary>
public static class ServerFolders
{
    public const string OutsideRoot = "/var/lib/alliance";
    private const string MarkerName = "data-folder-id";
    private static readonly string[] Accounts = [LocalPostgres.Account, RabbitMqNode.Account];

    /// <summary>
    /// The folder for the servers of <paramref name="dataDirectory"/>, whose life is named by
    /// <paramref name="dataFolderId"/> (kept in the data folder's secrets).
    /// </summary>
    public static string For(string dataDirectory, string dataFolderId)
    {
        Directory.CreateDirectory(dataDirectory);
        if (!ServiceAccount.RunningAsRoot || Accounts.All(account => ServiceAccount.CanEnter(account, dataDirectory)))
        {
            return dataDirectory;
        }

        var outside = OutsideFor(dataDirectory);
        var marker = Path.Combine(outside, MarkerName);
        if (!File.Exists(marker) || File.ReadAllText(marker) != dataFolderId)
        {
            if (Directory.Exists(outside))
            {
                Directory.Delete(outside, recursive: true);
            }

            Directory.CreateDirectory(outside);
            File.WriteAllText(marker, dataFolderId);
        }

        // The accounts enter these two and no further; each server's own folder is then made its own, 0700.
        OpenToEveryone(OutsideRoot);
        OpenToEveryone(outside);
        return outside;
    }

    /// <summary>The servers' folder of <paramref name="dataDirectory"/> when the accounts cannot enter it.</summary>
    public static string OutsideFor(string dataDirectory)
    {
        var full = Path.GetFullPath(dataDirectory).TrimEnd('/');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        var leaf = new string(Path.GetFileName(full).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return Path.Combine(OutsideRoot, $"{leaf.Trim('-')}-{hash}");
    }

    /// <summary>Removes the servers' folder kept outside <paramref name="dataDirectory"/>, if there is one.</summary>
    public static void RemoveOutside(string dataDirectory)
    {
        var outside = OutsideFor(dataDirectory);
        if (Directory.Exists(outside))
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static void OpenToEveryone(string directory)
    {
        Directory.CreateDirectory(directory);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(directory,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }
}
