using Alliance.Messaging.History;
using Alliance.Messaging.Writes;
using Alliance.Revenue.Api.Data;
using Alliance.Revenue.Domain;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Revenue.Api.Apis;

/// <summary>An alliance's income entries (收入明細), kept by its PI and assistants; corrected or voided, never deleted.</summary>
public static class IncomesApi
{
    public static RouteGroupBuilder MapIncomesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/incomes").WithTags("Incomes");
        group.MapGet("/", ListIncomes).WithName(nameof(ListIncomes)).WithSummary("The alliance's income entries of a year, by date then recording time.");
        group.MapPost("/", RecordIncome).WithName(nameof(RecordIncome)).WithSummary("Records an income entry; 422 names the rule it breaks.");
        group.MapGet("/{incomeId:guid}", GetIncome).WithName(nameof(GetIncome)).WithSummary("One income entry with its status.");
        group.MapPut("/{incomeId:guid}", CorrectIncome).WithName(nameof(CorrectIncome)).WithSummary("Corrects an entry; send the version you read and the reason.");
        group.MapPost("/{incomeId:guid}/void", VoidIncome).WithName(nameof(VoidIncome)).WithSummary("Voids an entry with a reason; it is kept but no longer counts.");
        group.MapGet("/{incomeId:guid}/history", GetIncomeHistory).WithName(nameof(GetIncomeHistory)).WithSummary("Who changed the entry, and when.");
        return group;
    }

    public static async Task<Ok<IncomeResponse[]>> ListIncomes(
        Guid allianceId, int? year, string? category, string? status, DateOnly? from, DateOnly? to,
        Caller caller, RevenueDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var roc = Guards.Year(year).Roc;
        var categoryFilter = KebabNames.Parse<IncomeCategory>(category, "category");
        var statusFilter = KebabNames.Parse<IncomeStatus>(status, "status");
        var query = db.Incomes.AsNoTracking().Where(i => i.AllianceId == allianceId && i.Year == roc);
        query = categoryFilter is { } c ? query.Where(i => i.Category == c) : query;
        query = statusFilter is { } s ? query.Where(i => i.Status == s) : query;
        query = from is { } start ? query.Where(i => i.Date >= start) : query;
        query = to is { } end ? query.Where(i => i.Date <= end) : query;
        var entries = await query.OrderBy(i => i.Date).ThenBy(i => i.RecordedAt).ToListAsync(cancellationToken);
        var language = RequestLanguage.Of(http);
        return TypedResults.Ok(entries.Select(e => IncomeResponses.From(e, language)).ToArray());
    }

    public static async Task<Ok<IncomeResponse>> GetIncome(
        Guid allianceId, Guid incomeId, Caller caller, RevenueDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var entry = await db.Incomes.AsNoTracking().SingleOrDefaultAsync(i => i.Id == incomeId && i.AllianceId == allianceId, cancellationToken)
            ?? throw Guards.IncomeNotFound();
        return TypedResults.Ok(IncomeResponses.From(entry, RequestLanguage.Of(http)));
    }

    public static async Task<Created<IncomeResponse>> RecordIncome(
        Guid allianceId, IncomeRequest request, Caller caller, RevenueDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var input = CheckedIncome.From(request);
        var now = clock.GetUtcNow();
        var entry = new IncomeEntry { Id = Guid.CreateVersion7(), AllianceId = allianceId, RecordedBy = caller.UserName, RecordedAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await IncomeEvaluation.MemberOfAsync(db, input.MemberId, cancellationToken);
        input.ApplyTo(entry, member);
        IncomeEvaluation.Admit(entry, member, current: null);
        db.Incomes.Add(entry);
        IncomeChanges.Stage(db, entry, IncomeChanges.Kind.Recorded, before: null, reason: null, caller.UserName, now);
        await IncomeChanges.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"{Extensions.PublicPrefix}/alliances/{allianceId}/incomes/{entry.Id}", IncomeResponses.From(entry, RequestLanguage.Of(http)));
    }

    public static async Task<Ok<IncomeResponse>> CorrectIncome(
        Guid allianceId, Guid incomeId, IncomeCorrectionRequest request, Caller caller, RevenueDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var entry = await LoadWritableAsync(db, allianceId, incomeId, request.Version, cancellationToken);
        var input = CheckedIncome.From(request);
        var before = IncomeResponses.From(entry, language: null);
        var wasCooperation = entry.Category == IncomeCategory.IndustryAcademiaCooperation;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await IncomeEvaluation.MemberOfAsync(db, input.MemberId, cancellationToken);
        var current = entry.Status;
        input.ApplyTo(entry, member);
        IncomeEvaluation.Admit(entry, member, current);
        entry.CorrectionReason = request.Reason!.Trim();
        IncomeChanges.Stage(db, entry, IncomeChanges.Kind.Corrected, before, entry.CorrectionReason, caller.UserName, clock.GetUtcNow(), wasCooperation);
        await IncomeChanges.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(IncomeResponses.From(entry, RequestLanguage.Of(http)));
    }

    public static async Task<Ok<IncomeResponse>> VoidIncome(
        Guid allianceId, Guid incomeId, VoidIncomeRequest request, Caller caller, RevenueDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        var entry = await LoadWritableAsync(db, allianceId, incomeId, request.Version, cancellationToken);
        var before = IncomeResponses.From(entry, language: null);
        IncomeEvaluation.Void(entry);
        entry.VoidReason = request.Reason!.Trim();
        IncomeChanges.Stage(db, entry, IncomeChanges.Kind.Voided, before, entry.VoidReason, caller.UserName, clock.GetUtcNow());
        await IncomeChanges.SaveAsync(db, cancellationToken);
        return TypedResults.Ok(IncomeResponses.From(entry, RequestLanguage.Of(http)));
    }

    public static async Task<Ok<ChangeEntry[]>> GetIncomeHistory(
        Guid allianceId, Guid incomeId, Caller caller, RevenueDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        return await db.Incomes.AnyAsync(i => i.Id == incomeId && i.AllianceId == allianceId, cancellationToken)
            ? TypedResults.Ok(await db.HistoryOfAsync(IncomeChanges.History, incomeId.ToString(), cancellationToken))
            : throw Guards.IncomeNotFound();
    }

    /// <summary>The entry to change: 404 when not the alliance's, 422 when voided, 400 without <paramref name="version"/>, 409 when it is stale.</summary>
    private static async Task<IncomeEntry> LoadWritableAsync(RevenueDbContext db, Guid allianceId, Guid incomeId, long? version, CancellationToken cancellationToken)
    {
        var entry = await db.Incomes.SingleOrDefaultAsync(i => i.Id == incomeId && i.AllianceId == allianceId, cancellationToken)
            ?? throw Guards.IncomeNotFound();
        if (IncomeLifecycle.RefusalToChange(entry.Status) is { } refusal)
        {
            throw RuleMessages.Refusal(refusal, () => entry.Facts);
        }

        entry.RequireVersion(version);
        return entry;
    }
}
