namespace Alliance.Reporting.Domain.Tests;

/// <summary>Targets written short for the tables: <c>"firm=9 patents=2"</c>; every KPI not named is missing, <c>""</c> is none.</summary>
internal static class Targets
{
    public static TargetValues Parse(string text)
    {
        FirmMemberTarget? firm = null;
        var figures = new Dictionary<TargetKpi, decimal>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (part.Split('=')[0], decimal.Parse(part.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
            if (name == "firm")
            {
                firm = new FirmMemberTarget((int)value, (int)value, 0, (int)value, 0, 0, 0, 0);
            }
            else
            {
                Assert.True(TargetKpis.TryParse(name, out var kpi), name);
                figures[kpi] = value;
            }
        }

        return new TargetValues(firm, figures);
    }

    /// <summary>Every KPI with the same figure (the firm members' total included).</summary>
    public static TargetValues All(decimal figure) => new(
        new FirmMemberTarget((int)figure, (int)figure, 0, 0, 0, 0, 0, (int)figure),
        TargetKpis.All.Where(k => k != TargetKpi.FirmMembers).ToDictionary(k => k, _ => figure));

    /// <summary>The verdicts written short: <c>"rule:outcome@field"</c> per verdict, the field left out when none.</summary>
    public static string Outcome(IEnumerable<TargetVerdict> verdicts) => string.Join(' ', verdicts.Select(v =>
        $"{TargetRuleCodes.Code(v.Rule)}:{v.Outcome.ToString().ToLowerInvariant()}{(v.Field is null ? "" : "@" + v.Field)}"));
}
