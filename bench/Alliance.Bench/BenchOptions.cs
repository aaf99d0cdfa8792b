namespace Alliance.Bench;

/// <summary>
/// <c>--members N</c> (default 2,000), <c>--samples N</c> (default 300) timed requests per path, and
/// <c>--import-rows N</c> (default 5,000; 0 skips the import benchmark).
/// </summary>
internal sealed record BenchOptions(int Members, int Samples, int ImportRows)
{
    public static BenchOptions From(string[] args) =>
        new(Value(args, "--members", 2000), Value(args, "--samples", 300), Value(args, "--import-rows", 5000));

    private static int Value(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
