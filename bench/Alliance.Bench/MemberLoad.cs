using System.Net.Http.Json;
using System.Text.Json;

namespace Alliance.Bench;

internal sealed record LoadedAlliance(Guid Id, string PiUserName, HttpClient Pi);

/// <summary>An alliance with many members, made through the public API as a PI would (eight requests at a time).</summary>
internal static class MemberLoad
{
    public static readonly string[] Counties =
    [
        "臺北市", "新北市", "基隆市", "桃園市", "新竹市", "新竹縣", "宜蘭縣", "苗栗縣", "臺中市", "彰化縣", "南投縣",
        "雲林縣", "嘉義市", "嘉義縣", "臺南市", "高雄市", "屏東縣", "澎湖縣", "花蓮縣", "臺東縣", "金門縣", "連江縣",
    ];

    public static async Task<LoadedAlliance> CreateAllianceWithMembersAsync(BenchSystem system, int members)
    {
        var (allianceId, piUserName, pi) = await CreateAllianceAsync(system);
        var started = DateTime.UtcNow;
        var numbers = RegistrationNumbers().Take(members).ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, members), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            var path = $"/api/membership/alliances/{allianceId}/members";
            using var member = await pi.PostAsJsonAsync(path, new
            {
                name = $"效能測試廠商 {i:D5}", organisationKind = i % 10 == 0 ? "natural-person" : "taiwan-company",
                registrationNumber = i % 10 == 0 ? null : numbers[i], county = Counties[i % Counties.Length],
            }, cancellationToken);
            member.EnsureSuccessStatusCode();
            var memberId = (await member.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
            var (start, end) = (i % 4) switch { 0 => ("2019-01-01", "2019-10-30"), 1 => ("2019-11-01", "2020-10-31"), _ => ("2019-02-01", "2020-01-31") };
            using var contract = await pi.PostAsJsonAsync($"{path}/{memberId}/contracts", new { start, end, paid = i % 3 != 0, fee = i % 3 != 0 ? 30000 : 0 }, cancellationToken);
            contract.EnsureSuccessStatusCode();
        });
        Console.Error.WriteLine($"Loaded {members} members with contracts through the API in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
        return new LoadedAlliance(allianceId, piUserName, pi);
    }

    /// <summary>A new alliance with no members, and its PI signed in.</summary>
    public static async Task<LoadedAlliance> CreateAllianceAsync(BenchSystem system)
    {
        var admin = await system.SignedInAsync("admin", system.AdminPassword);
        var piUserName = $"benchpi{Guid.NewGuid():N}"[..14];
        const string piPassword = "Bench-pi-password-42";
        (await admin.PostAsJsonAsync("/api/auth/users", new { userName = piUserName, displayName = "Bench PI", password = piPassword, roles = new[] { "pi" } })).EnsureSuccessStatusCode();
        var created = await admin.PostAsJsonAsync("/api/membership/alliances", new
        {
            code = $"B{Guid.NewGuid():N}"[..12], name = "效能測試聯盟", hostInstitution = "國立臺灣大學",
            domainCode = "ict", phase = 2, yearInPhase = 1, piUserName,
        });
        created.EnsureSuccessStatusCode();
        var allianceId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var pi = await system.SignedInAsync(piUserName, piPassword);
        while (!(await pi.GetAsync($"/api/membership/alliances/{allianceId}")).IsSuccessStatusCode)
        {
            await Task.Delay(100);
        }

        return new LoadedAlliance(allianceId, piUserName, pi);
    }

    /// <summary>Valid 統一編號 (2023 check rule), distinct, from <paramref name="from"/> up.</summary>
    public static IEnumerable<string> RegistrationNumbers(int from = 10_000_000)
    {
        int[] weights = [1, 2, 1, 2, 1, 2, 4, 1];
        for (var n = from; n < 99_999_999; n++)
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
