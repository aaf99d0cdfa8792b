namespace Alliance.Demo.Load;

/// <summary>What has been entered so far, shown on one line that rewrites itself once a second.</summary>
public sealed class LoadProgress(int alliances, TextWriter output) : IAsyncDisposable
{
    private int _alliances;
    private int _members;
    private int _incomes;
    private int _activities;
    private readonly CancellationTokenSource _stop = new();
    private Task? _printing;

    public int Alliances => _alliances;
    public int Members => _members;
    public int Incomes => _incomes;
    public int Activities => _activities;

    public void Start() => _printing = PrintAsync(_stop.Token);

    public void AllianceDone() => Interlocked.Increment(ref _alliances);

    public void MembersAdded(int count) => Interlocked.Add(ref _members, count);

    public void IncomesAdded(int count) => Interlocked.Add(ref _incomes, count);

    /// <summary>Activities entered and kept (a refused one leaves nothing).</summary>
    public void ActivitiesAdded(int count) => Interlocked.Add(ref _activities, count);

    public override string ToString() =>
        $"Loading the demo programme: {_alliances}/{alliances} alliances, {_members:N0} members, {_incomes:N0} income entries, {_activities:N0} activities";

    private async Task PrintAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                output.Write($"\r{this} …");
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the last line is written by DisposeAsync.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_printing is not null)
        {
            await _printing;
        }

        output.WriteLine($"\r{this}.");
        _stop.Dispose();
    }
}
