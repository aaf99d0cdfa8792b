using Alliance.Gateway.Web.SiteVisit;
using Microsoft.Extensions.Time.Testing;

namespace Alliance.Gateway.Tests;

public sealed class DebouncedSaveTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Changed_TypingGoesOn_SavesOnceAQuietSecondAfterTheLastChange()
    {
        var clock = new FakeTimeProvider();
        var saves = 0;
        var saved = new SemaphoreSlim(0);
        using var saver = new DebouncedSave(clock, Quiet, () => { saves++; saved.Release(); return Task.CompletedTask; });

        saver.Changed();
        clock.Advance(TimeSpan.FromMilliseconds(600));
        saver.Changed();
        clock.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal(0, saves);
        Assert.True(saver.Pending);

        clock.Advance(TimeSpan.FromMilliseconds(400));
        Assert.True(await saved.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Equal(1, saves);
        Assert.False(saver.Pending);
    }

    [Fact]
    public async Task FlushAsync_ChangeWaiting_SavesAtOnceAndNotAgainLater()
    {
        var clock = new FakeTimeProvider();
        var saves = 0;
        using var saver = new DebouncedSave(clock, Quiet, () => { saves++; return Task.CompletedTask; });

        saver.Changed();
        await saver.FlushAsync();
        clock.Advance(Quiet * 3);
        await saver.FlushAsync();

        Assert.Equal(1, saves);
    }

    [Fact]
    public async Task SaveNowAsync_SaveUnderWay_WaitsForItSoSavesNeverOverlap()
    {
        var clock = new FakeTimeProvider();
        var running = 0;
        var overlapped = false;
        var release = new TaskCompletionSource();
        var first = true;
        using var saver = new DebouncedSave(clock, Quiet, async () =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            if (first)
            {
                first = false;
                await release.Task;
            }

            Interlocked.Decrement(ref running);
        });

        var slow = saver.SaveNowAsync();
        var next = saver.SaveNowAsync();
        Assert.False(next.IsCompleted);
        release.SetResult();
        await Task.WhenAll(slow, next);

        Assert.False(overlapped);
    }
}
