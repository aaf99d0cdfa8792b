using System.Text.Json.Nodes;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>Target bodies for tests: every KPI filled (firm members as given, every other KPI <c>other</c>), or some left out.</summary>
public static class TargetBodies
{
    public static readonly string[] Kpis =
    [
        "firm-members", "individual-members", "other-members", "recurring-operating-revenue", "technology-transfer", "industry-academia-cooperation",
        "promotion-events", "technical-seminars", "consultations", "on-site-guidance", "new-products", "new-technologies", "patents",
        "technical-service-cases", "new-hires", "derived-output-value",
    ];

    /// <summary>Every KPI's target: the firm members' total <paramref name="firm"/> (all paid, all in the north), every other KPI <paramref name="other"/>.</summary>
    public static JsonObject Full(int firm, decimal other = 5, params (string Kpi, decimal Value)[] overrides)
    {
        var targets = new JsonObject { ["firm-members"] = Firm(firm) };
        foreach (var kpi in Kpis.Skip(1))
        {
            targets[kpi] = other;
        }

        foreach (var (kpi, value) in overrides)
        {
            targets[kpi] = value;
        }

        return targets;
    }

    public static JsonObject Firm(int total) => new()
    {
        ["total"] = total, ["paid"] = total, ["free"] = 0, ["north"] = total, ["central"] = 0, ["south"] = 0, ["east"] = 0, ["islandsAndOverseas"] = 0,
    };

    /// <summary>A save body: the proposal's figure, the targets and the version read.</summary>
    public static JsonObject Save(int? proposal, JsonObject targets, long version) =>
        new() { ["proposalFirmMembers"] = proposal, ["targets"] = targets, ["version"] = version };
}
