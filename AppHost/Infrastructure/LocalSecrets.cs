using System.Security.Cryptography;
using System.Text.Json;

namespace Alliance.AppHost.Infrastructure;

/// <summary>
/// Secrets generated on first start and kept beside the data (mode 0600), so the next start opens
/// the same databases. Values are URL-safe so they can sit inside connection URIs.
/// </summary>
public sealed class LocalSecrets
{
    private readonly string _path;
    private readonly Dictionary<string, string> _values;

    private LocalSecrets(string path, Dictionary<string, string> values) => (_path, _values) = (path, values);

    public static LocalSecrets Open(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "secrets.json");
        var values = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
        return new LocalSecrets(path, values);
    }

    /// <summary>The stored secret <paramref name="name"/>, generated and saved when missing.</summary>
    public string GetOrCreate(string name) =>
        GetOrCreate(name, () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));

    /// <summary>The stored secret <paramref name="name"/>, made by <paramref name="generate"/> and saved when missing.</summary>
    public string GetOrCreate(string name, Func<string> generate)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }

        value = generate();
        _values[name] = value;
        File.WriteAllText(_path, JsonSerializer.Serialize(_values, new JsonSerializerOptions { WriteIndented = true }));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return value;
    }
}
