using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;
using MiniExcelLibs;
using Npgsql;

namespace Alliance.Bench;

/// <summary>
/// A sheet of many members uploaded through the gateway into a new alliance: how long the import
/// takes, and how long until the outbox relay has published the last of its events.
/// </summary>
internal static class ImportBench
{
    private static readonly string[] Headers =
    [
        "名稱 name", "單位類型 kind", "統一編號 registrationNumber", "縣市 county", "國家 country", "聯絡人 contact",
        "合約開始 contractStart", "合約結束 contractEnd", "會員分級 tier", "收費 paid", "會費 fee",
    ];

    public static async Task<ImportReport> RunAsync(BenchSystem system, int rows)
    {
        var alliance = await MemberLoad.CreateAllianceAsync(system);
        var sheet = Sheet(rows);
        await using var dataSource = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.MembershipDb))!);
        var lastBefore = await LastSequenceAsync(dataSource);

        var loadBefore = LoadAverage.Now();
        var started = Stopwatch.GetTimestamp();
        var startedAt = DateTimeOffset.UtcNow;
        using var response = await alliance.Pi.PostAsync($"/api/membership/alliances/{alliance.Id}/members/import", Upload(sheet));
        var importSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The import answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        }

        var imported = JsonDocument.Parse(body).RootElement.GetProperty("imported").GetInt32();
        var lastSentAt = await DrainedAsync(dataSource, lastBefore, imported);
        var drainSeconds = (lastSentAt - startedAt).TotalSeconds - importSeconds;
        await using var revenue = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.RevenueDb))!);
        await RevenueKnowsAsync(revenue, alliance.Id, imported);
        var revenueSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds - importSeconds;
        return new ImportReport(imported, sheet.Length, importSeconds, drainSeconds, revenueSeconds, loadBefore, LoadAverage.Now());
    }

    /// <summary>The template's columns: mostly Taiwanese companies, some people, some foreign firms; most with a contract.</summary>
    private static byte[] Sheet(int rows)
    {
        var numbers = MemberLoad.RegistrationNumbers().Take(rows).ToArray();
        var sheet = Enumerable.Range(0, rows).Select(i =>
        {
            var (kind, number, county, country) = (i % 20) switch
            {
                0 => ("natural-person", null, null, null),
                1 => ("foreign-company", null, null, "Japan"),
                _ => ("taiwan-company", numbers[i], MemberLoad.Counties[i % MemberLoad.Counties.Length], (string?)null),
            };
            object?[] contract = (i % 5) switch
            {
                0 => [null, null, null, null],
                1 => ["108/11/01", "109/10/31", "否", 0],
                _ => [new DateTime(2019, 2, 1), "2020-01-31", "是", 30000],
            };
            object?[] values = [$"匯入效能測試廠商 {i:D5}", kind, number, county, country, "王經理 02-1234-5678", contract[0], contract[1], null, contract[2], contract[3]];
            return Headers.Zip(values).ToDictionary(pair => pair.First, pair => pair.Second);
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] workbook)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "members.xlsx" } };
    }

    private static async Task<long> LastSequenceAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(sequence), 0) FROM outbox_messages");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until every event written after <paramref name="after"/> is sent; the time the last was confirmed.</summary>
    private static Task<DateTimeOffset> DrainedAsync(NpgsqlDataSource dataSource, long after, int events) =>
        PollAsync(async () =>
        {
            await using var command = dataSource.CreateCommand(
                "SELECT count(*), count(sent_at), max(sent_at) FROM outbox_messages WHERE sequence > @after");
            command.Parameters.AddWithValue("after", after);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var done = reader.GetInt64(0) >= events && reader.GetInt64(1) == reader.GetInt64(0);
            return (done, done ? reader.GetFieldValue<DateTimeOffset>(2) : default);
        }, "the outbox relay to publish the import's events");

    /// <summary>Waits until revenue holds a copy of every imported member, checked against its entries.</summary>
    private static Task RevenueKnowsAsync(NpgsqlDataSource revenue, Guid allianceId, int members) =>
        PollAsync(async () =>
        {
            await using var command = revenue.CreateCommand("SELECT count(*) FROM roster_members WHERE alliance_id = @alliance");
            command.Parameters.AddWithValue("alliance", allianceId);
            return ((long)(await command.ExecuteScalarAsync())! >= members, true);
        }, "revenue to copy the imported members");

    /// <summary>Asks <paramref name="probe"/> every 100 ms, for at most ten minutes, until it is done.</summary>
    private static async Task<T> PollAsync<T>(Func<Task<(bool Done, T Value)>> probe, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            var (done, value) = await probe();
            if (done)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Waited 10 minutes for {what}.");
    }
}

internal sealed record ImportReport(int Imported, int SheetBytes, double ImportSeconds, double DrainSeconds, double RevenueSeconds, string LoadBefore, string LoadAfter)
{
    public void Print(TextWriter output)
    {
        output.WriteLine($"Import of a {Imported:N0}-row sheet ({SheetBytes / 1024.0:0} KB) through the gateway: {ImportSeconds:0.00} s  [load {LoadBefore}]");
        output.WriteLine($"Outbox relay drain of its {Imported:N0} MemberJoined events after the import answered: {DrainSeconds:0.00} s");
        output.WriteLine($"Until revenue had copied all {Imported:N0} members, after the import answered: {RevenueSeconds:0.0} s  [load {LoadAfter}]");
    }
}
