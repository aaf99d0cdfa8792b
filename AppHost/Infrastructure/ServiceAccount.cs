using System.Diagnostics;

namespace Alliance.AppHost.Infrastructure;

/// <summary>
/// Runs a server binary as its own system account when we are root (PostgreSQL refuses to run as
/// root), through <c>setpriv</c>, which execs so the stop signal reaches the server itself.
/// </summary>
public static class ServiceAccount
{
    public static bool RunningAsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>The command and arguments that start <paramref name="binary"/> as <paramref name="account"/>.</summary>
    public static (string Command, string[] Arguments) Wrap(string account, string binary, params string[] arguments) =>
        RunningAsRoot
            ? ("setpriv", [$"--reuid={account}", $"--regid={account}", "--init-groups", binary, .. arguments])
            : (binary, arguments);

    /// <summary>Makes <paramref name="directory"/> the account's own (0700) when we are root.</summary>
    public static void GiveDirectory(string account, string directory)
    {
        Directory.CreateDirectory(directory);
        if (!RunningAsRoot || OperatingSystem.IsWindows())
        {
            return;
        }

        Run("chown", "-R", $"{account}:{account}", directory);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Whether <paramref name="account"/> can reach and enter <paramref name="directory"/> (every folder above it too).</summary>
    public static bool CanEnter(string account, string directory)
    {
        var (command, arguments) = Wrap(account, "/usr/bin/test", "-x", directory);
        try
        {
            Run(command, arguments);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
