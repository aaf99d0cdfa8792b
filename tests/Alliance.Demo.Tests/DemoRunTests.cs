using Alliance.Demo.Load;

namespace Alliance.Demo.Tests;

public sealed class DemoRunTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Resume_AFreshFolder_BeginsTheProgrammeAsked()
    {
        var journal = LoadJournal.InMemory();

        var planned = DemoRun.Resume(journal, Options(seed: 108, scale: 1, today: null));

        Assert.Equal((108, 1.0), (planned.Seed, planned.Scale));
        Assert.Equal(planned, journal.Programme);
    }

    [Fact]
    public void Resume_AnInterruptedLoad_CompletesItsProgramme_AsOfTheDayItBegan()
    {
        var journal = LoadJournal.InMemory();
        journal.Begin(new PlannedProgramme(108, 1, Today));

        Assert.Equal(new PlannedProgramme(108, 1, Today), DemoRun.Resume(journal, Options(seed: 108, scale: 1, today: null)));
    }

    [Theory]
    [InlineData(109, 1.0)]
    [InlineData(108, 10.0)]
    public void Resume_AnInterruptedLoadOfAnotherProgramme_Refuses(int seed, double scale)
    {
        var journal = LoadJournal.InMemory();
        journal.Begin(new PlannedProgramme(108, 1, Today));

        var refused = Assert.Throws<InvalidOperationException>(() => DemoRun.Resume(journal, Options(seed, scale, today: null)));
        Assert.Contains("--seed 108 --scale 1", refused.Message);
    }

    private static DemoOptions Options(int seed, double scale, DateOnly? today) =>
        new(scale, seed, new Uri("http://localhost:5080"), "unused", "unused", null, today);
}
