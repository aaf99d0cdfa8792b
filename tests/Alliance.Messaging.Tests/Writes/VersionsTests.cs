using Alliance.Messaging.Writes;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Tests.Writes;

/// <summary>The version rule on EF's change tracker; nothing here opens a connection.</summary>
public sealed class VersionsTests
{
    public static TheoryData<EntityState, long, long> NextCases => new()
    {
        { EntityState.Added, 0, 1 },
        { EntityState.Added, 7, 1 },
        { EntityState.Modified, 1, 2 },
        { EntityState.Unchanged, 41, 42 },
        { EntityState.Deleted, 5, 5 },
        { EntityState.Detached, 5, 5 },
    };

    [Theory]
    [MemberData(nameof(NextCases))]
    public void Next_StateAndVersionRead_IsTheVersionSaved(EntityState state, long read, long expected) =>
        Assert.Equal(expected, Versions.Next(state, read));

    [Fact]
    public void AdvanceVersions_AddedAndChanged_RaisesThemOnceHoweverOftenItRuns()
    {
        using var db = Records.Context();
        var added = new Record { Id = 1 };
        var changed = new Record { Id = 2, Name = "before", Version = 4 };
        var untouched = new Record { Id = 3, Version = 9 };
        db.Add(added);
        db.Attach(changed);
        db.Attach(untouched);
        changed.Name = "after";

        db.AdvanceVersions();
        db.AdvanceVersions();

        Assert.Equal((1L, 5L, 9L), (added.Version, changed.Version, untouched.Version));
    }

    [Fact]
    public void AdvanceVersion_UnchangedRecord_IsMarkedChangedWithTheNextVersion()
    {
        using var db = Records.Context();
        var member = new Record { Id = 1, Version = 3 };
        db.Attach(member);

        var next = db.AdvanceVersion(member);
        db.AdvanceVersion(member);

        Assert.Equal((4L, 4L, EntityState.Modified), (next, member.Version, db.Entry(member).State));
    }

    [Fact]
    public void AdvanceVersion_Untracked_Throws()
    {
        using var db = Records.Context();

        Assert.Throws<InvalidOperationException>(() => db.AdvanceVersion(new Record { Id = 1 }));
    }

    [Fact]
    public void AddVersionTokens_VersionedEntity_IsGuardedByItsVersion()
    {
        using var db = Records.Context();

        Assert.True(db.Model.FindEntityType(typeof(Record))!.FindProperty(nameof(Record.Version))!.IsConcurrencyToken);
    }

    private sealed class Record : IVersioned
    {
        public int Id { get; init; }
        public string Name { get; set; } = "";
        public long Version { get; set; }
    }

    private sealed class Records(DbContextOptions<Records> options) : DbContext(options)
    {
        public static Records Context() =>
            new(new DbContextOptionsBuilder<Records>().UseNpgsql("Host=unused.invalid").Options);

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Record>().Property(r => r.Id).ValueGeneratedNever();
            modelBuilder.AddVersionTokens();
        }
    }
}
