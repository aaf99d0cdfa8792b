namespace Alliance.Reporting.Domain.Tests;

public sealed partial class ReportRoundTests
{
    [Theory]
    [MemberData(nameof(RoundCases))]
    public void Of_AYear_GivesEachRoundItsIdPeriodAndDeadline(int index, string id, string start, string end, DeadlineCode deadline)
    {
        var round = ReportRound.Of(ProgrammeYear.Create(108))[index];

        Assert.Equal((id, Date(start), Date(end), deadline), (round.Id, round.Period.Start, round.Period.End, round.Deadline));
    }

    [Theory]
    [MemberData(nameof(IdCases))]
    public void TryParse_AnId_IsFoundUnknownOrMalformed(string? id, RoundIdReading expected)
    {
        var reading = ReportRound.TryParse(id, out var round);

        Assert.Equal(expected, reading);
        Assert.Equal(expected == RoundIdReading.Found, round is not null);
        if (round is not null)
        {
            Assert.Equal(id, round.Id);
        }
    }

    [Theory]
    [MemberData(nameof(PlacementCases))]
    public void Holds_ARecordOfANamedYear_OnlyInTheRoundsWhosePeriodHoldsItsCountingDate(int named, string date, string expectedRounds)
    {
        var rounds = ReportRound.Of(ProgrammeYear.Create(108)).Where(r => r.Holds(ProgrammeYear.Create(named), Date(date))).Select(r => r.Id);

        Assert.Equal(expectedRounds, string.Join(' ', rounds));
    }

    [Theory]
    [InlineData(108, "2019-01-01", "2019-02-01")]
    [InlineData(108, "2019-01-31", "2019-02-01")]
    [InlineData(108, "2019-02-01", "2019-02-01")]
    [InlineData(108, "2020-01-15", "2020-01-15")]
    [InlineData(109, "2020-01-15", "2020-02-01")]
    public void CountingDate_JanuaryOfTheNamedYear_CountsOnItsFirstDay(int named, string date, string expected) =>
        Assert.Equal(Date(expected), ReportRound.CountingDate(ProgrammeYear.Create(named), Date(date)));

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
