using System.Text.Json;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>
/// The targets form as typed: the proposal's figure, the firm-member breakdown part by part and every other KPI's
/// figure, each empty until given. A save sends only what is given, so the API names each part still missing.
/// </summary>
public sealed class TargetDraft
{
    public const string FirmMembers = "firm-members";

    /// <summary>The KPIs with a target, in the summary table's order (its rows less operating revenue and the ratio).</summary>
    public static readonly string[] Kpis =
    [
        FirmMembers, "individual-members", "other-members", "recurring-operating-revenue", "technology-transfer", "industry-academia-cooperation",
        "promotion-events", "technical-seminars", "consultations", "on-site-guidance", "new-products", "new-technologies", "patents",
        "technical-service-cases", "new-hires", "derived-output-value",
    ];

    /// <summary>The firm-member breakdown's parts, as the member row and the API name them.</summary>
    public static readonly string[] BreakdownParts = ["total", "paid", "free", "north", "central", "south", "east", "islandsAndOverseas"];

    public decimal? ProposalFirmMembers { get; set; }

    /// <summary>Whether <see cref="ProposalFirmMembers"/> is last year's figure, offered because none is saved for this year.</summary>
    public bool ProposalOffered { get; private set; }

    public Dictionary<string, decimal?> Firm { get; } = BreakdownParts.ToDictionary(p => p, _ => (decimal?)null, StringComparer.Ordinal);

    public Dictionary<string, decimal?> Figures { get; } = Kpis.Skip(1).ToDictionary(k => k, _ => (decimal?)null, StringComparer.Ordinal);

    /// <summary>The request field a form field's errors and verdicts are named by.</summary>
    public static string FieldOf(string kpi, string? part = null) => part is null ? $"targets.{kpi}" : $"targets.{kpi}.{part}";

    /// <summary>The form filled from stored targets; with none saved yet, the proposal's figure is last year's as the API offers it.</summary>
    public static TargetDraft From(TargetsRow row)
    {
        var draft = new TargetDraft { ProposalFirmMembers = row.ProposalFirmMembers };
        if (row.ProposalFirmMembers is null && row.LastYear?.ProposalFirmMembers is { } offered)
        {
            (draft.ProposalFirmMembers, draft.ProposalOffered) = (offered, true);
        }

        foreach (var (kpi, value) in row.Targets)
        {
            if (kpi == FirmMembers && value.ValueKind == JsonValueKind.Object)
            {
                foreach (var part in BreakdownParts)
                {
                    draft.Firm[part] = value.TryGetProperty(part, out var figure) && figure.ValueKind == JsonValueKind.Number ? figure.GetDecimal() : null;
                }
            }
            else if (draft.Figures.ContainsKey(kpi) && value.ValueKind == JsonValueKind.Number)
            {
                draft.Figures[kpi] = value.GetDecimal();
            }
        }

        return draft;
    }

    /// <summary>
    /// The save's body: the figures given (a breakdown with the parts given; none when no part is), the version read.
    /// Figures go as typed, for the API to refuse a bad one at its field.
    /// </summary>
    public TargetsBody Body(long version)
    {
        var targets = new Dictionary<string, object>(StringComparer.Ordinal);
        var parts = Firm.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => (object)p.Value!.Value, StringComparer.Ordinal);
        if (parts.Count > 0)
        {
            targets[FirmMembers] = parts;
        }

        foreach (var (kpi, value) in Figures.Where(f => f.Value is not null))
        {
            targets[kpi] = value!.Value;
        }

        return new TargetsBody(ProposalFirmMembers, targets, version);
    }
}
