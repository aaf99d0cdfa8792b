using Alliance.Demo.Plan;

namespace Alliance.Demo.Tests;

public sealed class SiteVisitDrawTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DemoProgramme Programme = DemoPlanner.Plan(108, 1, Today);

    [Fact]
    public void AtScaleOne_AFewVisitsPerDomain_AboutThirtyInAll()
    {
        Assert.InRange(Programme.Visits.Count, 28, 34);
        Assert.All(Programme.Alliances.GroupBy(a => a.DomainCode), domain =>
            Assert.Equal(SiteVisitDraw.VisitsPerDomain, Programme.Visits.Count(v => domain.Any(a => a.Code == v.AllianceCode))));
    }

    [Theory]
    [InlineData(0.1, 8)]
    [InlineData(10, 320)]
    public void Visits_AreScaledWithTheProgramme(double scale, int expected) =>
        Assert.Equal(expected, DemoPlanner.Plan(108, scale, Today).Visits.Count);

    [Fact]
    public void EveryVisit_IsOnAWorkingDayOfAprilToJulyOfTheCurrentYear_InTaiwanTime()
    {
        Assert.All(Programme.Visits, visit =>
        {
            Assert.Equal(Programme.Current.Roc, visit.Year);
            Assert.Equal(TimeSpan.FromHours(8), visit.StartsAt.Offset);
            Assert.InRange(DateOnly.FromDateTime(visit.StartsAt.DateTime), new DateOnly(2026, 4, 1), new DateOnly(2026, 7, 31));
            Assert.DoesNotContain(visit.StartsAt.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        });
    }

    [Fact]
    public void EveryVisit_HasTwoOfTheDemosReviewers_AndTheDemoReviewerIsOnSome()
    {
        var known = SiteVisitDraw.Reviewers.Select(r => r.UserName).ToHashSet();
        Assert.All(Programme.Visits, visit =>
        {
            Assert.Equal(2, visit.Reviewers.Distinct().Count());
            Assert.All(visit.Reviewers, reviewer => Assert.Contains(reviewer, known));
        });
        Assert.InRange(Programme.Visits.Count(v => v.Reviewers.Contains("demo-reviewer")), 5, Programme.Visits.Count - 5);
        Assert.All(Programme.Visits, visit => Assert.Contains(visit.AllianceCode, Programme.Alliances.Select(a => a.Code)));
    }

    [Fact]
    public void Digest_CoversTheVisits()
    {
        var withoutOne = Programme with { Visits = Programme.Visits.Skip(1).ToList() };

        Assert.NotEqual(PlanDigest.Of(Programme), PlanDigest.Of(withoutOne));
    }

    [Fact]
    public void VisitsHeldBeforeToday_HaveEveryReviewersSubmittedForm_AndAreCompleted_LaterOnesNeither()
    {
        var inJune = DemoPlanner.Plan(108, 1, new DateOnly(2026, 6, 1));
        var held = inJune.Visits.Where(v => DateOnly.FromDateTime(v.StartsAt.DateTime) < inJune.Today).ToList();
        var later = inJune.Visits.Except(held).ToList();

        Assert.NotEmpty(held);
        Assert.NotEmpty(later);
        Assert.All(held, visit =>
        {
            Assert.True(visit.Completed);
            Assert.Equal(visit.Reviewers, visit.Forms.Select(f => f.Reviewer));
            Assert.All(visit.Forms, form =>
            {
                Assert.Equal(ReviewDraw.Points, form.Scores.Count);
                Assert.All(form.Scores, score => Assert.InRange(score, 1, 5));
                Assert.Contains(form.Recommendation, new[] { "outstanding-candidate", "satisfactory", "needs-improvement" });
            });
        });
        Assert.All(later, visit => Assert.False(visit.Completed || visit.Forms.Count > 0));
    }

    [Fact]
    public void LastYearsVisits_AreAFewPerDomainOfThePreviousYear_AllHeld()
    {
        Assert.Equal(Programme.Visits.Count, Programme.LastYearsVisits.Count);
        Assert.All(Programme.LastYearsVisits, visit =>
        {
            Assert.Equal(Programme.Previous.Roc, visit.Year);
            Assert.InRange(DateOnly.FromDateTime(visit.StartsAt.DateTime), new DateOnly(2025, 4, 1), new DateOnly(2025, 7, 31));
            Assert.True(visit.Completed);
            Assert.Equal(2, visit.Forms.Count);
        });
    }

    [Fact]
    public void TheAbnormalAlliance_IsNotTheDemoPis_AndItsCounsellingLiesInTheYearBeforeToday()
    {
        var abnormal = Assert.IsType<DemoAbnormal>(Programme.Abnormal);
        var alliance = Assert.Single(Programme.Alliances, a => a.Code == abnormal.AllianceCode);

        Assert.NotEqual(DemoPlanner.DemoPiUserName, alliance.Pi.UserName);
        Assert.True(Programme.Current.Contains(abnormal.CounsellingDate) && abnormal.CounsellingDate <= Today);
    }
}
