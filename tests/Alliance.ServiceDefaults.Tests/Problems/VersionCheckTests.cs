using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Tests.Problems;

public sealed class VersionCheckTests
{
    /// <summary>The stored version (null: not stored yet), the version the request read, and what the check answers.</summary>
    public static TheoryData<long?, long?, string> Cases => new()
    {
        { 3, 3, "passes" },
        { 3, 2, "stale-version" },
        { 3, 4, "stale-version" },
        { 3, 0, "stale-version" },
        { 3, null, "invalid version" },
        { 1, 1, "passes" },
        { null, null, "passes" },
        { null, 0, "passes" },
        { null, 1, "stale-version" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Require_StoredAndRead_PassesOnlyWhenCurrent(long? stored, long? read, string expected)
    {
        var refusal = Record.Exception(() => VersionCheck.Require(stored, read));

        Assert.Equal(expected, refusal switch
        {
            null => "passes",
            DomainException { Code: ErrorCode.StaleVersion } => "stale-version",
            DomainException { Code: ErrorCode.Invalid } invalid => $"invalid {string.Join(',', invalid.FieldErrors.Keys)}",
            _ => refusal.GetType().Name,
        });
    }

    [Fact]
    public void Stale_InEitherLanguage_IsTheOneMessage()
    {
        var stale = VersionCheck.Stale();

        Assert.Equal(ErrorCode.StaleVersion, stale.Code);
        Assert.Equal(("此資料已被他人修改，請重新載入後再試。", "Someone else changed this record; reload it and try again."), (stale.Text.ZhTw, stale.Text.En));
    }
}
