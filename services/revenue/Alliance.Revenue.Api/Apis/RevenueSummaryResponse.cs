namespace Alliance.Revenue.Api.Apis;

/// <summary>The summary of the revenue API contract: this year's figures, the previous year's and the change.</summary>
public sealed record RevenueSummaryResponse(
    Guid AllianceId, int Year, DateOnly From, DateOnly To,
    decimal MembershipFees, decimal TechnicalServices, decimal TechnologyTransfer, decimal IndustryAcademiaCooperation, decimal Other,
    decimal RecurringOperatingRevenue, decimal OperatingRevenue, decimal? Subsidy, decimal? SelfSufficiencyRatio,
    int PendingCount, int FlaggedCount,
    PreviousYearFigures PreviousYear, FigureChange Change)
{
    internal static RevenueSummaryResponse Of(Guid allianceId, YearFigures current, YearFigures previous)
    {
        var now = PreviousYearFigures.Of(current);
        var before = PreviousYearFigures.Of(previous);
        return new(allianceId, now.Year, now.From, now.To,
            now.MembershipFees, now.TechnicalServices, now.TechnologyTransfer, now.IndustryAcademiaCooperation, now.Other,
            now.RecurringOperatingRevenue, now.OperatingRevenue, now.Subsidy, now.SelfSufficiencyRatio,
            now.PendingCount, now.FlaggedCount, before, FigureChange.Between(now, before));
    }
}

/// <summary>One year's figures (the summary's <c>previousYear</c>).</summary>
public sealed record PreviousYearFigures(
    int Year, DateOnly From, DateOnly To,
    decimal MembershipFees, decimal TechnicalServices, decimal TechnologyTransfer, decimal IndustryAcademiaCooperation, decimal Other,
    decimal RecurringOperatingRevenue, decimal OperatingRevenue, decimal? Subsidy, decimal? SelfSufficiencyRatio,
    int PendingCount, int FlaggedCount)
{
    internal static PreviousYearFigures Of(YearFigures y)
    {
        var (f, t) = (y.Figures, y.Figures.Totals);
        return new(y.Year.Roc, y.Range.Start, y.Range.End,
            t.MembershipFees, t.TechnicalServices, t.TechnologyTransfer, t.IndustryAcademiaCooperation, t.Other,
            f.RecurringOperatingRevenue, f.OperatingRevenue, f.Subsidy, f.SelfSufficiencyRatio, y.PendingCount, y.FlaggedCount);
    }
}

/// <summary>This year minus the previous; null where either side is null.</summary>
public sealed record FigureChange(
    decimal MembershipFees, decimal TechnicalServices, decimal TechnologyTransfer, decimal IndustryAcademiaCooperation, decimal Other,
    decimal RecurringOperatingRevenue, decimal OperatingRevenue, decimal? Subsidy, decimal? SelfSufficiencyRatio)
{
    internal static FigureChange Between(PreviousYearFigures now, PreviousYearFigures before) => new(
        now.MembershipFees - before.MembershipFees, now.TechnicalServices - before.TechnicalServices,
        now.TechnologyTransfer - before.TechnologyTransfer, now.IndustryAcademiaCooperation - before.IndustryAcademiaCooperation,
        now.Other - before.Other, now.RecurringOperatingRevenue - before.RecurringOperatingRevenue, now.OperatingRevenue - before.OperatingRevenue,
        now.Subsidy - before.Subsidy, now.SelfSufficiencyRatio - before.SelfSufficiencyRatio);
}
