using System.Collections.Concurrent;

namespace Alliance.Gateway.Auth;

/// <summary>
/// The callers recent requests were found to be, kept until anything they were read from changes.
/// Every proxied request needs its caller, and reading it was most of what the gateway added to a
/// request's time. A revoked token or a withdrawn approval must still stop at once, so an entry is
/// not trusted for a time but for a generation: <see cref="CallerChanges"/> starts a new one whenever
/// a statement writes a table a caller is read from, and when the transaction holding it commits.
/// This holds because the gateway is the only writer of its own database; an edit made around it
/// (an operator's SQL) is seen when the entry's minute runs out (<see cref="CallerLookup"/>).
/// </summary>
public sealed class CallerCache
{
    /// <summary>Beyond this many callers the cache starts again rather than grow without bound.</summary>
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long generation;

    /// <summary>Read before a lookup and given back to <see cref="Remember"/>, so a lookup that overlapped a change is not kept.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public bool TryGet(string key, DateTimeOffset now, out CallerRecord caller)
    {
        if (entries.TryGetValue(key, out var entry) && entry.Generation == Generation && now < entry.ValidUntil)
        {
            caller = entry.Caller;
            return true;
        }

        caller = null!;
        return false;
    }

    /// <param name="readInGeneration">the generation when the lookup began</param>
    /// <param name="validUntil">when the caller stops being valid on its own (a bearer token's expiry)</param>
    public void Remember(string key, CallerRecord caller, long readInGeneration, DateTimeOffset validUntil)
    {
        if (readInGeneration != Generation)
        {
            return;
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        // Should a change land between the check above and this store, the entry keeps its older
        // generation and TryGet refuses it.
        entries[key] = new Entry(caller, readInGeneration, validUntil);
    }

    /// <summary>Something a caller is read from changed: no remembered caller is trusted any more.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private sealed record Entry(CallerRecord Caller, long Generation, DateTimeOffset ValidUntil);
}
