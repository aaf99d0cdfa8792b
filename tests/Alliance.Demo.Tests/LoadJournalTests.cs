using System.Runtime.Versioning;
using Alliance.Demo.Load;

namespace Alliance.Demo.Tests;

public sealed class LoadJournalTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"demo-journal-{Guid.NewGuid():N}");

    [Fact]
    public void PasswordFor_IsKeptBeforeTheAccountIsMade_AndTheSameNextTime()
    {
        var password = LoadJournal.Open(_folder).PasswordFor("demo-pi");

        Assert.Equal(password, LoadJournal.Open(_folder).PasswordOf("demo-pi"));
        Assert.Equal(password, LoadJournal.Open(_folder).PasswordFor("demo-pi"));
        Assert.Null(LoadJournal.Open(_folder).PasswordOf("demo-reviewer"));
    }

    [Fact]
    public async Task AuthenticatorOf_AnotherRun_GivesNoStepTheEarlierRunGave()
    {
        var first = LoadJournal.Open(_folder).Enrolled("demo-centre", "JBSWY3DPEHPK3PXP");
        var given = await first.NextCodeAsync();

        var again = LoadJournal.Open(_folder).AuthenticatorOf("demo-centre")!;

        Assert.Equal("JBSWY3DPEHPK3PXP", again.Key);
        Assert.NotEqual(given, await again.NextCodeAsync());
    }

    [Fact]
    public void Begin_RecordsTheProgramme_ForTheNextRunToComplete()
    {
        LoadJournal.Open(_folder).Begin(new PlannedProgramme(108, 0.1, new DateOnly(2026, 12, 1)));

        Assert.Equal(new PlannedProgramme(108, 0.1, new DateOnly(2026, 12, 1)), LoadJournal.Open(_folder).Programme);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void TheFile_IsReadableByItsOwnerOnly()
    {
        LoadJournal.Open(_folder).PasswordFor("demo-officer");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, LoadJournal.FileName)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
