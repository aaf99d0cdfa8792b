using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Reporting.Api.Consumers;
using Alliance.Reporting.Api.Data;
using Alliance.Reporting.Domain;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Reporting.Api.Apis;

/// <summary>The programme years and their calendars: opened, edited and closed by the centre, read by everyone signed in.</summary>
public static class YearsApi
{
    public const string History = "year";

    public static RouteGroupBuilder MapYearsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/years").WithTags("Years");
        group.MapGet("/", ListYears).WithName(nameof(ListYears)).WithSummary("The opened programme years, oldest first, each with its deadlines and rounds.");
        // Policies rather than only checks in the handlers: a refused caller gets 403 before the body is validated.
        group.MapPost("/", OpenYear).WithName(nameof(OpenYear))
            .WithSummary("Opens a programme year (centre) with the default deadlines, recording each known alliance's phase for it; 409 when opened already.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapGet("/{year:int}", GetYear).WithName(nameof(GetYear))
            .WithSummary("A year's period, cutoff, deadlines, rounds and status; version 0 and status not-opened before the centre opens it.");
        group.MapPut("/{year:int}", ChangeDeadlines).WithName(nameof(ChangeDeadlines))
            .WithSummary("Changes deadlines by code (centre); send the version you read. 409 year-closed once closed.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapPost("/{year:int}/close", CloseYear).WithName(nameof(CloseYear))
            .WithSummary("Closes the year (centre) once its audits are done: nothing of it changes any more.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CentreAdmin));
        group.MapGet("/{year:int}/history", GetYearHistory).WithName(nameof(GetYearHistory))
            .WithSummary("Who opened the year, changed which deadlines and closed it, and when (the year before and after each change).");
        return group;
    }

    public static async Task<Ok<YearResponse[]>> ListYears(ReportingDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.Years.AsNoTracking().Include(y => y.Deadlines).OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return TypedResults.Ok(years.Select(YearResponse.From).ToArray());
    }

    public static async Task<Ok<YearResponse>> GetYear(int year, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var programmeYear = Guards.Year(year);
        var found = await db.Years.AsNoTracking().Include(y => y.Deadlines).SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        return TypedResults.Ok(found is null ? YearResponse.NotOpenedYet(programmeYear) : YearResponse.From(found));
    }

    public static async Task<Created<YearResponse>> OpenYear(
        OpenYearRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programmeYear = Guards.Year(request.Year);
        var roc = programmeYear.Roc;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PhaseRows.LockAsync(db, cancellationToken);
        if (await db.Years.AnyAsync(y => y.Year == roc, cancellationToken))
        {
            throw Opened(roc);
        }

        var now = clock.GetUtcNow();
        var opened = new ReportingYear
        {
            Year = roc, OpenedBy = caller.UserName, OpenedAt = now,
            Deadlines = Deadlines.DefaultsOf(programmeYear).Select(d => new YearDeadline { Year = roc, Code = Deadlines.Code(d.Key), Date = d.Value }).ToList(),
        };
        db.Years.Add(opened);
        await PhaseRows.StageForOpeningAsync(db, programmeYear, cancellationToken);
        db.AdvanceVersion(opened);
        db.RecordChange(History, HistoryId(roc), "opened", caller.UserName, now, null, YearResponse.From(opened));
        await db.SaveOrConflictAsync(cancellationToken, duplicate: Opened(roc));
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/years/{roc}", YearResponse.From(opened));
    }

    public static async Task<Ok<YearResponse>> ChangeDeadlines(
        int year, YearDeadlinesRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        var changes = ReadDeadlines(request.Deadlines!);
        var stored = await Guards.OpenYearAsync(db, year, cancellationToken);
        stored.RequireVersion(request.Version);
        var before = YearResponse.From(stored);
        foreach (var (code, date) in changes)
        {
            var deadline = stored.Deadlines.SingleOrDefault(d => d.Code == Deadlines.Code(code));
            if (deadline is null)
            {
                stored.Deadlines.Add(new YearDeadline { Year = year, Code = Deadlines.Code(code), Date = date });
            }
            else
            {
                deadline.Date = date;
            }
        }

        db.AdvanceVersion(stored);
        db.RecordChange(History, HistoryId(year), "deadlines-changed", caller.UserName, clock.GetUtcNow(), before, YearResponse.From(stored));
        await db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(YearResponse.From(stored));
    }

    public static async Task<Ok<YearResponse>> CloseYear(
        int year, CloseYearRequest request, Caller caller, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        var stored = await Guards.OpenYearAsync(db, year, cancellationToken);
        stored.RequireVersion(request.Version);
        var before = YearResponse.From(stored);
        var now = clock.GetUtcNow();
        stored.ClosedAt = now;
        stored.ClosedBy = caller.UserName;
        db.AdvanceVersion(stored);
        db.RecordChange(History, HistoryId(year), "closed", caller.UserName, now, before, YearResponse.From(stored));
        await db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(YearResponse.From(stored));
    }

    public static async Task<Ok<ChangeEntry[]>> GetYearHistory(int year, ReportingDbContext db, CancellationToken cancellationToken)
    {
        Guards.Year(year);
        return await db.Years.AnyAsync(y => y.Year == year, cancellationToken)
            ? TypedResults.Ok(await db.HistoryOfAsync(History, HistoryId(year), cancellationToken))
            : throw Guards.YearNotFound(year);
    }

    /// <summary>The deadlines by code; 400 naming <c>deadlines.{code}</c> for a code that is none of the year's.</summary>
    private static Dictionary<DeadlineCode, DateOnly> ReadDeadlines(Dictionary<string, DateOnly> deadlines)
    {
        var changes = new Dictionary<DeadlineCode, DateOnly>();
        var errors = new Dictionary<string, LocalizedText[]>();
        var allowed = string.Join(", ", Deadlines.All.Select(Deadlines.Code));
        foreach (var (code, date) in deadlines)
        {
            if (Deadlines.TryParse(code, out var deadline))
            {
                changes[deadline] = date;
            }
            else
            {
                errors[code.Length <= 40 && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? $"deadlines.{code}" : "deadlines"] =
                    [new($"不是年度期限的代碼（{allowed}）。", $"Not a deadline code of the year ({allowed}).")];
            }
        }

        return errors.Count == 0 ? changes : throw new DomainException(ErrorCode.Invalid, InputMessages.Title, errors);
    }

    private static DomainException Opened(int year) => DomainException.Conflict("year", new($"{year} 年度已開啟。", $"Programme year {year} is opened already."));

    private static string HistoryId(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
