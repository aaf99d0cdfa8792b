namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>Waits for a condition the system reaches asynchronously; fails with a message when it does not in time.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}; last seen: {value}");
            }

            await Task.Delay(100);
        }
    }

    public static Task Until(Func<Task<bool>> probe, TimeSpan timeout, string what) =>
        Until(probe, done => done, timeout, what);
}
