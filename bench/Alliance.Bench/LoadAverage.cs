namespace Alliance.Bench;

/// <summary>The machine is shared: each figure is printed with the load it was measured under.</summary>
internal static class LoadAverage
{
    /// <summary>The 1-, 5- and 15-minute load averages of /proc/loadavg, or "n/a" where there is none.</summary>
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
