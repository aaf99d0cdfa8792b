namespace Alliance.Reporting.Domain;

/// <summary>A record reporting copies from another service's events: its id and the version its state had there.</summary>
public interface IVersionedCopy
{
    /// <summary>The publisher's version of the state held: grows with every change there.</summary>
    long Version { get; }
}

/// <summary>
/// How reporting's copies of incomes, subsidies and activities take in their publishers' events, in whatever order
/// they arrive and however often each arrives: the state of the highest version seen is kept; an older state, or the
/// same one again, changes nothing. Each event carries its record's whole state (a void at least its status), so the
/// newest alone says all the table needs.
/// </summary>
public static class CopyVersions
{
    /// <summary>The state to keep: <paramref name="incoming"/> when nothing is held or it is newer, otherwise <paramref name="held"/>.</summary>
    public static T Merge<T>(T? held, T incoming) where T : class, IVersionedCopy
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return held is null || incoming.Version > held.Version ? incoming : held;
    }
}
