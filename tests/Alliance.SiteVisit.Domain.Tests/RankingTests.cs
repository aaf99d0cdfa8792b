namespace Alliance.SiteVisit.Domain.Tests;

public sealed partial class RankingTests
{
    [Theory]
    [MemberData(nameof(OrderCases))]
    public void Rank_ByAverageTotalThenLowestTotalThenCode_EachItsOwnRank(string candidates, string expected)
    {
        var ranked = Ranking.Rank(Forms.Candidates(candidates));

        Assert.Equal(expected, string.Join(' ', ranked.Select(r => $"{r.Rank}:{r.AllianceCode}")));
        Assert.All(ranked, r => Assert.Equal(Forms.IdOf(r.AllianceCode), r.AllianceId));
    }

    [Fact]
    public void Rank_PooledForms_AverageLowestAndCountOfAllOfThem()
    {
        var ranked = Assert.Single(Ranking.Rank(Forms.Candidates("A01:20,21,19,22")));

        Assert.Equal((1, 20.5m, 19, 4), (ranked.Rank, ranked.AverageTotal, ranked.LowestTotal, ranked.Forms));
    }

    [Fact]
    public void Rank_AverageNotRound_KeptUnrounded() =>
        Assert.Equal(62m / 3, Assert.Single(Ranking.Rank(Forms.Candidates("A01:20,21,21"))).AverageTotal);

    [Fact]
    public void Rank_NoCandidates_Empty() => Assert.Empty(Ranking.Rank([]));
}
