using Alliance.Membership.Api.Apis.Sheets;
using Alliance.Membership.Api.Data;
using Alliance.Messaging.Writes;
using Alliance.ServiceDefaults.Problems;
using Alliance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Membership.Api.Apis;

/// <summary>Members in bulk, as Excel workbooks: the import template, the all-or-nothing import, and the export with each member's standing.</summary>
public static class MemberSheetsApi
{
    private const long MaxUploadBytes = 20 * 1024 * 1024;

    public static RouteGroupBuilder MapMemberSheetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{Extensions.PublicPrefix}/alliances/{{allianceId:guid}}/members").WithTags("Member sheets");
        group.MapGet("/import-template", GetImportTemplate).WithName(nameof(GetImportTemplate))
            .WithSummary("An .xlsx to fill in for the import: the columns, and a sheet that explains them.")
            .Produces(StatusCodes.Status200OK, contentType: MemberSheetWriter.ContentType);
        // The service sees only the gateway's internal bearer token, never a browser cookie: no antiforgery token to check.
        group.MapPost("/import", ImportMembers).WithName(nameof(ImportMembers))
            .WithSummary("Adds every row of an .xlsx (multipart field 'file') as a member with at most one contract, all or nothing; 422 counts the bad rows (badRows) and lists the first 100 (rows; moreRows says how many more).")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/export", ExportMembers).WithName(nameof(ExportMembers))
            .WithSummary("An .xlsx of the members and their contracts with each member's standing at the year's cutoff (?year=108).")
            .Produces(StatusCodes.Status200OK, contentType: MemberSheetWriter.ContentType);
        return group;
    }

    public static async Task<FileContentHttpResult> GetImportTemplate(Guid allianceId, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        return TypedResults.File(MemberSheetWriter.Template(), MemberSheetWriter.ContentType, "members-template.xlsx");
    }

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportMembers(
        Guid allianceId, IFormFile? file, Caller caller, MembershipDbContext db, TimeProvider clock, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Write, cancellationToken);
        // The request's token ends when the caller goes: the checks below stop with it.
        var rows = MemberSheetReader.Read(await BufferAsync(file, cancellationToken), cancellationToken);

        var existing = (await db.Members.AsNoTracking().Where(m => m.AllianceId == allianceId && m.RegistrationNumber != null)
            .Select(m => m.RegistrationNumber!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var tiers = await db.FeeTiers.AsNoTracking().Where(t => t.AllianceId == allianceId)
            .ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.Ordinal, cancellationToken);
        var check = MemberImport.Check(rows, existing, tiers, cancellationToken);
        if (check.BadRows > 0)
        {
            return RowsProblem(check, RequestLanguage.Of(httpContext));
        }

        var members = check.Members.Select(row => NewMember(allianceId, row, clock.GetUtcNow())).ToList();
        await MemberChanges.SaveJoinedAsync(db, members, caller, clock, cancellationToken);
        return TypedResults.Ok(new ImportResponse(members.Count));
    }

    public static async Task<FileContentHttpResult> ExportMembers(Guid allianceId, int? year, Caller caller, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var programmeYear = MemberSummaryApi.YearOf(year);
        await db.Alliances.RequireAllianceAsync(caller, allianceId, Access.Read, cancellationToken);
        var members = await db.Members.AsNoTracking().Include(m => m.Contracts)
            .Where(m => m.AllianceId == allianceId).OrderBy(m => m.Name).AsSplitQuery().ToListAsync(cancellationToken);
        var tierNames = await db.FeeTiers.AsNoTracking().Where(t => t.AllianceId == allianceId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var workbook = MemberSheetWriter.Export(MemberExportRows.Of(members, tierNames, programmeYear));
        return TypedResults.File(workbook, MemberSheetWriter.ContentType, $"members-{programmeYear.Roc}.xlsx");
    }

    private static async Task<MemoryStream> BufferAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            throw MemberSheetReader.Invalid(new("請以 file 欄位上傳 .xlsx 檔。", "Upload the .xlsx as the form field 'file'."));
        }

        if (file.Length > MaxUploadBytes)
        {
            throw MemberSheetReader.Invalid(new("檔案超過 20 MB。", "The file is larger than 20 MB."));
        }

        var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    }

    private static Member NewMember(Guid allianceId, ImportedMember row, DateTimeOffset now)
    {
        var member = new Member { Id = Guid.CreateVersion7(), AllianceId = allianceId, Name = row.Member.Name, CreatedAt = now };
        row.Member.ApplyTo(member);
        if (row.Contract is { } contract)
        {
            member.Contracts.Add(new MembershipContract
            {
                Id = Guid.CreateVersion7(), MemberId = member.Id, Start = contract.Start!.Value, End = contract.End!.Value,
                FeeTierId = contract.FeeTierId, Paid = contract.Paid, Fee = contract.Fee,
            });
        }

        return member;
    }

    /// <summary>The 422: how many rows are bad, the first of them with their errors, and how many more are not listed.</summary>
    private static ProblemHttpResult RowsProblem(ImportCheck check, System.Globalization.CultureInfo language)
    {
        var problems = check.Problems;
        var more = check.BadRows - problems.Count;
        var title = more == 0
            ? new LocalizedText($"有 {check.BadRows} 列資料有誤，未匯入任何資料。", $"{check.BadRows} rows have errors; nothing was imported.")
            : new LocalizedText($"有 {check.BadRows} 列資料有誤，未匯入任何資料；以下列出前 {problems.Count} 列，另有 {more} 列未列出。",
                $"{check.BadRows} rows have errors; nothing was imported. The first {problems.Count} are listed; {more} more are not.");
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title.For(language),
            Extensions =
            {
                ["code"] = "rule-violated",
                ["rows"] = problems.Select(p => new ImportRowProblem(p.Row, p.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.For(language)).ToArray()))).ToArray(),
                ["badRows"] = check.BadRows,
                ["moreRows"] = more,
            },
        };
        return TypedResults.Problem(problem);
    }
}

/// <param name="Imported">how many members were added</param>
public sealed record ImportResponse(int Imported);

/// <param name="Row">the 1-based row number in the sheet (row 1 holds the headers)</param>
/// <param name="Errors">messages by column key (name, kind, registrationNumber, …)</param>
public sealed record ImportRowProblem(int Row, IReadOnlyDictionary<string, string[]> Errors);
