using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Tests;

/// <summary>What the summary page offers each user on a round's report, by the report's status and the year.</summary>
public sealed class ReportRightsTests
{
    private const bool Open = false;
    private const bool Closed = true;

    // who: pi (the alliance's PI), assistant (writes, not the PI), other-pi (a PI of another alliance: no write), centre, officer
    public static TheoryData<string, string, bool, ReportRights> Cases => new()
    {
        { "pi", "not-started", Open, new(true, true, null, false, false) },
        { "pi", "draft", Open, new(true, true, null, false, false) },
        { "pi", "reopened", Open, new(true, true, null, false, false) },
        { "pi", "submitted", Open, new(false, false, "submitted", false, false) },
        { "pi", "audited", Open, new(false, false, "audited", false, false) },
        { "pi", "draft", Closed, new(false, false, "year-closed", false, false) },
        { "assistant", "draft", Open, new(true, false, "pi-only", false, false) },
        { "assistant", "reopened", Open, new(true, false, "pi-only", false, false) },
        { "assistant", "submitted", Open, new(false, false, "submitted", false, false) },
        { "other-pi", "draft", Open, new(false, false, null, false, false) },
        { "centre", "draft", Open, new(false, false, null, false, false) },
        { "centre", "submitted", Open, new(false, false, null, true, true) },
        { "centre", "reopened", Open, new(false, false, null, true, false) },
        { "centre", "audited", Open, new(false, false, null, false, false) },
        { "centre", "submitted", Closed, new(false, false, null, false, false) },
        { "officer", "submitted", Open, new(false, false, null, false, false) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_UserAndStatus_OffersWhatTheLifecycleAllows(string who, string status, bool yearClosed, ReportRights expected) =>
        Assert.Equal(expected, ReportRights.Of(canWrite: who is "pi" or "assistant", isPi: who is "pi" or "other-pi", isCentre: who == "centre", status, yearClosed));
}
