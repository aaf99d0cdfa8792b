namespace Alliance.Messaging.Outbox;

/// <summary>How long the relay waits after a failed publish: doubling from a floor, capped.</summary>
internal static class RelayBackoff
{
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(15);

    /// <param name="failures">consecutive failures so far, at least 1</param>
    public static TimeSpan After(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var exponent = Math.Min(failures - 1, 16);
        var delay = Floor * Math.Pow(2, exponent);
        return delay < Ceiling ? delay : Ceiling;
    }
}
