namespace Alliance.Membership.Domain.Tests;

public sealed partial class MembershipTests
{
    private static readonly ProgrammeYear Year108 = ProgrammeYear.Create(108);

    [Theory]
    [MemberData(nameof(CountedCases))]
    public void Evaluate_Contracts_CountedWhenOneSpansTheCutoff(string terms, bool expected) =>
        Assert.Equal(expected, Membership.Evaluate(MemberKind.Firm, Terms.Parse(terms), Year108).IsCounted);

    [Theory]
    [MemberData(nameof(PaidCases))]
    public void Evaluate_Contracts_PaidWhenAnySpanningContractIsPaid(string terms, bool expected) =>
        Assert.Equal(expected, Membership.Evaluate(MemberKind.Firm, Terms.Parse(terms), Year108).Paid);

    [Theory]
    [MemberData(nameof(ReasonCases))]
    public void Evaluate_Member_GivesReasonsWhenNotAnEffectiveFirm(MemberKind kind, string terms, string expected)
    {
        var standing = Membership.Evaluate(kind, Terms.Parse(terms), Year108);
        Assert.Equal(expected, string.Join(',', standing.Reasons.Select(StandingReasons.Code)));
        Assert.Equal(expected.Length == 0, standing.IsEffectiveFirmMember);
    }

    [Theory]
    [MemberData(nameof(KindCases))]
    public void Evaluate_SpanningContract_EffectiveFirmOnlyForFirms(MemberKind kind, bool counted, bool effectiveFirm)
    {
        var standing = Membership.Evaluate(kind, Terms.Parse("2019-01-01..2019-12-31 paid"), Year108);
        Assert.Equal(counted, standing.IsCounted);
        Assert.Equal(effectiveFirm, standing.IsEffectiveFirmMember);
    }

    [Fact]
    public void Evaluate_SeveralSpanningContracts_CountOnceAsPaid()
    {
        var members = new[] { Terms.Parse("2019-01-01..2019-12-31 free; 2019-06-01..2020-05-31 paid; 2019-10-01..2019-11-30 paid") }
            .Select(terms => (MemberKind.Firm, (Region?)Region.North, Membership.Evaluate(MemberKind.Firm, terms, Year108)));
        var summary = MemberSummary.Count(members);
        Assert.Equal((1, 1, 0), (summary.FirmTotal, summary.Paid, summary.Free));
    }

    [Fact]
    public void Evaluate_AnotherYear_UsesThatYearsCutoff()
    {
        var terms = Terms.Parse("2019-01-01..2020-10-31 paid");
        Assert.True(Membership.Evaluate(MemberKind.Firm, terms, ProgrammeYear.Create(109)).IsCounted);
        Assert.False(Membership.Evaluate(MemberKind.Firm, terms, ProgrammeYear.Create(110)).IsCounted);
    }

    [Fact]
    public void Evaluate_CooperationProject_CountsAsFreeFirmMember()
    {
        var standing = Membership.Evaluate(MemberKind.Firm, Terms.Parse("2019-03-01..2020-02-29 project"), Year108);
        Assert.Equal((true, true, false, true), (standing.IsCounted, standing.IsEffectiveFirmMember, standing.Paid, standing.Free));
    }

    [Fact]
    public void FromCooperationProject_Term_IsFreeWithProjectSource()
    {
        var term = ContractTerm.FromCooperationProject(DateRange.Create(new DateOnly(2019, 3, 1), new DateOnly(2020, 2, 29)));
        Assert.Equal((false, ContractSource.CooperationProject), (term.Paid, term.Source));
    }
}
