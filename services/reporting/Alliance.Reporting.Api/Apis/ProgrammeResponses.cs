using System.Globalization;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Programme;
using Alliance.Reporting.Domain.Summary;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

/// <param name="Target">the programme's targets for the year as the centre set them</param>
/// <param name="Domains">one row per domain with alliances that year, in the programme's order</param>
/// <param name="Total">the whole programme, the sum of the domains</param>
public sealed record ProgrammeResponse(int Year, ProgrammeTargetResponse Target, IReadOnlyList<DomainFigures> Domains, DomainFigures Total);

/// <param name="FirmMembers">the programme-wide firm-member target (2,300 in 108); null until the centre sets it</param>
/// <param name="SelfSufficientAlliances">how many alliances should be self-sufficient; null until set</param>
/// <param name="Version">0 until first set</param>
public sealed record ProgrammeTargetResponse(int Year, int? FirmMembers, int? SelfSufficientAlliances, long Version, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static ProgrammeTargetResponse From(int year, ProgrammeTarget? target) => target is null
        ? new(year, null, null, VersionCheck.NotYetStored, null, null)
        : new(year, target.FirmMembers, target.SelfSufficientAlliances, target.Version, target.ChangedBy, target.ChangedAt);
}

/// <param name="RoundId">the current round whose status each alliance shows</param>
/// <param name="ComparedThrough">the date revenue growth compares through (today, or the year's last day once over)</param>
public sealed record ProgrammeAlliancesResponse(int Year, string RoundId, DateOnly ComparedThrough, IReadOnlyList<ProgrammeAllianceResponse> Alliances);

/// <summary>An alliance of the year: its figures (exact NTD, as its cumulative kpi-2 table counts them) beside its targets, status, flags and badge.</summary>
/// <param name="Cooperation">the cooperation contracts' whole amount (30 % counts toward operating revenue)</param>
/// <param name="Status">the current round's report: not-started, draft, submitted, reopened, audited</param>
/// <param name="Outstanding">the domain's outstanding alliance (績優) of the year, confirmed: a badge, not a flag</param>
public sealed record ProgrammeAllianceResponse(
    Guid AllianceId, string Code, string Name, string DomainCode, int Phase, int YearInPhase, decimal Subsidy,
    int FirmMembers, int IndividualMembers, int OtherMembers, decimal OperatingRevenue, decimal RecurringOperatingRevenue,
    decimal TechnologyTransfer, decimal Cooperation, decimal? SelfSufficiencyRatio, bool SelfSufficient, MainTargetsResponse Targets,
    RoundStatus Status, IReadOnlyList<FlagResponse> Flags, bool Outstanding)
{
    internal static ProgrammeAllianceResponse From(ProgrammeAlliance a, AllianceStanding standing, DateOnly asOf, CultureInfo language)
    {
        var (f, r) = (a.Figures, a.Figures.Revenue);
        return new(a.Id, a.Code, a.Name, f.DomainCode, a.Phase, a.YearInPhase, f.Subsidy, f.FirmMembers, f.IndividualMembers, f.OtherMembers,
            r.OperatingRevenue, r.RecurringOperatingRevenue, r.Totals.TechnologyTransfer, r.Totals.IndustryAcademiaCooperation, r.SelfSufficiencyRatio,
            f.SelfSufficient, MainTargetsResponse.From(a.Targets), standing.Status,
            standing.Flags.Select(flag => FlagResponse.From(flag, asOf, language)).ToArray(), standing.Outstanding);
    }
}

/// <summary>The alliance's own targets of the four main KPIs, as its summary table shows them (submitted or approved); null where none.</summary>
public sealed record MainTargetsResponse(int? FirmMembers, decimal? RecurringOperatingRevenue, decimal? TechnologyTransfer, decimal? IndustryAcademiaCooperation)
{
    internal static MainTargetsResponse From(TargetValues? targets) => new(
        targets?.FirmMembers?.Total, targets?.FigureOf(TargetKpi.RecurringOperatingRevenue), targets?.FigureOf(TargetKpi.TechnologyTransfer),
        targets?.FigureOf(TargetKpi.IndustryAcademiaCooperation));
}

/// <param name="Code">not-self-sufficient, revenue-not-growing, members-below-target, abnormal</param>
/// <param name="Reason">why, with the figures, and what clears it, in the caller's language; for abnormal, site-visit's reason</param>
/// <param name="Actual">the figure found (NTD or firm members); null for abnormal</param>
/// <param name="Threshold">what it is held against: the subsidy, last year's revenue to the same date, the target; null for abnormal</param>
/// <param name="Clears">above (the figure must exceed the threshold), at-least (reach it), centre-clears</param>
public sealed record FlagResponse(string Code, string Reason, decimal? Actual, decimal? Threshold, string Clears)
{
    internal static FlagResponse From(RaisedFlag flag, DateOnly asOf, CultureInfo language) => new(
        ProgrammeFlags.Code(flag.Flag), ProgrammeMessages.ReasonOf(flag, asOf).For(language), flag.Actual, flag.Threshold, KebabCodes.Of(flag.Clearing));
}
