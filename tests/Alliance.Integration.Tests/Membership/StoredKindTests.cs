using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Membership.Api.Data;
using Npgsql;

namespace Alliance.Integration.Tests.Membership;

/// <summary>
/// A member whose stored kind is a number or unknown text (the API once stored <c>"organisationKind": 99</c>
/// as "99"): every read shows it as unknown instead of failing, a write that would publish it is a 422,
/// correcting it works; and the migration's repair turns such rows into kinds, with a note in their history.
/// </summary>
public sealed class StoredKindTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownStoredKind_EveryRead_ShowsTheMemberAsUnknownAndCorrectingItWorks()
    {
        var (pi, members) = await TestAlliances.WithNewPiAsync(system);
        var allianceId = Guid.Parse(members.Split('/')[^2]);
        using (var good = await pi.PostAsJsonAsync(members, MemberBodies.TaiwanCompany(name: "好會員"), Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        }

        Guid number, text;
        await using (var connection = await StoredKinds.OpenAsync(system))
        {
            number = await StoredKinds.InsertMemberAsync(connection, allianceId, "數字類型", "99");
            text = await StoredKinds.InsertMemberAsync(connection, allianceId, "文字類型", "Spaceship");
        }

        var list = await pi.GetFromJsonAsync<JsonElement[]>(members, Cancel);
        Assert.Equal(["好會員:taiwan-company", "數字類型:", "文字類型:"],
            list!.Select(m => $"{m.GetProperty("name").GetString()}:{m.GetProperty("organisationKind").GetString()}").Order(StringComparer.Ordinal));
        var one = await pi.GetFromJsonAsync<JsonElement>($"{members}/{number}", Cancel);
        Assert.Equal(JsonValueKind.Null, one.GetProperty("memberKind").ValueKind);
        var summary = await pi.GetFromJsonAsync<JsonElement>($"{members[..^"/members".Length]}/member-summary?year=108", Cancel);
        var unknown = summary.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("memberId").GetGuid() == text);
        Assert.Equal(["organisation-kind-unknown"], unknown.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        using (var export = await pi.GetAsync($"{members}/export?year=108", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains(MemberSheets.Read(await export.Content.ReadAsByteArrayAsync(Cancel)), r => (string?)r["名稱 name"] == "數字類型");
        }

        using (var contract = await pi.PostAsJsonAsync($"{members}/{number}/contracts", new { start = "2019-01-01", end = "2019-12-31", paid = false, fee = 0 }, Cancel))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, contract.StatusCode);
            Assert.Equal("organisation-kind-unknown", (await contract.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
        }

        using var corrected = await pi.PutAsJsonAsync($"{members}/{number}", new
        {
            name = "數字類型", organisationKind = "natural-person", version = one.GetProperty("version").GetInt64(),
        }, Cancel);
        Assert.True(corrected.StatusCode == HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("individual", (await corrected.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("memberKind").GetString());
    }

    [Fact]
    public async Task StoredKindRepair_NumbersAndUnknownText_BecomeKindsWithANoteInTheirHistory()
    {
        var alliance = await TestAlliances.RegisterAsync(system, SystemFixture.SharedPiUserName);
        await using var connection = await StoredKinds.OpenAsync(system);
        // Rolled back at the end: other tests' rows stay as they stored them.
        await using var transaction = await connection.BeginTransactionAsync(Cancel);
        await StoredKinds.InsertMemberAsync(connection, alliance.Id, "三號類型", "3", transaction);
        await StoredKinds.InsertMemberAsync(connection, alliance.Id, "九十九號類型", "99", transaction);
        await StoredKinds.InsertMemberAsync(connection, alliance.Id, "正常類型", "Association", transaction);

        await using (var repair = new NpgsqlCommand(StoredKindRepair.Sql, connection, transaction))
        {
            await repair.ExecuteNonQueryAsync(Cancel);
        }

        await using var read = new NpgsqlCommand("""
            SELECT m.name, m.kind, m.version, c.action, c.actor, c.before->>'organisationKind', c.after->>'organisationKind', c.after->>'note'
            FROM members AS m LEFT JOIN change_records AS c ON c.entity_type = 'member' AND c.entity_id = m.id::text
            WHERE m.alliance_id = @alliance
            """, connection, transaction);
        read.Parameters.AddWithValue("alliance", alliance.Id);
        var rows = new List<string>();
        string? note = null;
        await using (var reader = await read.ExecuteReaderAsync(Cancel))
        {
            while (await reader.ReadAsync(Cancel))
            {
                rows.Add(string.Join(" ", Enumerable.Range(0, 7).Select(i => reader.IsDBNull(i) ? "-" : reader.GetValue(i).ToString())));
                note ??= reader.IsDBNull(7) ? null : reader.GetString(7);
            }
        }

        Assert.Equal(
        [
            "三號類型 ForeignCompany 2 repaired system 3 foreign-company",
            "九十九號類型 OtherOrganisation 2 repaired system 99 other-organisation",
            "正常類型 Association 1 - - - -",
        ], rows.Order(StringComparer.Ordinal));
        Assert.Contains("stored as \"", note);
        await transaction.RollbackAsync(Cancel);
    }
}
