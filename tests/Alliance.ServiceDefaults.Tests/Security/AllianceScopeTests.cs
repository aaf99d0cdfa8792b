using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;

namespace Alliance.ServiceDefaults.Tests.Security;

public sealed class AllianceScopeTests
{
    public static TheoryData<RosterStatus, bool, string> Cases => new()
    {
        { RosterStatus.Open, false, "passes" },
        { RosterStatus.Open, true, "passes" },
        { RosterStatus.Terminated, false, "passes" },
        { RosterStatus.Terminated, true, "rule-violated allianceId" },
        { RosterStatus.Unknown, false, "not-found" },
        { RosterStatus.Unknown, true, "not-found" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RequireStanding_StatusAndWrite_RefusesUnknownAndWritesToTerminated(RosterStatus status, bool forWrite, string expected)
    {
        var refusal = Record.Exception(() => AllianceScope.RequireStanding(status, forWrite));

        Assert.Equal(expected, refusal switch
        {
            null => "passes",
            DomainException { Code: ErrorCode.NotFound } => "not-found",
            DomainException { Code: ErrorCode.RuleViolated } violated => $"rule-violated {string.Join(',', violated.FieldErrors.Keys)}",
            _ => refusal.GetType().Name,
        });
    }

    [Fact]
    public void RequireStanding_TerminatedWrite_SaysSoInBothLanguages()
    {
        var refusal = Assert.Throws<DomainException>(() => AllianceScope.RequireStanding(RosterStatus.Terminated, forWrite: true));

        Assert.Equal(("此聯盟已終止，資料不能再修改。", "The alliance is terminated; its records can no longer change."), (refusal.Text.ZhTw, refusal.Text.En));
    }
}
