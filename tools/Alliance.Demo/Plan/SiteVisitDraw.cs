using Alliance.Programme;

namespace Alliance.Demo.Plan;

/// <summary>
/// A site visit the centre schedules in a programme year: the alliance by its code, its start (Taiwan time,
/// April–July), its place, and the reviewers it assigns, by user name. A visit held before today has its reviewers'
/// submitted forms and is completed.
/// </summary>
public sealed record DemoVisit(string AllianceCode, int Year, DateTimeOffset StartsAt, string Place, IReadOnlyList<string> Reviewers)
{
    public IReadOnlyList<DemoReviewForm> Forms { get; init; } = [];

    public bool Completed { get; init; }
}

/// <summary>
/// A year's site visits: a few alliances of each domain (about 30 in all at scale 1), spread over
/// April–July on working days, each with two reviewers from the demo's reviewers; <c>demo-reviewer</c> is one of
/// them on every third visit, so its alliances come from those visits alone.
/// </summary>
public static class SiteVisitDraw
{
    public const int VisitsPerDomain = 4;

    private static readonly TimeSpan Taiwan = TimeSpan.FromHours(8);

    /// <summary>The reviewers the centre assigns; the first is the demo's own reviewer account.</summary>
    public static readonly IReadOnlyList<DemoPerson> Reviewers =
    [
        new("demo-reviewer", "示範審查委員"), new("reviewer-chen", "陳審查委員"), new("reviewer-lin", "林審查委員"),
        new("reviewer-huang", "黃審查委員"), new("reviewer-wu", "吳審查委員"),
    ];

    public static IReadOnlyList<DemoVisit> For(IReadOnlyList<DemoAlliance> alliances, double scale, ProgrammeYear year, Random random)
    {
        var perDomain = Math.Max(1, (int)Math.Round(VisitsPerDomain * scale, MidpointRounding.AwayFromZero));
        var visits = new List<DemoVisit>();
        foreach (var domain in alliances.GroupBy(a => a.DomainCode))
        {
            var members = domain.ToList();
            var count = Math.Min(perDomain, members.Count);
            for (var i = 0; i < count; i++)
            {
                // Spread over the domain (its first alliance, the demo PI's, is visited too).
                var alliance = members[i * members.Count / count];
                var others = Reviewers.Skip(1).ToList();
                var second = random.Next(others.Count);
                var first = visits.Count % 3 == 0 ? Reviewers[0] : others[(second + 1 + random.Next(others.Count - 1)) % others.Count];
                visits.Add(new DemoVisit(alliance.Code, year.Roc, StartOn(WorkingDay(year, random), random), $"{alliance.HostInstitution} 聯盟會議室",
                    [first.UserName, others[second].UserName]));
            }
        }

        return [.. visits.OrderBy(v => v.StartsAt).ThenBy(v => v.AllianceCode, StringComparer.Ordinal)];
    }

    /// <summary>A working day of April–July in the year the programme year starts in.</summary>
    private static DateOnly WorkingDay(ProgrammeYear year, Random random)
    {
        var first = new DateOnly(year.Gregorian, 4, 1);
        var last = new DateOnly(year.Gregorian, 7, 31);
        while (true)
        {
            var day = first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return day;
            }
        }
    }

    private static DateTimeOffset StartOn(DateOnly day, Random random) =>
        new(day.ToDateTime(random.Next(2) == 0 ? new TimeOnly(9, 30) : new TimeOnly(13, 30)), Taiwan);
}
