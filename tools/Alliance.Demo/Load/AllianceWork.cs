using System.Globalization;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>What the system already holds of a planned alliance, as the centre reads it through the API.</summary>
/// <param name="Members">the names of its members (a name is unique in a demo alliance)</param>
/// <param name="Incomes">its income entries of the demo's years, as <see cref="IncomeKey"/>s</param>
/// <param name="Activities">its activities of the demo's years, as <see cref="ActivityKey"/>s</param>
public sealed record ObservedAlliance(
    IReadOnlySet<int> SubsidyYears, IReadOnlySet<string> FeeTiers, IReadOnlySet<string> Members, IReadOnlyList<IncomeKey> Incomes, IReadOnlyList<ActivityKey> Activities)
{
    /// <summary>An alliance just registered: nothing of it entered yet.</summary>
    public static readonly ObservedAlliance Nothing = new(new HashSet<int>(), new HashSet<string>(), new HashSet<string>(), [], []);
}

/// <summary>
/// An income entry as the loader knows it again: what it was recorded with, less the counterparty
/// (the service names a member from its own copy, or not yet while the entry is pending).
/// </summary>
public readonly record struct IncomeKey(int Year, string Category, DateOnly Date, decimal Amount, string? Reference, string? Nature)
{
    public static IncomeKey Of(DemoIncome income) =>
        new(income.Year, income.Category, income.Date, income.Amount, income.Reference, income.Nature);

    /// <summary>An entry as the income list shows it.</summary>
    public static IncomeKey Of(JsonElement entry) => new(
        entry.GetProperty("year").GetInt32(), entry.GetProperty("category").GetString()!,
        DateOnly.ParseExact(entry.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        entry.GetProperty("amount").GetDecimal(), Text(entry, "reference"), Text(entry, "nature"));

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>An activity as the loader knows it again: its path, year, kind, date, and heading (its title, or a consultation's or guidance's topic).</summary>
public readonly record struct ActivityKey(string Type, int Year, string? Kind, DateOnly Date, string? Heading)
{
    public static ActivityKey Of(DemoActivity activity) =>
        new(activity.Type, activity.Year, activity.Kind, activity.Date, activity.Title ?? activity.Topic);

    /// <summary>A record as the list at <c>…/{type}</c> shows it.</summary>
    public static ActivityKey Of(string type, JsonElement record) => new(
        type, record.GetProperty("year").GetInt32(), Field(record, "kind"),
        DateOnly.ParseExact(record.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Field(record, "title") ?? Field(record, "topic"));

    private static string? Field(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>
/// What is left to enter of a planned alliance, given what the system holds: a load stopped at any
/// point (between two requests, or with a request's answer lost) is completed by entering just this.
/// Each list holds indexes into the plan's own lists, in the plan's order.
/// </summary>
/// <param name="SubsidyYears">the years (not indexes) whose subsidy is not set</param>
/// <param name="Activities">activities to enter, the refused ones among them</param>
/// <param name="Removals">members entered by mistake still to remove (after the records naming them are entered)</param>
public sealed record AllianceWork(
    IReadOnlyList<int> SubsidyYears, IReadOnlyList<int> FeeTiers, IReadOnlyList<int> Members, IReadOnlyList<int> Incomes,
    IReadOnlyList<int> Activities, IReadOnlyList<int> Removals)
{
    public bool IsDone => SubsidyYears.Count + FeeTiers.Count + Members.Count + Incomes.Count + Activities.Count + Removals.Count == 0;

    /// <summary>
    /// The plan less what is observed. Entries and activities are matched by key (<see cref="IncomeKey"/>,
    /// <see cref="ActivityKey"/>), as many of a key as the system holds, earliest planned first (a PI enters
    /// them in the plan's order). A member entered by mistake is removed after the records naming it are
    /// entered: once all of those are there, its absence means it was removed, and it is not entered again.
    /// A refused activity leaves nothing to see, so it is tried again whenever anything else is left.
    /// </summary>
    public static AllianceWork Of(DemoAlliance planned, ObservedAlliance observed)
    {
        var incomes = Missing(planned.Incomes.Select(IncomeKey.Of).ToList(), observed.Incomes);
        var kept = planned.Activities.Index().Where(a => a.Item.RefusedWith is null).ToList();
        var activities = Missing(kept.Select(a => ActivityKey.Of(a.Item)).ToList(), observed.Activities).Select(i => kept[i].Index).ToList();

        // Removal comes after every record naming the member: only with all of them there does its absence mean it was removed.
        bool Removed(int member)
        {
            var naming = planned.Incomes.Index().Where(e => e.Item.MemberIndex == member).Select(e => (Income: true, e.Index))
                .Concat(kept.Where(a => a.Item.MemberIndex == member).Select(a => (Income: false, a.Index)))
                .ToList();
            return naming.Count > 0 && naming.All(r => r.Income ? !incomes.Contains(r.Index) : !activities.Contains(r.Index));
        }

        var members = Enumerable.Range(0, planned.Members.Count)
            .Where(m => !observed.Members.Contains(planned.Members[m].Name) && !(planned.RemovedByMistake.Contains(m) && Removed(m)))
            .ToList();
        var removals = planned.RemovedByMistake.Where(m => observed.Members.Contains(planned.Members[m].Name) || members.Contains(m)).ToList();
        var subsidies = planned.Subsidies.Keys.Order().Where(year => !observed.SubsidyYears.Contains(year)).ToList();
        var tiers = Enumerable.Range(0, planned.FeeTiers.Count).Where(t => !observed.FeeTiers.Contains(planned.FeeTiers[t].Name)).ToList();
        if (subsidies.Count + tiers.Count + members.Count + incomes.Count + activities.Count + removals.Count > 0)
        {
            activities = [.. activities.Concat(planned.Activities.Index().Where(a => a.Item.RefusedWith is not null).Select(a => a.Index)).Order()];
        }

        return new AllianceWork(subsidies, tiers, members, incomes, activities, removals);
    }

    /// <summary>The indexes of <paramref name="planned"/> that <paramref name="held"/> lacks, a key held n times matching its first n.</summary>
    private static List<int> Missing<TKey>(IReadOnlyList<TKey> planned, IEnumerable<TKey> held)
        where TKey : notnull
    {
        var counts = held.CountBy(key => key).ToDictionary();
        var missing = new List<int>();
        for (var i = 0; i < planned.Count; i++)
        {
            if (counts.GetValueOrDefault(planned[i]) > 0)
            {
                counts[planned[i]]--;
            }
            else
            {
                missing.Add(i);
            }
        }

        return missing;
    }
}
