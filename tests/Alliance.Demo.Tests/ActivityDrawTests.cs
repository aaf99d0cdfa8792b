using Alliance.Demo.Plan;
using Alliance.Programme;

namespace Alliance.Demo.Tests;

/// <summary>The demo's activities hold to the activity rules, so that the service keeps each one (or refuses it as planned).</summary>
public sealed class ActivityDrawTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DemoProgramme Programme = DemoPlanner.Plan(108, 1, Today);
    private static readonly string[] FirmKinds = ["taiwan-company", "non-research-juridical-person", "association", "foreign-company"];

    private static IEnumerable<(DemoAlliance Alliance, DemoActivity Activity)> Kept =>
        Programme.Alliances.SelectMany(a => a.Activities.Where(x => x.RefusedWith is null).Select(x => (a, x)));

    [Fact]
    public void EveryKind_OfEveryType_IsThere_InBothYears()
    {
        foreach (var year in new[] { 114, 115 })
        {
            var kinds = Kept.Where(k => k.Activity.Year == year).Select(k => $"{k.Activity.Type}:{k.Activity.Kind}").Distinct().Order();

            Assert.Equal(
                [
                    "consultations:", "events:promotion", "events:seminar", "guidance:",
                    "outcomes:derived-output-value", "outcomes:new-hire", "outcomes:new-product", "outcomes:new-technology",
                    "outcomes:patent-application", "outcomes:patent-grant",
                ],
                kinds);
        }
    }

    [Fact]
    public void AtScaleOne_ThereAreSomeThousandsKept() => Assert.InRange(Programme.ActivityCount, 2_500, 4_500);

    [Fact]
    public void EveryActivityKept_IsDatedInsideItsProgrammeYear_AndNotAfterToday() =>
        Assert.All(Kept, k => Assert.True(ProgrammeYear.Create(k.Activity.Year).Period.Contains(k.Activity.Date) && k.Activity.Date <= Today,
            $"{k.Alliance.Code}: {k.Activity.Type} of {k.Activity.Year} on {k.Activity.Date}"));

    [Fact]
    public void EveryRecordNamingAMember_NamesAFirmWhoseContractIsInForceOnItsDate() =>
        Assert.All(Kept.Where(k => k.Activity.MemberIndex is not null), k =>
        {
            var member = k.Alliance.Members[k.Activity.MemberIndex!.Value];
            Assert.Contains(member.Kind, FirmKinds);
            Assert.True(member.Contract is { } c && c.Start <= k.Activity.Date && k.Activity.Date <= c.End, $"{k.Alliance.Code}: {member.Name} on {k.Activity.Date}");
        });

    [Fact]
    public void TheFieldsOfEachKind_AreThere()
    {
        Assert.All(Kept.Where(k => k.Activity.Type == DemoActivity.Events), k =>
            Assert.True(k.Activity is { Title: not null, Place: not null, Role: "hosted" or "co-hosted", Attendees: > 0 } e && e.FirmAttendees <= e.Attendees));
        Assert.All(Kept.Where(k => k.Activity.Type is DemoActivity.Consultations or DemoActivity.Guidance), k =>
            Assert.True(k.Activity is { Topic: not null, Hours: > 0 and <= 1000 } s && decimal.Round(s.Hours.Value, 2) == s.Hours));
        Assert.All(Kept.Where(k => k.Activity.Kind is "patent-application" or "patent-grant"), k =>
            Assert.True(k.Activity is { PatentNumber: not null, Country: not null, Owner: "member" or "joint" }));
        Assert.All(Kept.Where(k => k.Activity.Kind == "new-hire"), k => Assert.True(k.Activity.People > 0));
        Assert.All(Kept.Where(k => k.Activity.Kind == "derived-output-value"), k => Assert.True(k.Activity.Amount > 0));
    }

    [Fact]
    public void NoEventKept_IsKeptAsTheOtherKindToo() =>
        Assert.All(Programme.Alliances, alliance =>
        {
            var events = alliance.Activities.Where(a => a.Type == DemoActivity.Events && a.RefusedWith is null).ToList();
            Assert.DoesNotContain(events, e => events.Any(other => other.Kind != e.Kind && other.Date == e.Date && other.Title == e.Title));
        });

    [Fact]
    public void SomeRecords_NameTheMemberEnteredByMistake_AndBecomeFlagged() =>
        Assert.Contains(Programme.Alliances, a => a.Activities.Any(x => x.RefusedWith is null && x.MemberIndex is { } m && a.RemovedByMistake.Contains(m)));

    [Fact]
    public void AFewMistakes_AreRefused_EachWithTheRuleItBreaks()
    {
        var refused = Programme.Alliances.SelectMany(a => a.Activities.Where(x => x.RefusedWith is not null).Select(x => (a, x))).ToList();

        Assert.Equal(["date-outside-programme-year", "event-recorded-as-other-kind", "university-patent"], refused.Select(r => r.x.RefusedWith).Distinct().Order());
        Assert.InRange(refused.Count, 10, 50);
        Assert.All(refused.Where(r => r.x.RefusedWith == "university-patent"), r => Assert.Equal("university", r.x.Owner));
        Assert.All(refused.Where(r => r.x.RefusedWith == "date-outside-programme-year"), r => Assert.False(ProgrammeYear.Create(r.x.Year).Period.Contains(r.x.Date)));
        Assert.All(refused.Where(r => r.x.RefusedWith == "event-recorded-as-other-kind"), r =>
            Assert.Contains(r.a.Activities, kept => kept.RefusedWith is null && kept.Kind != r.x.Kind && kept.Date == r.x.Date && kept.Title == r.x.Title));
    }

    [Fact]
    public void AnotherSeed_DrawsOtherActivities() =>
        Assert.NotEqual(
            Programme.Alliances[0].Activities.Select(a => a.Date),
            DemoPlanner.Plan(109, 1, Today).Alliances[0].Activities.Select(a => a.Date));
}
