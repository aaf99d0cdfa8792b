namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>
/// Saves a form a moment after the typing stops, one save at a time: each change restarts the wait, and a
/// save waits for the one before it, so every save sends the version the previous one returned.
/// <see cref="FlushAsync"/> saves at once what waits, when the user leaves the page or submits.
/// </summary>
internal sealed class DebouncedSave(TimeProvider clock, TimeSpan quiet, Func<Task> save) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private CancellationTokenSource? _waiting;

    /// <summary>Whether a change waits to be saved.</summary>
    public bool Pending => _waiting is not null;

    /// <summary>Something changed: save once <paramref name="quiet"/> has passed without another change.</summary>
    public void Changed()
    {
        var wait = new CancellationTokenSource();
        Interlocked.Exchange(ref _waiting, wait)?.Cancel();
        _ = SaveAfterQuietAsync(wait);
    }

    /// <summary>Saves now what waits to be saved, if anything does, and waits for any save under way.</summary>
    public async Task FlushAsync()
    {
        var waiting = Interlocked.Exchange(ref _waiting, null);
        waiting?.Cancel();
        await SaveAsync(waiting is not null);
    }

    /// <summary>Saves now, whether or not a change waits (the save itself knows whether anything differs from what it last saved).</summary>
    public async Task SaveNowAsync()
    {
        Interlocked.Exchange(ref _waiting, null)?.Cancel();
        await SaveAsync(true);
    }

    private async Task SaveAfterQuietAsync(CancellationTokenSource wait)
    {
        try
        {
            await Task.Delay(quiet, clock, wait.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _waiting, null, wait) == wait)
        {
            await SaveAsync(true);
        }
    }

    private async Task SaveAsync(bool changed)
    {
        await _one.WaitAsync();
        try
        {
            if (changed)
            {
                await save();
            }
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Drops what waits (flush first to keep it); a save under way finishes.</summary>
    public void Dispose() => Interlocked.Exchange(ref _waiting, null)?.Cancel();
}
