using System.Globalization;
using System.Text.Json;
using Alliance.Demo.Plan;

namespace Alliance.Demo.Load;

/// <summary>What the system already holds of a planned alliance, as the centre reads it through the API.</summary>
/// <param name="Members">the names of its members (a name is unique in a demo alliance)</param>
/// <param name="Incomes">its income entries of the demo's years, as <see cref="IncomeKey"/>s</param>
public sealed record ObservedAlliance(IReadOnlySet<int> SubsidyYears, IReadOnlySet<string> FeeTiers, IReadOnlySet<string> Members, IReadOnlyList<IncomeKey> Incomes)
{
    /// <summary>An alliance just registered: nothing of it entered yet.</summary>
    public static readonly ObservedAlliance Nothing = new(new HashSet<int>(), new HashSet<string>(), new HashSet<string>(), []);
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

/// <summary>
/// What is left to enter of a planned alliance, given what the system holds: a load stopped at any
/// point (between two requests, or with a request's answer lost) is completed by entering just this.
/// Each list holds indexes into the plan's own lists, in the plan's order.
/// </summary>
/// <param name="SubsidyYears">the years (not indexes) whose subsidy is not set</param>
/// <param name="Removals">members entered by mistake still to remove (after the entries naming them are recorded)</param>
public sealed record AllianceWork(
    IReadOnlyList<int> SubsidyYears, IReadOnlyList<int> FeeTiers, IReadOnlyList<int> Members, IReadOnlyList<int> Incomes, IReadOnlyList<int> Removals)
{
    public bool IsDone => SubsidyYears.Count + FeeTiers.Count + Members.Count + Incomes.Count + Removals.Count == 0;

    /// <summary>
    /// The plan less what is observed. Entries are matched by <see cref="IncomeKey"/>, as many of a key
    /// as the system holds, earliest planned first (a PI enters them in the plan's order). A member
    /// entered by mistake is removed after the entry naming it is recorded: once that entry is there,
    /// its absence means it was removed, and it is not entered again.
    /// </summary>
    public static AllianceWork Of(DemoAlliance planned, ObservedAlliance observed)
    {
        var held = observed.Incomes.CountBy(key => key).ToDictionary();
        var incomes = new List<int>();
        for (var i = 0; i < planned.Incomes.Count; i++)
        {
            var key = IncomeKey.Of(planned.Incomes[i]);
            if (held.GetValueOrDefault(key) > 0)
            {
                held[key]--;
            }
            else
            {
                incomes.Add(i);
            }
        }

        bool Named(int member) => planned.Incomes.Index().Any(e => e.Item.MemberIndex == member && !incomes.Contains(e.Index));
        var members = Enumerable.Range(0, planned.Members.Count)
            .Where(m => !observed.Members.Contains(planned.Members[m].Name) && !(planned.RemovedByMistake.Contains(m) && Named(m)))
            .ToList();
        return new AllianceWork(
            planned.Subsidies.Keys.Order().Where(year => !observed.SubsidyYears.Contains(year)).ToList(),
            Enumerable.Range(0, planned.FeeTiers.Count).Where(t => !observed.FeeTiers.Contains(planned.FeeTiers[t].Name)).ToList(),
            members,
            incomes,
            planned.RemovedByMistake.Where(m => observed.Members.Contains(planned.Members[m].Name) || members.Contains(m)).ToList());
    }
}
