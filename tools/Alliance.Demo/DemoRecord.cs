using System.Globalization;
using System.Text;
using System.Text.Json;
using Alliance.Demo.Load;

namespace Alliance.Demo;

/// <summary>
/// What the data folder keeps of a loaded demo: the accounts and their passwords (mode 0600, like
/// secrets.json), and a marker naming the programme loaded (seed, scale, the date it was planned on,
/// its digest) so that the next start does not load it again and the bench can reuse it.
/// </summary>
public static class DemoRecord
{
    public const string AccountsFile = "demo-accounts.txt";
    public const string LoadedMarker = "demo-loaded";
    private static readonly JsonSerializerOptions Format = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static bool IsLoaded(string dataDirectory) => File.Exists(Path.Combine(dataDirectory, LoadedMarker));

    /// <summary>The programme the folder's marker names; null when there is no marker, or it is of an older kind that names none.</summary>
    public static LoadedDemo? Loaded(string dataDirectory)
    {
        var marker = Path.Combine(dataDirectory, LoadedMarker);
        try
        {
            return File.Exists(marker) ? JsonSerializer.Deserialize<LoadedDemo>(File.ReadAllText(marker), Format) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

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

    public static void Save(string dataDirectory, LoadedDemo loaded, DemoLoadResult result)
    {
        Directory.CreateDirectory(dataDirectory);
        var accounts = Path.Combine(dataDirectory, AccountsFile);
        File.WriteAllText(accounts, Accounts(result));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(accounts, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(Path.Combine(dataDirectory, LoadedMarker), JsonSerializer.Serialize(loaded, Format) + Environment.NewLine);
    }
}

/// <summary>A demo programme loaded whole: what made it, its digest (<see cref="Plan.PlanDigest"/>) and the line its load ended with.</summary>
public sealed record LoadedDemo(PlannedProgramme Programme, string Digest, string Summary)
{
    public bool Is(int seed, double scale) => Programme.Seed == seed && Programme.Scale.Equals(scale);
}
