using Alliance.Programme;

namespace Alliance.Demo.Plan;

/// <summary>
/// An alliance's activities for both demo years, drawn once its members and entries are, from a random
/// source of their own (so they left every seed's members and entries as they were): events of both
/// kinds, consultations and on-site guidance for firm members whose contracts are in force on the
/// date, outcomes of every kind (patents included) for such members; a consultation for the member
/// entered by mistake (flagged once it is removed); and now and then a record the service refuses
/// (a university's own patent, an event entered again as the other kind, an event dated before its
/// year began), as real data entry has them. Each is dated inside its programme year and not after today.
/// </summary>
internal sealed class ActivityDraw(Random random, DemoAlliance alliance, ProgrammeYear current, DateOnly today)
{
    private static readonly string[] FirmKinds = ["taiwan-company", "non-research-juridical-person", "association", "foreign-company"];
    private readonly List<DemoActivity> _activities = [];
    private readonly string _technology = alliance.Name.Replace("產學技術聯盟", "", StringComparison.Ordinal);
    private ProgrammeYear Previous => ProgrammeYear.Create(current.Roc - 1);

    public static IReadOnlyList<DemoActivity> For(DemoAlliance alliance, ProgrammeYear current, DateOnly today, Random random)
    {
        var draw = new ActivityDraw(random, alliance, current, today);
        var strength = 0.5 + random.NextDouble();
        foreach (var year in new[] { draw.Previous, current })
        {
            draw.Events(year, strength);
            draw.MemberServices(year, strength);
            draw.Outcomes(year, strength);
        }

        draw.ForTheMistakenMember();
        draw.Refused();
        return draw._activities;
    }

    private void Events(ProgrammeYear year, double strength)
    {
        var (from, to) = (year.Period.Start, Last(year));
        for (var n = Scaled(1, 3, strength); n > 0; n--)
        {
            Event(year, "promotion", Between(from, to), $"{_technology}{Pick(ActivityNames.Promotions)}");
        }

        for (var n = Scaled(1, 2, strength); n > 0; n--)
        {
            Event(year, "seminar", Between(from, to), $"{_technology}{Pick(ActivityNames.Seminars)}");
        }
    }

    private void Event(ProgrammeYear year, string kind, DateOnly date, string title)
    {
        var attendees = random.Next(30, 201);
        _activities.Add(new DemoActivity(DemoActivity.Events, year.Roc, kind, date, null,
            Title: $"{title}（第{_activities.Count + 1}場）", Place: $"{alliance.HostInstitution}{Pick(ActivityNames.Venues)}",
            Role: random.Next(4) == 0 ? "co-hosted" : "hosted", Attendees: attendees, FirmAttendees: attendees * random.Next(30, 81) / 100));
    }

    private void MemberServices(ProgrammeYear year, double strength)
    {
        for (var n = Scaled(4, 10, strength); n > 0; n--)
        {
            ForAFirm(year, (member, date) => new DemoActivity(DemoActivity.Consultations, year.Roc, null, date, member,
                Topic: $"{_technology}{Pick(ActivityNames.Consultations)}", Hours: random.Next(2, 17) / 2m));
        }

        for (var n = Scaled(2, 5, strength); n > 0; n--)
        {
            ForAFirm(year, (member, date) => new DemoActivity(DemoActivity.Guidance, year.Roc, null, date, member,
                Topic: Pick(ActivityNames.Guidance), Hours: random.Next(4, 33) / 2m));
        }
    }

    private void Outcomes(ProgrammeYear year, double strength)
    {
        for (var n = Scaled(0, 2, strength); n > 0; n--)
        {
            ForAFirm(year, (member, date) => Outcome(year, "new-product", date, member, $"{Stem(member)}{Pick(ActivityNames.Products)}"));
        }

        for (var n = Scaled(0, 2, strength); n > 0; n--)
        {
            ForAFirm(year, (member, date) => Outcome(year, "new-technology", date, member, $"{_technology}{Pick(ActivityNames.Technologies)}"));
        }

        foreach (var kind in new[] { "patent-application", "patent-grant" })
        {
            for (var n = Scaled(0, 1, strength); n > 0; n--)
            {
                ForAFirm(year, (member, date) => Patent(year, kind, date, member, random.Next(3) == 0 ? "joint" : "member"));
            }
        }

        for (var n = Scaled(0, 2, strength); n > 0; n--)
        {
            ForAFirm(year, (member, date) => Outcome(year, "new-hire", date, member, Pick(ActivityNames.Hires)) with { People = random.Next(1, 4) });
        }

        for (var n = Scaled(0, 2, strength); n > 0; n--)
        {
            ForAFirm(year, (member, date) => Outcome(year, "derived-output-value", date, member, $"{Pick(ActivityNames.Products)}量產") with
            {
                Amount = random.Next(50, 501) * 10_000m,
            });
        }
    }

    private DemoActivity Outcome(ProgrammeYear year, string kind, DateOnly date, int member, string title) =>
        new(DemoActivity.Outcomes, year.Roc, kind, date, member, Title: title);

    private DemoActivity Patent(ProgrammeYear year, string kind, DateOnly date, int member, string owner)
    {
        var (country, prefix) = Pick(ActivityNames.PatentOffices);
        var number = kind == "patent-grant" ? $"{prefix} I{random.Next(700_000, 900_000)}" : $"{prefix} {year.Gregorian}{random.Next(100_000, 1_000_000)}";
        return Outcome(year, kind, date, member, $"一種{_technology}{Pick(ActivityNames.Technologies)}之裝置及方法") with { PatentNumber = number, Country = country, Owner = owner };
    }

    /// <summary>A consultation for the member entered by mistake, while it was still on the list: flagged once it is removed.</summary>
    private void ForTheMistakenMember()
    {
        foreach (var member in alliance.RemovedByMistake)
        {
            if (InForce(member, current) is { } window)
            {
                _activities.Add(new DemoActivity(DemoActivity.Consultations, current.Roc, null, Between(window.From, window.To), member,
                    Topic: $"{_technology}{Pick(ActivityNames.Consultations)}", Hours: 2m));
            }
        }
    }

    /// <summary>Now and then (one alliance in three) a mistake the service refuses with the rule's code; entered last, so an event it repeats is there.</summary>
    private void Refused()
    {
        if (random.Next(3) != 0)
        {
            return;
        }

        var events = _activities.Where(a => a.Type == DemoActivity.Events).ToList();
        switch (random.Next(3))
        {
            case 0:
                ForAFirm(current, (member, date) => Patent(current, "patent-application", date, member, "university") with { RefusedWith = "university-patent" });
                break;
            case 1 when events.Count > 0:
                var again = events[random.Next(events.Count)];
                _activities.Add(again with { Kind = again.Kind == "seminar" ? "promotion" : "seminar", RefusedWith = "event-recorded-as-other-kind" });
                break;
            default:
                // Held in the January before the year began, and entered under the year.
                Event(Previous, "promotion", new DateOnly(Previous.Gregorian, 1, random.Next(5, 29)), $"{_technology}{Pick(ActivityNames.Promotions)}");
                _activities[^1] = _activities[^1] with { RefusedWith = "date-outside-programme-year" };
                break;
        }
    }

    /// <summary>Adds what <paramref name="make"/> makes of a firm member (not one entered by mistake) whose contract is in force on a day of the year so far.</summary>
    private void ForAFirm(ProgrammeYear year, Func<int, DateOnly, DemoActivity> make)
    {
        var firms = Enumerable.Range(0, alliance.Members.Count)
            .Where(m => !alliance.RemovedByMistake.Contains(m) && FirmKinds.Contains(alliance.Members[m].Kind) && InForce(m, year) is not null)
            .ToList();
        if (firms.Count > 0)
        {
            var member = firms[random.Next(firms.Count)];
            var window = InForce(member, year)!.Value;
            _activities.Add(make(member, Between(window.From, window.To)));
        }
    }

    /// <summary>The days of <paramref name="year"/> up to today on which the member's contract is in force, or null when there are none.</summary>
    private (DateOnly From, DateOnly To)? InForce(int member, ProgrammeYear year)
    {
        if (alliance.Members[member].Contract is not { } contract)
        {
            return null;
        }

        var from = contract.Start > year.Period.Start ? contract.Start : year.Period.Start;
        var to = contract.End < Last(year) ? contract.End : Last(year);
        return from <= to ? (from, to) : null;
    }

    private DateOnly Last(ProgrammeYear year) => year.Period.End < today ? year.Period.End : today;

    private string Stem(int member) => alliance.Members[member].Name.Length >= 2 ? alliance.Members[member].Name[..2] : alliance.Members[member].Name;

    private int Scaled(int min, int max, double strength) => (int)Math.Round(random.Next(min, max + 1) * strength, MidpointRounding.AwayFromZero);

    private DateOnly Between(DateOnly from, DateOnly to) => to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
