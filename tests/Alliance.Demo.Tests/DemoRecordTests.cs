using Alliance.Demo.Load;

namespace Alliance.Demo.Tests;

public sealed class DemoRecordTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"demo-record-{Guid.NewGuid():N}");

    [Fact]
    public void Loaded_NamesTheProgrammeTheMarkerRecords()
    {
        var loaded = new LoadedDemo(new PlannedProgramme(108, 10, new DateOnly(2026, 12, 1)), "ABC123", "Demo programme loaded: 870 alliances");
        DemoRecord.Save(_folder, loaded, new DemoLoadResult(870, 0, 0, 0, TimeSpan.Zero, [], new Dictionary<string, Guid>()));

        Assert.True(DemoRecord.IsLoaded(_folder));
        Assert.Equal(loaded, DemoRecord.Loaded(_folder));
        Assert.True(DemoRecord.Loaded(_folder)!.Is(seed: 108, scale: 10));
        Assert.False(DemoRecord.Loaded(_folder)!.Is(seed: 108, scale: 1));
    }

    [Fact]
    public void Loaded_AnOlderMarker_NamesNoProgramme_ButStillCountsAsLoaded()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, DemoRecord.LoadedMarker), "Demo programme loaded: 87 alliances, 2800 members, 5200 income entries in 270 s\n");

        Assert.True(DemoRecord.IsLoaded(_folder));
        Assert.Null(DemoRecord.Loaded(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
