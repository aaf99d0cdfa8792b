using Alliance.Messaging.Outbox;

namespace Alliance.Messaging.Tests;

public sealed class RelayBackoffTests
{
    public static TheoryData<int, double> Delays => new()
    {
        { 1, 0.25 },
        { 2, 0.5 },
        { 3, 1 },
        { 4, 2 },
        { 6, 8 },
        { 7, 15 },
        { 50, 15 },
        { int.MaxValue, 15 },
    };

    [Theory]
    [MemberData(nameof(Delays))]
    public void After_ConsecutiveFailures_DoublesUpToTheCeiling(int failures, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RelayBackoff.After(failures));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void After_NoFailure_Throws(int failures) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RelayBackoff.After(failures));
}
