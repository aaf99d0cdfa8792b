using System.Globalization;
using System.Text.Json;

namespace Alliance.Demo;

/// <summary>
/// <c>--scale 1 --seed 108 [--gateway URL] [--data-dir DIR] [--admin-password P] [--admin-key K] [--today yyyy-MM-dd]</c>.
/// The administrator's password is read from the data folder's secrets.json when not given.
/// </summary>
public sealed record DemoOptions(double Scale, int Seed, Uri Gateway, string DataDirectory, string? AdminPassword, string? AdminKey, DateOnly? Today)
{
    public static DemoOptions From(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        return new DemoOptions(
            double.Parse(Value("--scale") ?? "1", CultureInfo.InvariantCulture),
            int.Parse(Value("--seed") ?? "108", CultureInfo.InvariantCulture),
            new Uri(Value("--gateway") ?? $"http://localhost:{Environment.GetEnvironmentVariable("ALLIANCE_GATEWAY_PORT") ?? "5080"}"),
            Value("--data-dir") ?? Environment.GetEnvironmentVariable("ALLIANCE_DATA_DIR") ?? ".alliance-data",
            Value("--admin-password") ?? NonEmpty(Environment.GetEnvironmentVariable("ALLIANCE_ADMIN_PASSWORD")),
            Value("--admin-key"),
            Value("--today") is { } today ? DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The password given, or the one the first start generated and kept in secrets.json.</summary>
    public string ResolveAdminPassword()
    {
        if (AdminPassword is not null)
        {
            return AdminPassword;
        }

        var secrets = Path.Combine(DataDirectory, "secrets.json");
        if (File.Exists(secrets)
            && JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(secrets)) is { } values
            && values.TryGetValue("admin-password", out var password))
        {
            return password;
        }

        throw new InvalidOperationException($"No administrator password: pass --admin-password, set ALLIANCE_ADMIN_PASSWORD, or point --data-dir at the folder holding secrets.json (looked in {Path.GetFullPath(DataDirectory)}).");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
