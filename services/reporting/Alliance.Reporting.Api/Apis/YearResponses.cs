using System.ComponentModel.DataAnnotations;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Reporting.Api.Apis;

public sealed class OpenYearRequest
{
    /// <summary>The ROC year to open (any year the programme accepts, past ones too).</summary>
    [Required]
    public int? Year { get; init; }
}

public sealed class YearDeadlinesRequest
{
    /// <summary>The deadlines to change, by code (<c>targets</c>, …, <c>kpi-2-corrections</c>); the codes left out keep their dates.</summary>
    [Required]
    public Dictionary<string, DateOnly>? Deadlines { get; init; }

    /// <summary>The version read: 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

public sealed class CloseYearRequest
{
    /// <summary>The version read: 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

/// <param name="Start">first day, inclusive</param>
/// <param name="End">last day, inclusive</param>
public sealed record PeriodResponse(DateOnly Start, DateOnly End)
{
    public static PeriodResponse From(DateRange range) => new(range.Start, range.End);
}

/// <param name="Id">e.g. <c>108-kpi-1</c></param>
/// <param name="Period">the records its quarterly table counts</param>
/// <param name="DeadlineCode">the deadline it is due by (progress-1, progress-2, kpi-1, kpi-2)</param>
public sealed record RoundResponse(string Id, PeriodResponse Period, string DeadlineCode, DateOnly Deadline);

/// <summary>A programme year: its period and cutoff (from the number), its deadlines (data) and its rounds.</summary>
/// <param name="Status"><c>open</c>, <c>closed</c>, or <c>not-opened</c> (version 0, default deadlines) before the centre opens it</param>
/// <param name="Deadlines">every deadline by code, in the calendar's order</param>
public sealed record YearResponse(
    int Year, string Status, PeriodResponse Period, DateOnly Cutoff, Dictionary<string, DateOnly> Deadlines, RoundResponse[] Rounds,
    long Version, string? OpenedBy, DateTimeOffset? OpenedAt, string? ClosedBy, DateTimeOffset? ClosedAt)
{
    public const string NotOpened = "not-opened";

    public static YearResponse From(ReportingYear year) => Of(year.ProgrammeYear, year.DateOf, year.IsClosed ? "closed" : "open", year.Version) with
    {
        OpenedBy = year.OpenedBy, OpenedAt = year.OpenedAt, ClosedBy = year.ClosedBy, ClosedAt = year.ClosedAt,
    };

    /// <summary>A year not opened yet: its defaults at version 0.</summary>
    public static YearResponse NotOpenedYet(ProgrammeYear year) =>
        Of(year, deadline => Domain.Deadlines.DefaultOf(deadline, year), NotOpened, VersionCheck.NotYetStored);

    private static YearResponse Of(ProgrammeYear year, Func<DeadlineCode, DateOnly> dateOf, string status, long version) => new(
        year.Roc, status, PeriodResponse.From(year.Period), year.Cutoff,
        Domain.Deadlines.All.ToDictionary(Domain.Deadlines.Code, dateOf),
        ReportRound.Of(year).Select(r => new RoundResponse(r.Id, PeriodResponse.From(r.Period), Domain.Deadlines.Code(r.Deadline), dateOf(r.Deadline))).ToArray(),
        version, null, null, null, null);
}
