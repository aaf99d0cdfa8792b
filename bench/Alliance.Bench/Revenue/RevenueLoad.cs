using System.Net.Http.Json;
using System.Text.Json;
using Alliance.ServiceDefaults;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Alliance.Bench.Revenue;

internal sealed record RevenueAlliance(Guid Id, string PiUserName, HttpClient Pi);

/// <summary>
/// One alliance-year of income entries, made through the public API as a PI would (eight requests at a
/// time): honest entries of every category against real members, so the service's rules run on each.
/// </summary>
internal static class RevenueLoad
{
    private const int Members = 20;

    public static async Task<RevenueAlliance> CreateAllianceWithIncomesAsync(BenchSystem system, int entries)
    {
        var admin = await system.SignedInAsync("admin", system.AdminPassword);
        var piUserName = $"revpi{Guid.NewGuid():N}"[..14];
        const string piPassword = "Bench-pi-password-42";
        (await admin.PostAsJsonAsync("/api/auth/users", new { userName = piUserName, displayName = "Revenue bench PI", password = piPassword, roles = new[] { "pi" } }))
            .EnsureSuccessStatusCode();
        using var created = await admin.PostAsJsonAsync("/api/membership/alliances", new
        {
            code = $"R{Guid.NewGuid():N}"[..12], name = "營運收入效能測試聯盟", hostInstitution = "國立臺灣大學",
            domainCode = "ict", phase = 2, yearInPhase = 3, piUserName,
        });
        created.EnsureSuccessStatusCode();
        var allianceId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var pi = await system.SignedInAsync(piUserName, piPassword);
        var incomes = $"/api/revenue/alliances/{allianceId}/incomes";
        while (!(await pi.GetAsync($"{incomes}?year=108")).IsSuccessStatusCode)
        {
            await Task.Delay(100);
        }

        (await admin.PutAsJsonAsync($"/api/revenue/alliances/{allianceId}/subsidies/108", new { amount = 5_000_000 })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/revenue/alliances/{allianceId}/subsidies/107", new { amount = 4_000_000 })).EnsureSuccessStatusCode();
        var members = await AddMembersAsync(pi, allianceId);
        await WaitUntilRevenueKnowsAsync(pi, incomes, members[^1]);

        var started = DateTime.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, entries), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            using var response = await pi.PostAsJsonAsync(incomes, Entry(i, members[i % members.Length]), cancellationToken);
            response.EnsureSuccessStatusCode();
        });
        Console.Error.WriteLine($"Recorded {entries} income entries through the API in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
        await WaitForOutboxAsync(system);
        return new RevenueAlliance(allianceId, piUserName, pi);
    }

    /// <summary>Entry <paramref name="i"/>: 90 % in year 108, 10 % in 107 (the summary's previous year); every category in turn.</summary>
    private static object Entry(int i, Guid member)
    {
        var year = i % 10 == 9 ? 107 : 108;
        var date = new DateOnly(year + 1911, 2 + i % 11, 1 + i % 28).ToString("yyyy-MM-dd");
        var amount = 1_000 + i % 997 * 10;
        return (i % 5) switch
        {
            0 => new { year, category = "membership-fee", counterpartyMemberId = member, date, amount },
            1 => (object)new { year, category = "technical-service", counterpartyName = $"服務對象 {i % 50}", counterpartyKind = "taiwan-company", counterpartyCounty = "臺北市", date, amount },
            2 => new { year, category = "technology-transfer", counterpartyMemberId = member, date, amount = amount * 10, reference = $"TT-{i}" },
            3 => new
            {
                year, category = "industry-academia-cooperation", counterpartyName = $"合作廠商 {i % 40}", counterpartyKind = "taiwan-company",
                date, amount = amount * 20, periodStart = date, periodEnd = $"{year + 1912}-01-31", concernsCoreTechnology = true, signedByPi = true,
            },
            _ => new { year, category = "other", counterpartyName = "研討會學員", counterpartyKind = "natural-person", date, amount, nature = "seminar-fee" },
        };
    }

    private static async Task<Guid[]> AddMembersAsync(HttpClient pi, Guid allianceId)
    {
        var path = $"/api/membership/alliances/{allianceId}/members";
        var ids = new List<Guid>();
        foreach (var number in RegistrationNumbers().Take(Members))
        {
            using var member = await pi.PostAsJsonAsync(path, new { name = $"收入測試廠商 {number}", organisationKind = "taiwan-company", registrationNumber = number, county = "新竹市" });
            member.EnsureSuccessStatusCode();
            var id = (await member.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await pi.PostAsJsonAsync($"{path}/{id}/contracts", new { start = "2018-01-01", end = "2020-12-31", paid = true, fee = 30000 })).EnsureSuccessStatusCode();
            ids.Add(id);
        }

        return [.. ids];
    }

    /// <summary>Waits until revenue's copy of the last member has its contract: a probe transfer to it is accepted (and then voided).</summary>
    private static async Task WaitUntilRevenueKnowsAsync(HttpClient pi, string incomes, Guid member)
    {
        while (true)
        {
            using var probe = await pi.PostAsJsonAsync(incomes, new { year = 108, category = "technology-transfer", counterpartyMemberId = member, date = "2019-03-01", amount = 1 });
            var entry = await probe.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            (await pi.PostAsJsonAsync($"{incomes}/{entry.GetProperty("id").GetGuid()}/void", new { reason = "bench probe", version = entry.GetProperty("version").GetInt64() })).EnsureSuccessStatusCode();
            if (entry.GetProperty("status").GetString() == "accepted")
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Waits until the relay has published every event, so the measurement does not share the machine with it.</summary>
    private static async Task WaitForOutboxAsync(BenchSystem system)
    {
        await using var dataSource = NpgsqlDataSource.Create((await system.App.GetConnectionStringAsync(ResourceNames.RevenueDb))!);
        while (true)
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL");
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    private static IEnumerable<string> RegistrationNumbers()
    {
        int[] weights = [1, 2, 1, 2, 1, 2, 4, 1];
        for (var n = 20_000_000 + Random.Shared.Next(10_000_000); ; n++)
        {
            var digits = n.ToString("D8");
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                var product = (digits[i] - '0') * weights[i];
                sum += product / 10 + product % 10;
            }

            if (sum % 5 == 0)
            {
                yield return digits;
            }
        }
    }
}
