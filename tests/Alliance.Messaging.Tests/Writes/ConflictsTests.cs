using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Messaging.Tests.Writes;

public sealed class ConflictsTests
{
    private static readonly DomainException Duplicate = DomainException.Conflict("name", new("名稱重複。", "The name is taken."));

    private static PostgresException Postgres(string sqlState) => new("refused", "ERROR", "ERROR", sqlState);

    public static TheoryData<Exception, string> Failures => new()
    {
        { new DbUpdateConcurrencyException("0 rows"), "stale-version" },
        { new DbUpdateException("save", Postgres(PostgresErrorCodes.UniqueViolation)), "conflict name" },
        { Postgres(PostgresErrorCodes.UniqueViolation), "conflict name" },
        { new DbUpdateException("save", Postgres(PostgresErrorCodes.ForeignKeyViolation)), "none" },
        { new DbUpdateException("save"), "none" },
        { new InvalidOperationException("bug"), "none" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void RefusalOf_Failure_IsTheConflictItMeans(Exception exception, string expected)
    {
        var refusal = Conflicts.RefusalOf(exception, Duplicate);

        Assert.Equal(expected, Describe(refusal));
    }

    [Fact]
    public void RefusalOf_UniqueViolationWithoutADuplicateProblem_IsNone() =>
        Assert.Null(Conflicts.RefusalOf(new DbUpdateException("save", Postgres(PostgresErrorCodes.UniqueViolation)), duplicate: null));

    [Fact]
    public async Task WriteOrConflictAsync_UniqueViolation_ThrowsTheDuplicateProblem()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            Conflicts.WriteOrConflictAsync(() => throw Postgres(PostgresErrorCodes.UniqueViolation), Duplicate));

        Assert.Same(Duplicate, refusal);
    }

    [Fact]
    public async Task WriteOrConflictAsync_OtherFailure_LetsItThrough() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Conflicts.WriteOrConflictAsync(() => throw new InvalidOperationException("bug"), Duplicate));

    private static string Describe(DomainException? refusal) => refusal switch
    {
        null => "none",
        { Code: ErrorCode.StaleVersion } => "stale-version",
        { Code: ErrorCode.Conflict } => $"conflict {string.Join(',', refusal.FieldErrors.Keys)}",
        _ => refusal.Code.ToString(),
    };
}
