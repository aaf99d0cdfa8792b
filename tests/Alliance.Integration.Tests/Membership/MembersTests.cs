using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Membership;

/// <summary>A PI keeps the alliance's members and contracts and reads who counts at the cutoff, through the gateway.</summary>
public sealed class MembersTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MemberSummary_Year108_CountsAtTheCutoffAndSaysWhyNot()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var taipei = await AddAsync(pi, members, MemberBodies.TaiwanCompany("臺北市", "北部收費廠商"), ("2019-01-01", "2019-12-31", 50000m));
        await AddAsync(pi, members, MemberBodies.TaiwanCompany("台中市", "中部免費廠商"), ("2019-10-31", "2020-10-30", 0m));
        var endsEarly = await AddAsync(pi, members, MemberBodies.TaiwanCompany("高雄市", "十月三十日到期"), ("2019-01-01", "2019-10-30", 30000m));
        var startsLate = await AddAsync(pi, members, MemberBodies.TaiwanCompany("花蓮縣", "十一月才加入"), ("2019-11-01", "2020-10-31", 30000m));
        var noContract = await AddAsync(pi, members, MemberBodies.TaiwanCompany("臺南市", "尚無合約"));
        var person = await AddAsync(pi, members, new { name = "陳個人", organisationKind = "natural-person" }, ("2019-02-01", "2020-01-31", 1000m));
        await AddAsync(pi, members, new { name = "工研院", organisationKind = "research-juridical-person", county = "新竹縣" }, ("2019-02-01", "2020-01-31", 0m));
        await AddAsync(pi, members, new { name = "Acme GmbH", organisationKind = "foreign-company", country = "Germany" }, ("2019-06-01", "2020-05-31", 80000m));
        await AddAsync(pi, members, MemberBodies.TaiwanCompany("新北市", "兩份合約"), ("2019-01-01", "2019-12-31", 0m), ("2019-06-01", "2020-05-31", 20000m));

        var summary = await pi.GetFromJsonAsync<JsonElement>($"{members[..^"/members".Length]}/member-summary?year=108", Cancel);

        Assert.Equal("2019-10-31", summary.GetProperty("cutoff").GetString());
        Assert.Equal(
            (4, 3, 1, 2, 1, 0, 0, 1, 1, 1),
            (Count("firmTotal"), Count("paid"), Count("free"), Count("north"), Count("central"), Count("south"), Count("east"),
             Count("islandsAndOverseas"), Count("individual"), Count("other")));
        Assert.Equal(["contract-ends-before-cutoff"], ReasonsOf(endsEarly));
        Assert.Equal(["contract-starts-after-cutoff"], ReasonsOf(startsLate));
        Assert.Equal(["no-contract"], ReasonsOf(noContract));
        Assert.Equal(["not-a-firm"], ReasonsOf(person));
        var counted = Standing(taipei);
        Assert.True(counted.GetProperty("isEffectiveFirmMember").GetBoolean());
        Assert.Equal("north", counted.GetProperty("region").GetString());
        Assert.Equal("firm", counted.GetProperty("memberKind").GetString());
        Assert.Equal("individual", Standing(person).GetProperty("memberKind").GetString());

        int Count(string name) => summary.GetProperty(name).GetInt32();
        JsonElement Standing(Guid id) => summary.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("memberId").GetGuid() == id);
        string[] ReasonsOf(Guid id) => Standing(id).GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray();
    }

    [Fact]
    public async Task AddMember_BadFields_AreEachNamed_AndADuplicateRegistrationIsAConflict()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        using var badCheckDigit = await pi.PostAsJsonAsync(members, new { name = "x", organisationKind = "taiwan-company", registrationNumber = "12345678", county = "臺北市" }, Cancel);
        using var unknownCounty = await pi.PostAsJsonAsync(members, new { name = "x", organisationKind = "association", registrationNumber = MemberBodies.UniqueRegistrationNumber(), county = "火星市" }, Cancel);
        using var unknownKind = await pi.PostAsJsonAsync(members, new { name = "x", organisationKind = "spaceship", county = "臺北市" }, Cancel);
        var body = MemberBodies.TaiwanCompany();
        using var first = await pi.PostAsJsonAsync(members, body, Cancel);
        using var duplicate = await pi.PostAsJsonAsync(members, body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, badCheckDigit.StatusCode);
        Assert.True(await HasErrorAsync(badCheckDigit, "registrationNumber"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownCounty.StatusCode);
        Assert.True(await HasErrorAsync(unknownCounty, "county"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task Contracts_BrokenRules_AreRefusedWithTheirField()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var member = await AddAsync(pi, members, MemberBodies.TaiwanCompany());
        var contracts = $"{members}/{member}/contracts";

        using var endBeforeStart = await pi.PostAsJsonAsync(contracts, new { start = "2019-12-31", end = "2019-01-01", paid = false, fee = 0 }, Cancel);
        using var paidWithoutFee = await pi.PostAsJsonAsync(contracts, new { start = "2019-01-01", end = "2019-12-31", paid = true, fee = 0 }, Cancel);
        using var foreignTier = await pi.PostAsJsonAsync(contracts, new { start = "2019-01-01", end = "2019-12-31", paid = false, fee = 0, feeTierId = Guid.NewGuid() }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, endBeforeStart.StatusCode);
        Assert.True(await HasErrorAsync(endBeforeStart, "end"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, paidWithoutFee.StatusCode);
        Assert.True(await HasErrorAsync(paidWithoutFee, "fee"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreignTier.StatusCode);
    }

    [Fact]
    public async Task EveryChange_PublishesOneEvent_AndIsInTheHistory()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var member = await AddAsync(pi, members, MemberBodies.TaiwanCompany(), ("2019-01-01", "2019-12-31", 30000m));
        var current = await pi.GetFromJsonAsync<JsonElement>($"{members}/{member}", Cancel);
        var contract = current.GetProperty("contracts")[0];
        using var endEarly = await pi.PutAsJsonAsync($"{members}/{member}/contracts/{contract.GetProperty("id").GetGuid()}",
            new { start = "2019-01-01", end = "2019-06-30", paid = true, fee = 30000, version = contract.GetProperty("version").GetInt64() }, Cancel);
        Assert.Equal(HttpStatusCode.OK, endEarly.StatusCode);

        Assert.Equal(["MemberJoined", "MemberChanged", "MemberChanged"], await OutboxEvents.OfMemberAsync(system, member));
        var history = await pi.GetFromJsonAsync<JsonElement[]>($"{members}/{member}/contracts/{contract.GetProperty("id").GetGuid()}/history", Cancel);
        Assert.Equal(["created", "changed"], history!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("2019-12-31", history![1].GetProperty("before").GetProperty("end").GetString());
        Assert.Equal("2019-06-30", history![1].GetProperty("after").GetProperty("end").GetString());
    }

    [Fact]
    public async Task RemoveMember_EnteredByMistake_IsGoneFromListAndSummary_ItsHistoryStays_AndMemberLeftIsPublished()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var member = await AddAsync(pi, members, MemberBodies.TaiwanCompany(), ("2019-01-01", "2019-12-31", 30000m));
        var version = (await pi.GetFromJsonAsync<JsonElement>($"{members}/{member}", Cancel)).GetProperty("version").GetInt64();

        using (var withoutVersion = await pi.DeleteAsync($"{members}/{member}", Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutVersion.StatusCode);
            Assert.True(await HasErrorAsync(withoutVersion, "version"));
        }

        using (var malformed = await pi.DeleteAsync($"{members}/{member}?version=latest", Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }

        using (var stale = await pi.DeleteAsync($"{members}/{member}?version={version + 1}", Cancel))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        using (var removed = await pi.DeleteAsync($"{members}/{member}?version={version}", Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using (var gone = await pi.GetAsync($"{members}/{member}", Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var summary = await pi.GetFromJsonAsync<JsonElement>($"{members[..^"/members".Length]}/member-summary?year=108", Cancel);
        Assert.Equal(0, summary.GetProperty("firmTotal").GetInt32());
        Assert.Empty(summary.GetProperty("members").EnumerateArray());
        var history = await pi.GetFromJsonAsync<JsonElement[]>($"{members}/{member}/history", Cancel);
        Assert.Equal(["created", "removed"], history!.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(JsonValueKind.Null, history![1].GetProperty("after").ValueKind);
        Assert.Equal(1, history[1].GetProperty("before").GetProperty("contracts").GetArrayLength());
        Assert.Equal(["MemberJoined", "MemberChanged", "MemberLeft"], await OutboxEvents.OfMemberAsync(system, member));

        var (_, otherMembers) = await TestAlliances.WithNewPiAsync(system);
        using var elsewhere = await system.Admin.GetAsync($"{otherMembers}/{member}/history", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task UpdateMember_TwoEditorsOnOneVersion_SecondGets409AndTheFirstIsKept()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var body = MemberBodies.TaiwanCompany();
        var member = await AddAsync(pi, members, body);
        var read = await pi.GetFromJsonAsync<JsonElement>($"{members}/{member}", Cancel);
        var registration = read.GetProperty("registrationNumber").GetString();
        var version = read.GetProperty("version").GetInt64();

        using var first = await pi.PutAsJsonAsync($"{members}/{member}", new { name = "第一位編輯", organisationKind = "taiwan-company", registrationNumber = registration, county = "臺北市", version }, Cancel);
        using var second = await pi.PutAsJsonAsync($"{members}/{member}", new { name = "第二位編輯", organisationKind = "taiwan-company", registrationNumber = registration, county = "高雄市", version }, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var stored = await pi.GetFromJsonAsync<JsonElement>($"{members}/{member}", Cancel);
        Assert.Equal("第一位編輯", stored.GetProperty("name").GetString());
        Assert.Equal("臺北市", stored.GetProperty("county").GetString());
    }

    private static async Task<Guid> AddAsync(HttpClient pi, string members, object member, params (string Start, string End, decimal Fee)[] contracts)
    {
        using var created = await pi.PostAsJsonAsync(members, member, Cancel);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        foreach (var (start, end, fee) in contracts)
        {
            using var contract = await pi.PostAsJsonAsync($"{members}/{id}/contracts", new { start, end, paid = fee > 0, fee }, Cancel);
            Assert.True(contract.StatusCode == HttpStatusCode.Created, await contract.Content.ReadAsStringAsync(Cancel));
        }

        return id;
    }

    private static async Task<bool> HasErrorAsync(HttpResponseMessage response, string field) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty(field, out _);
}
