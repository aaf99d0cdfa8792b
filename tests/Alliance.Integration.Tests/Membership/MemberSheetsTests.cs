using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using MiniExcelLibs;

namespace Alliance.Integration.Tests.Membership;

/// <summary>A PI downloads the template, imports members from a sheet (all or nothing) and exports them with their standing.</summary>
public sealed class MemberSheetsTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetImportTemplate_HasTheDocumentedColumnsAndInstructions()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);

        using var response = await pi.GetAsync($"{members}/import-template", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("members-template.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var workbook = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal(MemberSheets.Headers, MemberSheets.HeaderRow(workbook));
        using var stream = new MemoryStream(workbook);
        Assert.Contains("說明 Instructions", stream.GetSheetNames());
        var instructions = string.Join("\n", MemberSheets.Read(workbook, "說明 Instructions").SelectMany(r => r.Values).Select(v => v?.ToString()));
        foreach (var kind in new[] { "taiwan-company", "non-research-juridical-person", "association", "foreign-company", "mainland-china-company",
                     "research-juridical-person", "other-organisation", "natural-person", "公協會", "陸商", "研究型法人", "自然人" })
        {
            Assert.Contains(kind, instructions);
        }
    }

    [Fact]
    public async Task ImportMembers_SomeBadRows_Answers422ListingExactlyThemAndAddsNothing()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var existing = MemberBodies.UniqueRegistrationNumber();
        using (var added = await pi.PostAsJsonAsync(members, new { name = "既有會員", organisationKind = "taiwan-company", registrationNumber = existing, county = "臺北市" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var repeated = MemberSheets.Company();
        var sheet = MemberSheets.Build(
        [
            MemberSheets.Company(),                                                                                         // row 2: good
            MemberSheets.Row("壞統編", "taiwan-company", "12345678", "火星市", null, null, null, null, null, null, null),     // row 3
            repeated,                                                                                                       // row 4: good
            MemberSheets.Row("重複", "association", (string)repeated["統一編號 registrationNumber"]!, "臺中市", null, null, null, null, null, null, null), // row 5
            MemberSheets.Row("收費零元", "taiwan-company", MemberBodies.UniqueRegistrationNumber(), "高雄市", null, null, "2019-01-01", "2019-12-31", null, "是", 0), // row 6
            MemberSheets.Row("倒著的合約", "natural-person", null, null, null, null, "108/12/31", "108/01/01", "不存在的分級", "否", 0), // row 7
            MemberSheets.Row("已是會員", "taiwan-company", existing, "臺北市", null, null, null, null, null, null, null),      // row 8
            MemberSheets.Row("外商", "foreign-company", null, null, "Japan", null, "2019-01-01", "2019-12-31", null, "no", 0),  // row 9: good
        ]);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{members}/import") { Content = MemberSheets.Upload(sheet) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await pi.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var rows = problem.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("row").GetInt32()}: {string.Join(" ", r.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal))}")
            .ToArray();
        Assert.Equal(["3: county registrationNumber", "5: registrationNumber", "6: fee", "7: contractEnd tier", "8: registrationNumber"], rows);
        var message = problem.GetProperty("rows")[0].GetProperty("errors").GetProperty("registrationNumber")[0].GetString();
        Assert.Equal("The registration number's check digit is wrong.", message);
        Assert.True(problem.TryGetProperty("traceId", out _));
        var stored = await pi.GetFromJsonAsync<JsonElement[]>(members, Cancel);
        Assert.Equal(["既有會員"], stored!.Select(m => m.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ImportMembers_GoodSheet_AddsEveryRowWithHistoryEventsAndTheirStanding()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var tierName = $"基本交流-{Guid.NewGuid():N}"[..12];
        using (var tier = await pi.PostAsJsonAsync($"{members[..^"/members".Length]}/fee-tiers", new { name = tierName, yearlyFee = 30000, services = "技術交流" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, tier.StatusCode);
        }

        var taipei = MemberSheets.Company("北部收費廠商", "台北市");
        taipei["會員分級 tier"] = tierName;
        var sheet = MemberSheets.Build(
        [
            taipei,
            MemberSheets.Row("中部免費廠商", "公協會", MemberBodies.UniqueRegistrationNumber(), "臺中市", null, null, "108/10/31", "2020-10-30", null, "否", 0),
            MemberSheets.Row("十月到期", "taiwan-company", MemberBodies.UniqueRegistrationNumber(), "高雄市", null, null, new DateOnly(2019, 1, 1), "108/10/30", null, true, 30000),
            MemberSheets.Row("尚無合約", "taiwan-company", MemberBodies.UniqueRegistrationNumber(), "臺南市", null, "陳小姐", null, null, null, null, null),
            MemberSheets.Row("陳個人", "natural-person", null, null, null, null, "2019-02-01", "2020-01-31", null, "yes", 1000),
        ]);

        using var response = await pi.PostAsync($"{members}/import", MemberSheets.Upload(sheet), Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(5, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("imported").GetInt32());
        var summary = await pi.GetFromJsonAsync<JsonElement>($"{members[..^"/members".Length]}/member-summary?year=108", Cancel);
        Assert.Equal((2, 1, 1, 1, 1, 1), (Count("firmTotal"), Count("paid"), Count("free"), Count("north"), Count("central"), Count("individual")));
        var stored = await pi.GetFromJsonAsync<JsonElement[]>(members, Cancel);
        var imported = stored!.Single(m => m.GetProperty("name").GetString() == "北部收費廠商");
        var contract = imported.GetProperty("contracts")[0];
        Assert.Equal(("2019-02-01", "2020-01-31", 30000m), (contract.GetProperty("start").GetString(), contract.GetProperty("end").GetString(), contract.GetProperty("fee").GetDecimal()));
        Assert.NotEqual(JsonValueKind.Null, contract.GetProperty("feeTierId").ValueKind);
        var memberId = imported.GetProperty("id").GetGuid();
        var history = await pi.GetFromJsonAsync<JsonElement[]>($"{members}/{memberId}/history", Cancel);
        Assert.Equal(["created"], history!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(imported.GetProperty("version").GetInt64(), history![0].GetProperty("after").GetProperty("version").GetInt64());
        var contractHistory = await pi.GetFromJsonAsync<JsonElement[]>($"{members}/{memberId}/contracts/{contract.GetProperty("id").GetGuid()}/history", Cancel);
        Assert.Equal(["created"], contractHistory!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(contract.GetProperty("version").GetInt64(), contractHistory![0].GetProperty("after").GetProperty("version").GetInt64());
        foreach (var member in stored!)
        {
            Assert.Equal(["MemberJoined"], await OutboxEvents.OfMemberAsync(system, member.GetProperty("id").GetGuid()));
        }

        var export = await pi.GetAsync($"{members}/export?year=108", Cancel);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var exported = MemberSheets.Read(await export.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(5, exported.Count);
        var row = exported.Single(r => (string?)r["名稱 name"] == "北部收費廠商");
        Assert.Equal(("是", "是", "north 北部", tierName), (row["有效廠商會員 effectiveFirmMember"], row["收費 paid"], row["區域 region"], row["會員分級 tier"]));
        var endsEarly = exported.Single(r => (string?)r["名稱 name"] == "十月到期");
        Assert.Equal("否", endsEarly["有效廠商會員 effectiveFirmMember"]);
        Assert.Equal("contract-ends-before-cutoff 合約於基準日前到期", endsEarly["未計入原因 reasons"]);
        Assert.StartsWith("no-contract", (string?)exported.Single(r => (string?)r["名稱 name"] == "尚無合約")["未計入原因 reasons"]);
        Assert.StartsWith("not-a-firm", (string?)exported.Single(r => (string?)r["名稱 name"] == "陳個人")["未計入原因 reasons"]);

        int Count(string name) => summary.GetProperty(name).GetInt32();
    }

    [Fact]
    public async Task ImportMembers_NotAWorkbookOrNoRowsOrMissingHeader_Answers400NamingFile()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var headersOnly = MemberSheets.Build([MemberSheets.Row("", "", null, null, null, null, null, null, null, null, null)]);
        var withoutKind = MemberSheets.Build(new[] { MemberSheets.Company() }.Select(r => { r.Remove("單位類型 kind"); return r; }));

        foreach (var upload in new[] { "not a workbook"u8.ToArray(), headersOnly, withoutKind })
        {
            using var response = await pi.PostAsync($"{members}/import", MemberSheets.Upload(upload), Cancel);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("file", out _));
        }

        Assert.Empty((await pi.GetFromJsonAsync<JsonElement[]>(members, Cancel))!);
    }

    [Fact]
    public async Task ImportMembers_CellInColumnXfdOrDtdOrMalformed_Answers400NamingFileAtOnce()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var rows = Enumerable.Range(0, 50).Select(_ => MemberSheets.Company()).ToList();
        var sheets = new (byte[] Workbook, string Says)[]
        {
            (EditedSheets.WithSheet(MemberSheets.Build(rows), EditedSheets.CellInColumnXfd), "column XFD"),
            (EditedSheets.WithSheet(MemberSheets.Build(rows), EditedSheets.WithDtd), "DTD"),
            (EditedSheets.WithSheet(MemberSheets.Build(rows), xml => xml[..(xml.Length / 2)]), "XML"),
        };

        foreach (var (workbook, says) in sheets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{members}/import") { Content = MemberSheets.Upload(workbook) };
            request.Headers.AcceptLanguage.ParseAdd("en");
            var started = System.Diagnostics.Stopwatch.StartNew();
            using var response = await pi.SendAsync(request, Cancel);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            // The bound is checked before the sheet is read: the answer does not wait on its size (it took 92 s before).
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"{says}: answered after {started.Elapsed}.");
            var file = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty("file")[0].GetString();
            Assert.Contains(says, file);
        }

        Assert.Empty((await pi.GetFromJsonAsync<JsonElement[]>(members, Cancel))!);
    }

    [Fact]
    public async Task ImportMembers_ThousandBadRows_ListsTheFirstHundredAndSaysHowManyMore()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var sheet = MemberSheets.Build(Enumerable.Range(0, 1000).Select(i => MemberSheets.Row($"壞統編 {i}", "taiwan-company", "12345678", "臺北市", null, null, null, null, null, null, null)));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{members}/import") { Content = MemberSheets.Upload(sheet) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await pi.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(Enumerable.Range(2, 100), problem.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal((1000, 900), (problem.GetProperty("badRows").GetInt32(), problem.GetProperty("moreRows").GetInt32()));
        Assert.Contains("900 more", problem.GetProperty("title").GetString());
    }
}
