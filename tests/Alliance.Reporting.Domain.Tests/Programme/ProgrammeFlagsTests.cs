using Alliance.Reporting.Domain.Programme;

namespace Alliance.Reporting.Domain.Tests.Programme;

public sealed partial class ProgrammeFlagsTests
{
    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Of_EachFlagAtItsBoundary_IsRaisedOnlyPastIt(FlagInputs inputs, string expected)
    {
        var raised = ProgrammeFlags.Of(inputs);
        Assert.Equal(expected, string.Join(",", raised.Select(f => $"{ProgrammeFlags.Code(f.Flag)} {f.Actual}/{f.Threshold}")));
    }

    [Fact]
    public void Of_AbnormalAlliance_CarriesSiteVisitsReasonAndTheCentreClearsIt()
    {
        var raised = Assert.Single(ProgrammeFlags.Of(Inputs() with { AbnormalReason = "會員數連續下降" }));
        Assert.Equal((ProgrammeFlag.Abnormal, "會員數連續下降", FlagClearing.CentreClears), (raised.Flag, raised.Reason, raised.Clearing));
    }

    [Theory]
    [InlineData("not-self-sufficient", true)]
    [InlineData("revenue-not-growing", true)]
    [InlineData("members-below-target", true)]
    [InlineData("abnormal", true)]
    [InlineData("outstanding", false)]
    [InlineData("Abnormal", false)]
    [InlineData(null, false)]
    public void TryParse_Code_IsOneOfTheFourFlags(string? code, bool expected) => Assert.Equal(expected, ProgrammeFlags.TryParse(code, out _));
}
