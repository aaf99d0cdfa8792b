namespace Alliance.Membership.Domain;

/// <summary>
/// The member row of the summary table (成果綜整表) for one year: counted members only.
/// Invariants: <c>Paid + Free == FirmTotal</c> and
/// <c>North + Central + South + East + IslandsAndOverseas == FirmTotal</c>.
/// </summary>
public sealed record MemberSummary(
    int FirmTotal,
    int Paid,
    int Free,
    int North,
    int Central,
    int South,
    int East,
    int IslandsAndOverseas,
    int Individual,
    int Other)
{
    /// <summary>
    /// Counts members whose <see cref="MemberStanding.IsCounted"/> is true; the rest are ignored.
    /// A counted member is sorted by its <c>Kind</c>. Firms are split into paid and free and by region;
    /// a firm with no known region (null) counts under <see cref="Region.IslandsAndOverseas"/> so that
    /// the regions always add up to the total. Regions of individual and other members are ignored.
    /// </summary>
    public static MemberSummary Count(IEnumerable<(MemberKind Kind, Region? Region, MemberStanding Standing)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        int firms = 0, paid = 0, individual = 0, other = 0;
        var byRegion = new int[Enum.GetValues<Region>().Length];
        foreach (var (kind, region, standing) in members)
        {
            if (!standing.IsCounted)
            {
                continue;
            }

            switch (kind)
            {
                case MemberKind.Firm:
                    firms++;
                    paid += standing.Paid ? 1 : 0;
                    var counted = region ?? Region.IslandsAndOverseas;
                    if (!Enum.IsDefined(counted))
                    {
                        throw new ArgumentOutOfRangeException(nameof(members), region, "Unknown region.");
                    }

                    byRegion[(int)counted]++;
                    break;
                case MemberKind.Individual:
                    individual++;
                    break;
                case MemberKind.Other:
                    other++;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(members), kind, "Unknown member kind.");
            }
        }

        return new MemberSummary(
            FirmTotal: firms,
            Paid: paid,
            Free: firms - paid,
            North: byRegion[(int)Region.North],
            Central: byRegion[(int)Region.Central],
            South: byRegion[(int)Region.South],
            East: byRegion[(int)Region.East],
            IslandsAndOverseas: byRegion[(int)Region.IslandsAndOverseas],
            Individual: individual,
            Other: other);
    }
}
