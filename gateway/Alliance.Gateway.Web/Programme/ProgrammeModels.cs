namespace Alliance.Gateway.Web.Programme;

// What the programme pages read from and send to the reporting API's programme views (the contract in issue 17). Amounts are
// exact NTD and averages unrounded: the pages round to 仟元. Codes (flags, statuses, outcomes) stay strings: the API decides.

/// <param name="Domains">one row per domain with alliances that year, in the programme's order</param>
/// <param name="Total">the whole programme, the sum of the domains (its <c>DomainCode</c> is null)</param>
public sealed record ProgrammeRow(int Year, ProgrammeTargetRow Target, DomainFiguresRow[] Domains, DomainFiguresRow Total);

/// <param name="FirmMemberTargets">the sum of the alliances' own firm-member targets; null where none set one</param>
/// <param name="SelfSufficiencyRatio">operating revenue ÷ subsidy to 4 places; null without subsidy</param>
public sealed record DomainFiguresRow(
    string? DomainCode, int AllianceCount, decimal SubsidyTotal, decimal? SubsidyAverage, int FirmMembers, int IndividualMembers, int OtherMembers,
    int? FirmMemberTargets, decimal OperatingRevenueTotal, decimal? OperatingRevenueAverage, decimal RecurringOperatingRevenueTotal,
    decimal TechnologyTransferTotal, decimal CooperationTotal, decimal? SelfSufficiencyRatio, int SelfSufficientCount);

/// <param name="FirmMembers">the programme-wide firm-member target; null until the centre sets it</param>
/// <param name="Version">0 until first set</param>
public sealed record ProgrammeTargetRow(int Year, int? FirmMembers, int? SelfSufficientAlliances, long Version, string? ChangedBy, DateTimeOffset? ChangedAt);

public sealed record ProgrammeTargetBody(int? FirmMembers, int? SelfSufficientAlliances, long Version);

/// <param name="RoundId">the current round whose status each alliance shows</param>
/// <param name="ComparedThrough">the date revenue growth compares through</param>
public sealed record ProgrammeAlliancesRow(int Year, string RoundId, DateOnly ComparedThrough, ProgrammeAllianceRow[] Alliances);

/// <param name="Status">the current round's report: not-started, draft, submitted, reopened, audited</param>
/// <param name="Outstanding">the domain's outstanding alliance (績優) of the year: a badge, not a flag</param>
public sealed record ProgrammeAllianceRow(
    Guid AllianceId, string Code, string Name, string DomainCode, int Phase, int YearInPhase, decimal Subsidy,
    int FirmMembers, int IndividualMembers, int OtherMembers, decimal OperatingRevenue, decimal RecurringOperatingRevenue,
    decimal TechnologyTransfer, decimal Cooperation, decimal? SelfSufficiencyRatio, bool SelfSufficient, MainTargetsRow Targets,
    string Status, FlagRow[] Flags, bool Outstanding);

public sealed record MainTargetsRow(int? FirmMembers, decimal? RecurringOperatingRevenue, decimal? TechnologyTransfer, decimal? IndustryAcademiaCooperation);

/// <param name="Code">not-self-sufficient, revenue-not-growing, members-below-target, abnormal</param>
/// <param name="Reason">why, with the figures, in the page's language (for abnormal, site-visit's reason)</param>
/// <param name="Clears">above (the figure must exceed the threshold), at-least (reach it), centre-clears</param>
public sealed record FlagRow(string Code, string Reason, decimal? Actual, decimal? Threshold, string Clears);

/// <param name="Outcome">continues, continues-with-conditions, funding-ends; null when none is recorded, or not yet published to the reader</param>
/// <param name="PublishesOn">the year's review-results date, from which a confirmed outcome is published to the alliance</param>
/// <param name="Version">0 when none is recorded, or not yet published to the reader</param>
public sealed record ReviewOutcomeRow(
    Guid AllianceId, int Year, string? Outcome, string? Conditions, string? Comments, bool Confirmed, string? ConfirmedBy, DateTimeOffset? ConfirmedAt,
    string? RecordedBy, DateTimeOffset? RecordedAt, DateOnly PublishesOn, bool Published, long Version);

public sealed record ReviewOutcomeBody(string? Outcome, string? Conditions, string? Comments, long Version);
