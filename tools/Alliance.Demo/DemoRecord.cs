using System.Globalization;
using System.Text;
using Alliance.Demo.Load;

namespace Alliance.Demo;

/// <summary>
/// What the data folder keeps of a loaded demo: the accounts and their passwords (mode 0600, like
/// secrets.json), and a marker so the next start does not load it again.
/// </summary>
public static class DemoRecord
{
    public const string AccountsFile = "demo-accounts.txt";
    public const string LoadedMarker = "demo-loaded";

    public static bool IsLoaded(string dataDirectory) => File.Exists(Path.Combine(dataDirectory, LoadedMarker));

    public static string Accounts(DemoLoadResult result)
    {
        var text = new StringBuilder();
        text.AppendLine("Demo accounts (sign in at the gateway; the authenticator key goes into an authenticator app):");
        foreach (var account in result.Accounts)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {account.Role,-17} {account.UserName,-15} password {account.Password}");
            text.AppendLine(account.AuthenticatorKey is { } key ? $"  authenticator key {key}" : "");
        }

        return text.ToString();
    }

    public static void Save(string dataDirectory, DemoLoadResult result, string summary)
    {
        Directory.CreateDirectory(dataDirectory);
        var accounts = Path.Combine(dataDirectory, AccountsFile);
        File.WriteAllText(accounts, Accounts(result));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(accounts, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(Path.Combine(dataDirectory, LoadedMarker), summary + Environment.NewLine);
    }
}
