using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Alliance.Demo.Load;

/// <summary>
/// What a load must remember to be resumed after an interruption, written as it goes (in the data
/// folder, mode 0600 like secrets.json): the programme it loads (seed, scale and the date it was
/// planned on, so the resumed load completes the same programme), and each account's password
/// before the account is created, its authenticator key before the second factor is switched on,
/// and the last time step whose code was given (the gateway takes each step once, so a resumed load
/// must not give that one again). Without a folder (tests) it is kept in memory only.
/// </summary>
public sealed class LoadJournal
{
    public const string FileName = "demo-load.json";
    private static readonly JsonSerializerOptions Format = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string? _path;
    private readonly Lock _gate = new();
    private readonly Entries _entries;

    private LoadJournal(string? path, Entries entries) => (_path, _entries) = (path, entries);

    public static LoadJournal InMemory() => new(null, new Entries());

    /// <summary>The journal of <paramref name="dataDirectory"/>: the one an earlier load left there, or a new one.</summary>
    public static LoadJournal Open(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        return new LoadJournal(path, File.Exists(path) ? JsonSerializer.Deserialize<Entries>(File.ReadAllText(path), Format) ?? new() : new());
    }

    /// <summary>The programme this journal's load is of, once <see cref="Begin"/> has recorded it.</summary>
    public PlannedProgramme? Programme => _entries.Programme;

    /// <summary>Records the programme a new load is of.</summary>
    public void Begin(PlannedProgramme programme) => Change(() => _entries.Programme = programme);

    /// <summary>The password of an account the demo made, or null when it made none of that name.</summary>
    public string? PasswordOf(string userName)
    {
        lock (_gate)
        {
            return _entries.Accounts.GetValueOrDefault(userName)?.Password;
        }
    }

    /// <summary>The password an account about to be made gets: kept before the account exists, so a load stopped after making it can sign it in.</summary>
    public string PasswordFor(string userName)
    {
        var password = PasswordOf(userName) ?? $"Demo-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}-{RandomNumberGenerator.GetInt32(10, 100)}";
        Change(() => Account(userName).Password = password);
        return password;
    }

    /// <summary>The authenticator the demo enrolled for the account, or null.</summary>
    public Authenticator? AuthenticatorOf(string userName)
    {
        lock (_gate)
        {
            return _entries.Accounts.GetValueOrDefault(userName) is { AuthenticatorKey: { } key } account
                ? new Authenticator(key, account.LastStep, step => StepTaken(userName, step))
                : null;
        }
    }

    /// <summary>Keeps a key the gateway has just handed out for the account, before its second factor is switched on.</summary>
    public Authenticator Enrolled(string userName, string key)
    {
        Change(() =>
        {
            var account = Account(userName);
            (account.AuthenticatorKey, account.LastStep) = (key, 0);
        });
        return AuthenticatorOf(userName)!;
    }

    private void StepTaken(string userName, long step) => Change(() => Account(userName).LastStep = step);

    private Entry Account(string userName) =>
        _entries.Accounts.TryGetValue(userName, out var account) ? account : _entries.Accounts[userName] = new Entry();

    private void Change(Action change)
    {
        lock (_gate)
        {
            change();
            if (_path is not null)
            {
                Write(_path, JsonSerializer.Serialize(_entries, Format));
            }
        }
    }

    /// <summary>Written whole to a new file that then replaces the old one: a load killed while writing leaves the previous journal.</summary>
    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var next = path + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new StreamWriter(next, options))
        {
            file.Write(text);
        }

        File.Move(next, path, overwrite: true);
    }

    private sealed class Entries
    {
        public PlannedProgramme? Programme { get; set; }
        public Dictionary<string, Entry> Accounts { get; set; } = new(StringComparer.Ordinal);
    }

    private sealed class Entry
    {
        public string? Password { get; set; }
        public string? AuthenticatorKey { get; set; }
        public long LastStep { get; set; }
    }
}

/// <summary>What makes a demo programme: the same three give the same programme.</summary>
public sealed record PlannedProgramme(int Seed, double Scale, DateOnly Today)
{
    public override string ToString() =>
        $"seed {Seed}, scale {Scale.ToString(CultureInfo.InvariantCulture)}, as of {Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
