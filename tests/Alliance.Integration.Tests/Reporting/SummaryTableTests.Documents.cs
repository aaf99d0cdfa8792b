using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>The worked example's tables downloaded: the workbook read back holds the figures written by hand; the PDF waits for the submission.</summary>
public sealed partial class SummaryTableTests
{
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task SummaryDocuments_BeforeSubmission_PdfIs409RoundNotSubmitted_AndOthersAreRefused()
    {
        var alliance = await ReportingAlliance.CreateAsync(system);
        var other = await ReportingAlliance.CreateAsync(system);
        var root = $"/api/reporting/alliances/{alliance.Id}/rounds";

        using var pdf = await alliance.SendAsync(alliance.Pi, HttpMethod.Get, $"{root}/108-kpi-1/summary.pdf", null);
        using var pdfZh = await alliance.SendAsync(alliance.Pi, HttpMethod.Get, $"{root}/108-kpi-1/summary.pdf", null, "zh-TW");
        using var othersPdf = await other.Pi.GetAsync($"{root}/108-kpi-1/summary.pdf", Cancel);
        using var othersWorkbook = await other.Pi.GetAsync($"{root}/108-kpi-1/summary.xlsx", Cancel);
        using var badView = await alliance.Pi.GetAsync($"{root}/108-kpi-1/summary.xlsx?view=monthly", Cancel);
        using var malformed = await alliance.Pi.GetAsync($"{root}/kpi-1/summary.pdf", Cancel);
        using var unknown = await alliance.Pi.GetAsync($"{root}/108-kpi-9/summary.xlsx", Cancel);

        Assert.Equal(
            [HttpStatusCode.Conflict, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound],
            new[] { pdf, othersPdf, othersWorkbook, badView, malformed, unknown }.Select(r => r.StatusCode));
        var problem = await pdf.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(("round-not-submitted", "application/problem+json"), (problem.GetProperty("code").GetString(), pdf.Content.Headers.ContentType?.MediaType));
        Assert.Contains("108-kpi-1 has not been submitted", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("尚未確認送出", (await pdfZh.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("view", (await badView.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    /// <summary>
    /// The table's workbook, read back: each row's actual and last year's result as written by hand, in exact NTD, a
    /// figure made of parts as its headline row (total, amount) and a row per part; no targets; named after the alliance, round and view.
    /// </summary>
    private async Task AssertWorkbookAsync(ReportingAlliance alliance, string view, (string Kpi, JsonNode? Actual)[] actuals, (string Kpi, JsonNode? Actual)[] lastYear)
    {
        using var response = await alliance.Pi.GetAsync($"/api/reporting/alliances/{alliance.Id}/rounds/{Round}/summary.xlsx?view={view}", Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(Workbook, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{alliance.Code}-{Round}-{view}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToArray();
        var read = rows.Select(r => (Code: (string)r["指標代碼 kpi"]!, Actual: Number(r["實際達成值 actual"]), LastYear: Number(r["上年度執行成果 last year"]), Target: Number(r["目標值 target"])));
        Assert.Equal(Cells(actuals), read.Select(r => (r.Code, r.Actual)));
        Assert.Equal(Cells(lastYear), read.Select(r => (r.Code, r.LastYear)));
        Assert.All(read, r => Assert.Null(r.Target));
    }

    /// <summary>The rows of a table written by hand as the workbook lays them out: an object's headline, then each of its parts as <c>kpi.part</c>.</summary>
    private static (string Code, decimal? Figure)[] Cells((string Kpi, JsonNode? Actual)[] table) => table.SelectMany(row => row.Actual switch
    {
        JsonObject parts => parts.Select((p, i) => (i == 0 ? row.Kpi : $"{row.Kpi}.{p.Key}", Number(p.Value))).ToArray(),
        var figure => new[] { (row.Kpi, Number(figure)) },
    }).ToArray();

    private static decimal? Number(JsonNode? node) => node is null ? null : decimal.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);

    private static decimal? Number(object? cell) => cell is null ? null : (decimal)Convert.ToDouble(cell, CultureInfo.InvariantCulture);
}
