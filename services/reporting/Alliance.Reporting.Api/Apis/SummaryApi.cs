using Alliance.Activity.Domain;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.Reporting.Domain.Summary;
using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Reporting.Api.Apis;

/// <summary>
/// The summary table (成果綜整表) of an alliance's round, quarterly or cumulative, counted from reporting's own copies of the
/// members, incomes and activities; and, for every row, the records behind its actual.
/// </summary>
public static class SummaryApi
{
    public static RouteGroupBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/rounds/{{roundId}}").WithTags("Summary table");
        group.MapGet("/summary", GetSummary).WithName(nameof(GetSummary))
            .WithSummary("One row per KPI in the table's order with its target, actual and last year's result; ?view=quarterly (default) or cumulative.");
        group.MapGet("/rows/{kpi}/records", GetRowRecords).WithName(nameof(GetRowRecords))
            .WithSummary("The records behind a row's actual, each with the path of its record in its own service; members with whether and why each counts.");
        return group;
    }

    public static async Task<Ok<SummaryResponse>> GetSummary(
        Guid allianceId, string roundId, string? view, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var shown = SummaryInput.View(view);
        var table = (await SummaryTable.ComputeAsync(db, allianceId, round, shown, cancellationToken)).Rows;
        var state = await RoundReports.ReadAsync(db, allianceId, round.Id, cancellationToken);
        var submitted = state.Latest is { } latest ? SubmittedContent.Read(latest.Content) : null;
        var rows = table.Select(row =>
        {
            var code = SummaryKpis.Code(row.Kpi);
            var frozen = submitted?.ActualOf(row.Kpi, shown);
            return new SummaryRowResponse(code, row.Target, row.Actual, frozen, row.LastYear, state.VarianceOf(code), submitted is not null && RowFigures.Differ(frozen, row.Actual));
        }).ToArray();
        return TypedResults.Ok(new SummaryResponse(allianceId, round.Id, SummaryViews.Code(shown), state.Status, state.Version, rows));
    }

    public static async Task<Ok<RowRecordsResponse>> GetRowRecords(
        Guid allianceId, string roundId, string kpi, string? view, Caller caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var round = SummaryInput.Round(roundId);
        var shown = SummaryInput.View(view);
        var row = SummaryInput.Row(kpi);
        var members = await TableSources.ReadMembersAsync(db, allianceId, cancellationToken);
        var sources = await TableSources.LoadAsync(db, allianceId, round, shown, members, cancellationToken);
        object[] records = SummaryKpis.SourceOf(row) switch
        {
            RowSource.Members => sources.Members.Where(m => MemberCounting.ListedIn(m, row)).Select(m => MemberRecord.Of(allianceId, m, row)).ToArray(),
            RowSource.Incomes => sources.Incomes.Where(i => IncomeRecord.Behind(row, i)).Select(i => IncomeRecord.Of(i)).ToArray(),
            _ => sources.Activities.Where(a => ActivityRecord.Behind(row, a)).Select(a => ActivityRecord.Of(a)).ToArray(),
        };
        return TypedResults.Ok(new RowRecordsResponse(allianceId, round.Id, SummaryViews.Code(shown), SummaryKpis.Code(row), records));
    }
}

/// <param name="Status">the round's report: not-started, draft, submitted, reopened, audited</param>
/// <param name="Version">the report's version, which a submission, reopening or completed audit sends back; 0 before anything is saved</param>
public sealed record SummaryResponse(Guid AllianceId, string RoundId, string View, RoundStatus Status, long Version, IReadOnlyList<SummaryRowResponse> Rows);

/// <param name="Target">the submitted or approved target; the breakdown object for firm-members; null when none</param>
/// <param name="Actual">the figure now: a number, or the row's object (firm-members, recurring-operating-revenue, industry-academia-cooperation, patents); null for a ratio without subsidy</param>
/// <param name="SubmittedActual">the figure as the latest submission froze it in this view; null before the first submission</param>
/// <param name="LastYear">the same round and view one year earlier, recomputed from that year's records</param>
/// <param name="Variance">the variance text (簡要差異分析) as last saved; null when none was</param>
/// <param name="Differs">true when the round was submitted and today's actual is not the submitted one (records changed since); false before any submission</param>
public sealed record SummaryRowResponse(string Kpi, object? Target, object? Actual, object? SubmittedActual, object? LastYear, string? Variance, bool Differs);

/// <param name="Records">members, income entries or activities, by the row</param>
public sealed record RowRecordsResponse(Guid AllianceId, string RoundId, string View, string Kpi, IReadOnlyList<object> Records);

/// <param name="Counts">whether it counts toward this row</param>
/// <param name="Reasons">membership's codes of why it is not an effective firm member (not-a-firm, no-contract, …)</param>
public sealed record MemberRecord(Guid Id, string Name, string? MemberKind, string? Region, bool Counts, bool IsCounted, bool Paid, IReadOnlyList<string> Reasons, string Path)
{
    public static MemberRecord Of(Guid allianceId, MemberVerdict m, SummaryKpi row) => new(
        m.Id, m.Name, m.Kind is { } kind ? KebabCodes.Of(kind) : null, m.Region is { } region ? KebabCodes.Of(region) : null,
        MemberCounting.CountsToward(m, row), m.Standing?.IsCounted ?? false, m.Standing?.Paid ?? false, m.Reasons,
        $"/api/membership/alliances/{allianceId}/members/{m.Id}");
}

public sealed record IncomeRecord(Guid Id, string Category, Guid? CounterpartyMemberId, string CounterpartyName, DateOnly Date, decimal Amount, string Path)
{
    public static IncomeRecord Of(IncomeCopy i) =>
        new(i.Id, i.Category, i.CounterpartyMemberId, i.CounterpartyName, i.Date, i.Amount, $"/api/revenue/alliances/{i.AllianceId}/incomes/{i.Id}");

    /// <summary>Whether the entry adds to the row: its category's rows, and every category for operating revenue and the ratio.</summary>
    public static bool Behind(SummaryKpi row, IncomeCopy income)
    {
        var category = KebabCodes.Parse<IncomeCategory>(income.Category);
        return category is { } c && row switch
        {
            SummaryKpi.RecurringOperatingRevenue => IncomeCategories.Of(c).Recurring,
            SummaryKpi.TechnologyTransfer => c == IncomeCategory.TechnologyTransfer,
            SummaryKpi.IndustryAcademiaCooperation => c == IncomeCategory.IndustryAcademiaCooperation,
            SummaryKpi.TechnicalServiceCases => c == IncomeCategory.TechnicalService,
            SummaryKpi.OperatingRevenue or SummaryKpi.SelfSufficiencyRatio => true,
            _ => false,
        };
    }
}

/// <param name="Figure">what it adds: 1 for a count, people for new hires, NTD for derived output value</param>
public sealed record ActivityRecord(Guid Id, string Type, string Kind, DateOnly Date, Guid? MemberId, decimal Figure, string Path)
{
    public static ActivityRecord Of(ActivityCopy a) => new(a.Id, a.Type, a.Kind, a.Date, a.MemberId, a.Figure,
        $"/api/activity/alliances/{a.AllianceId}/{PathOf(a.Type)}/{a.Id}");

    public static bool Behind(SummaryKpi row, ActivityCopy activity) =>
        KebabCodes.Parse<ActivityKind>(activity.Kind) is { } kind && KebabCodes.Of(ActivityKinds.KpiOf(kind)) == SummaryKpis.Code(row);

    /// <summary>Activity's path for each type: events, consultations, guidance, outcomes.</summary>
    private static string PathOf(string type) => type switch
    {
        "event" => "events",
        "consultation" => "consultations",
        _ => type == "guidance" ? "guidance" : "outcomes",
    };
}
