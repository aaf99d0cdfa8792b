using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using static Alliance.Integration.Tests.Authorization.Actor;

namespace Alliance.Integration.Tests.Authorization;

/// <summary>
/// One row per endpoint: how to call it (fresh data per call where the call changes state) and the
/// status each actor must get. A 400, 404 or 409 in a row means "let through, then refused by the
/// rule the body or id breaks": authorization passed.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private delegate Task<HttpRequestMessage> RequestFor(MatrixActors actors, Actor actor);

    private sealed record Row(string Method, string Path, RequestFor Request, IReadOnlyDictionary<Actor, int> Expected);

    private static Dictionary<Actor, int> Everyone(int signedIn) => new()
    {
        [Anonymous] = 401, [MinistryOfficer] = signedIn, [CentreAdmin] = signedIn, [Pi] = signedIn,
        [Assistant] = signedIn, [Reviewer] = signedIn, [OtherPi] = signedIn,
    };

    private static Dictionary<Actor, int> Only(int allowed, params Actor[] actors)
    {
        var expected = Everyone(403);
        foreach (var actor in actors)
        {
            expected[actor] = allowed;
        }

        return expected;
    }

    private static RequestFor Get(string path) => (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path));

    private static RequestFor Send(HttpMethod method, Func<MatrixActors, Task<string>> path, Func<MatrixActors, Task<object?>>? body = null) =>
        async (actors, _) => new HttpRequestMessage(method, await path(actors))
        {
            Content = body is null ? null : JsonContent.Create(await body(actors)),
        };

    private static Task<string> Fixed(string path) => Task.FromResult(path);

    private static RequestFor AllianceA(string rest) =>
        (actors, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/membership/alliances/{actors.AllianceA}{rest}"));

    private static RequestFor Revenue(string rest) => async (actors, _) =>
    {
        await actors.RevenueReadyAsync();
        return new HttpRequestMessage(HttpMethod.Get, $"/api/revenue/alliances/{actors.AllianceA}{rest}");
    };

    private static async Task<string> ThrowawayUserAsync(MatrixActors actors)
    {
        var user = await new TestAccounts(actors.System).CreateAsync(["reviewer"]);
        return user.UserName;
    }

    private static IEnumerable<Row> Rows()
    {
        // Gateway: sign-in and the caller's own account.
        yield return new("POST", "/api/auth/token",
            Send(HttpMethod.Post, _ => Fixed("/api/auth/token"), _ => Task.FromResult<object?>(new { userName = $"nobody-{Guid.NewGuid():N}"[..16], password = "wrong-password" })),
            new Dictionary<Actor, int>(Everyone(401)));
        yield return new("GET", "/api/auth/me", Get("/api/auth/me"), Everyone(200));
        yield return new("POST", "/api/auth/password",
            Send(HttpMethod.Post, _ => Fixed("/api/auth/password"), _ => Task.FromResult<object?>(new { currentPassword = "not-the-password", newPassword = "Another-long-passphrase-9" })),
            Everyone(400));
        // Officers and centre staff have enrolled, as they must before any other call: a new key is a conflict.
        yield return new("POST", "/api/auth/two-factor/setup", Send(HttpMethod.Post, _ => Fixed("/api/auth/two-factor/setup")),
            new Dictionary<Actor, int>(Everyone(200)) { [MinistryOfficer] = 409, [CentreAdmin] = 409 });
        yield return new("POST", "/api/auth/two-factor/enable",
            Send(HttpMethod.Post, _ => Fixed("/api/auth/two-factor/enable"), _ => Task.FromResult<object?>(new { code = "000000" })), Everyone(400));
        yield return new("GET", "/api/auth/personal-tokens", Get("/api/auth/personal-tokens"), Everyone(200));
        yield return new("POST", "/api/auth/personal-tokens",
            Send(HttpMethod.Post, _ => Fixed("/api/auth/personal-tokens"), _ => Task.FromResult<object?>(new { name = "matrix", expiresInDays = 1 })), Everyone(201));
        yield return new("DELETE", "/api/auth/personal-tokens/{tokenId}",
            Send(HttpMethod.Delete, _ => Fixed($"/api/auth/personal-tokens/{Guid.NewGuid()}")), Everyone(404));

        // Gateway: accounts (centre administrators only).
        yield return new("GET", "/api/auth/users", Get("/api/auth/users"), Only(200, CentreAdmin));
        yield return new("POST", "/api/auth/users",
            Send(HttpMethod.Post, _ => Fixed("/api/auth/users"), _ => Task.FromResult<object?>(new
            {
                userName = $"mx{Guid.NewGuid():N}"[..14], displayName = "Matrix", password = TestAccounts.StrongPassword, roles = new[] { "reviewer" },
            })),
            Only(201, CentreAdmin));
        yield return new("GET", "/api/auth/users/{userName}", Get("/api/auth/users/admin"), Only(200, CentreAdmin));
        yield return new("PUT", "/api/auth/users/{userName}", UpdateThrowawayUser, Only(200, CentreAdmin));
        yield return new("GET", "/api/auth/audit", Get("/api/auth/audit"), Only(200, CentreAdmin));

        // Gateway: assistants' registrations, decided by the alliance's PI.
        yield return new("POST", "/api/auth/registrations",
            Send(HttpMethod.Post, _ => Fixed("/api/auth/registrations"), actors => Task.FromResult<object?>(new
            {
                userName = $"rg{Guid.NewGuid():N}"[..14], displayName = "Registrant", password = TestAccounts.StrongPassword, allianceCode = actors.AllianceACode,
            })),
            new Dictionary<Actor, int>(Everyone(201)) { [Anonymous] = 201 });
        yield return new("GET", "/api/auth/registrations", Get("/api/auth/registrations"), Only(200, CentreAdmin, Pi, OtherPi));
        yield return new("POST", "/api/auth/registrations/{registrationId}/approve",
            Send(HttpMethod.Post, async actors => $"/api/auth/registrations/{(await actors.PendingRegistrationAsync()).RegistrationId}/approve"),
            Only(200, Pi));
        yield return new("POST", "/api/auth/registrations/{registrationId}/reject",
            Send(HttpMethod.Post, async actors => $"/api/auth/registrations/{(await actors.PendingRegistrationAsync()).RegistrationId}/reject"),
            Only(200, Pi));
        yield return new("POST", "/api/auth/assistants/{userName}/withdraw", WithdrawApprovedAssistant,
            new Dictionary<Actor, int>(Only(200, Pi)) { [OtherPi] = 404 });

        // Membership.
        yield return new("GET", "/api/membership/domains", Get("/api/membership/domains"), Everyone(200));
        yield return new("GET", "/api/membership/alliances", Get("/api/membership/alliances"), Everyone(200));
        yield return new("POST", "/api/membership/alliances",
            Send(HttpMethod.Post, _ => Fixed("/api/membership/alliances"), _ => Task.FromResult<object?>(AllianceRegistrationTests.NewAlliance(AllianceRegistrationTests.UniqueCode()))),
            Only(201, CentreAdmin));
        yield return new("GET", "/api/membership/alliances/{allianceId}",
            Send(HttpMethod.Get, actors => Task.FromResult($"/api/membership/alliances/{actors.AllianceA}")),
            Only(200, MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer));

        yield return new("PUT", "/api/membership/alliances/{allianceId}", RenameAllianceA, Only(200, CentreAdmin));
        yield return new("POST", "/api/membership/alliances/{allianceId}/terminate", TerminateThrowawayAlliance, Only(200, CentreAdmin));
        yield return new("GET", "/api/membership/alliances/{allianceId}/history",
            Send(HttpMethod.Get, actors => Task.FromResult($"/api/membership/alliances/{actors.AllianceA}/history")),
            Only(200, MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer));
        yield return new("POST", "/api/membership/domains",
            Send(HttpMethod.Post, _ => Fixed("/api/membership/domains"), _ => Task.FromResult<object?>(NewDomain())), Only(201, CentreAdmin));
        yield return new("PUT", "/api/membership/domains/{code}", RenameThrowawayDomain, Only(200, CentreAdmin));
        yield return new("GET", "/api/membership/domains/{code}/history", Get("/api/membership/domains/ict/history"), Everyone(200));

        // Membership: an alliance's own records, written only by its PI and assistants.
        var readers = new[] { MinistryOfficer, CentreAdmin, Pi, Assistant, Reviewer };
        var writers = new[] { Pi, Assistant };
        yield return new("GET", "/api/membership/alliances/{allianceId}/fee-tiers", AllianceA("/fee-tiers"), Only(200, readers));
        yield return new("POST", "/api/membership/alliances/{allianceId}/fee-tiers",
            Send(HttpMethod.Post, actors => Task.FromResult($"/api/membership/alliances/{actors.AllianceA}/fee-tiers"),
                _ => Task.FromResult<object?>(new { name = $"分級-{Guid.NewGuid():N}"[..10], yearlyFee = 10000, services = "設備使用" })),
            Only(201, writers));
        yield return new("PUT", "/api/membership/alliances/{allianceId}/fee-tiers/{tierId}", async (actors, _) =>
        {
            var tier = await actors.NewFeeTierAsync();
            return new HttpRequestMessage(HttpMethod.Put, $"/api/membership/alliances/{actors.AllianceA}/fee-tiers/{tier.GetProperty("id").GetGuid()}")
            {
                Content = JsonContent.Create(new { name = tier.GetProperty("name").GetString(), yearlyFee = 12000, services = "改", version = tier.GetProperty("version").GetInt64() }),
            };
        }, Only(200, writers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/fee-tiers/{tierId}/history",
            async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/membership/alliances/{actors.AllianceA}/fee-tiers/{(await actors.NewFeeTierAsync()).GetProperty("id").GetGuid()}/history"),
            Only(200, readers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/members", AllianceA("/members"), Only(200, readers));
        yield return new("POST", "/api/membership/alliances/{allianceId}/members",
            Send(HttpMethod.Post, actors => Task.FromResult(actors.MembersPath), _ => Task.FromResult<object?>(MemberBodies.TaiwanCompany())), Only(201, writers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/members/{memberId}",
            async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"{actors.MembersPath}/{(await actors.NewMemberAsync()).GetProperty("id").GetGuid()}"),
            Only(200, readers));
        yield return new("PUT", "/api/membership/alliances/{allianceId}/members/{memberId}", async (actors, _) =>
        {
            var member = await actors.NewMemberAsync();
            return new HttpRequestMessage(HttpMethod.Put, $"{actors.MembersPath}/{member.GetProperty("id").GetGuid()}")
            {
                Content = JsonContent.Create(new
                {
                    name = member.GetProperty("name").GetString(), organisationKind = "taiwan-company",
                    registrationNumber = member.GetProperty("registrationNumber").GetString(), county = "臺中市",
                    version = member.GetProperty("version").GetInt64(),
                }),
            };
        }, Only(200, writers));
        yield return new("DELETE", "/api/membership/alliances/{allianceId}/members/{memberId}", async (actors, _) =>
        {
            var member = await actors.NewMemberAsync();
            return new HttpRequestMessage(HttpMethod.Delete,
                $"{actors.MembersPath}/{member.GetProperty("id").GetGuid()}?version={member.GetProperty("version").GetInt64()}");
        }, Only(204, writers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/members/{memberId}/history",
            async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"{actors.MembersPath}/{(await actors.NewMemberAsync()).GetProperty("id").GetGuid()}/history"),
            Only(200, readers));
        yield return new("POST", "/api/membership/alliances/{allianceId}/members/{memberId}/contracts", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"{actors.MembersPath}/{(await actors.NewMemberAsync()).GetProperty("id").GetGuid()}/contracts")
            {
                Content = JsonContent.Create(new { start = "2019-02-01", end = "2020-01-31", paid = false, fee = 0 }),
            }, Only(201, writers));
        yield return new("PUT", "/api/membership/alliances/{allianceId}/members/{memberId}/contracts/{contractId}", async (actors, _) =>
        {
            var (memberId, contract) = await actors.NewContractAsync();
            return new HttpRequestMessage(HttpMethod.Put, $"{actors.MembersPath}/{memberId}/contracts/{contract.GetProperty("id").GetGuid()}")
            {
                Content = JsonContent.Create(new { start = "2019-01-01", end = "2019-10-30", paid = true, fee = 30000, version = contract.GetProperty("version").GetInt64() }),
            };
        }, Only(200, writers));
        // Foreign reference in the body: alliance B's fee tier in a contract of alliance A (422 naming feeTierId).
        yield return new("POST", "/api/membership/alliances/{allianceId}/members/{memberId}/contracts", async (actors, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"{actors.MembersPath}/{(await actors.NewMemberAsync()).GetProperty("id").GetGuid()}/contracts")
            {
                Content = JsonContent.Create(new { start = "2019-02-01", end = "2020-01-31", feeTierId = await actors.NewFeeTierOfBAsync(), paid = true, fee = 30000 }),
            }, Only(422, writers));
        yield return new("PUT", "/api/membership/alliances/{allianceId}/members/{memberId}/contracts/{contractId}", async (actors, _) =>
        {
            var (memberId, contract) = await actors.NewContractAsync();
            return new HttpRequestMessage(HttpMethod.Put, $"{actors.MembersPath}/{memberId}/contracts/{contract.GetProperty("id").GetGuid()}")
            {
                Content = JsonContent.Create(new
                {
                    start = "2019-01-01", end = "2019-12-31", feeTierId = await actors.NewFeeTierOfBAsync(), paid = true, fee = 30000,
                    version = contract.GetProperty("version").GetInt64(),
                }),
            };
        }, Only(422, writers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/members/{memberId}/contracts/{contractId}/history", async (actors, _) =>
        {
            var (memberId, contract) = await actors.NewContractAsync();
            return new HttpRequestMessage(HttpMethod.Get, $"{actors.MembersPath}/{memberId}/contracts/{contract.GetProperty("id").GetGuid()}/history");
        }, Only(200, readers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/member-summary", AllianceA("/member-summary?year=108"), Only(200, readers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/members/import-template", AllianceA("/members/import-template"), Only(200, readers));
        yield return new("POST", "/api/membership/alliances/{allianceId}/members/import", (actors, _) =>
            Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"{actors.MembersPath}/import")
            {
                Content = MemberSheets.Upload(MemberSheets.Build([MemberSheets.Company()])),
            }), Only(200, writers));
        yield return new("GET", "/api/membership/alliances/{allianceId}/members/export", AllianceA("/members/export?year=108"), Only(200, readers));

        // Revenue: subsidies (the centre writes), income entries (the alliance's PI and assistants write) and the summary.
        yield return new("GET", "/api/revenue/subsidies", Get("/api/revenue/subsidies?year=108"), Everyone(200));
        yield return new("PUT", "/api/revenue/alliances/{allianceId}/subsidies/{year}", async (actors, _) =>
        {
            await actors.RevenueReadyAsync();
            var read = await actors.System.Admin.GetFromJsonAsync<JsonElement>($"/api/revenue/alliances/{actors.AllianceA}/subsidies/108");
            return new HttpRequestMessage(HttpMethod.Put, $"/api/revenue/alliances/{actors.AllianceA}/subsidies/108")
            {
                Content = JsonContent.Create(new { amount = 2_000_000, version = read.GetProperty("version").GetInt64() }),
            };
        }, Only(200, CentreAdmin));
        yield return new("GET", "/api/revenue/alliances/{allianceId}/subsidies/{year}", Revenue("/subsidies/108"), Only(200, readers));
        yield return new("GET", "/api/revenue/alliances/{allianceId}/subsidies/{year}/history", Revenue("/subsidies/108/history"), Only(200, readers));
        yield return new("GET", "/api/revenue/alliances/{allianceId}/incomes", Revenue("/incomes?year=108"), Only(200, readers));
        yield return new("POST", "/api/revenue/alliances/{allianceId}/incomes", async (actors, _) =>
        {
            await actors.RevenueReadyAsync();
            return new HttpRequestMessage(HttpMethod.Post, actors.IncomesPath) { Content = JsonContent.Create(MatrixActors.IncomeBody(50_000)) };
        }, Only(201, writers));
        yield return new("GET", "/api/revenue/alliances/{allianceId}/incomes/{incomeId}",
            async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"{actors.IncomesPath}/{(await actors.NewIncomeAsync()).GetProperty("id").GetGuid()}"),
            Only(200, readers));
        yield return new("PUT", "/api/revenue/alliances/{allianceId}/incomes/{incomeId}", async (actors, _) =>
        {
            var income = await actors.NewIncomeAsync();
            var body = JsonSerializer.SerializeToNode(MatrixActors.IncomeBody(120_000))!.AsObject();
            body["version"] = income.GetProperty("version").GetInt64();
            body["reason"] = "矩陣更正";
            return new HttpRequestMessage(HttpMethod.Put, $"{actors.IncomesPath}/{income.GetProperty("id").GetGuid()}") { Content = JsonContent.Create(body) };
        }, Only(200, writers));
        // A foreign reference in the body: alliance B's member named in alliance A's entry is refused even to A's writers.
        yield return new("POST", "/api/revenue/alliances/{allianceId}/incomes", async (actors, _) =>
        {
            await actors.RevenueReadyAsync();
            var foreign = ForeignReferences.IncomeNaming(await ForeignReferences.MemberOfBKnownToRevenueAsync(actors));
            return new HttpRequestMessage(HttpMethod.Post, actors.IncomesPath) { Content = JsonContent.Create(foreign) };
        }, Only(422, writers));
        yield return new("PUT", "/api/revenue/alliances/{allianceId}/incomes/{incomeId}", async (actors, _) =>
        {
            var income = await actors.NewIncomeAsync();
            var body = JsonSerializer.SerializeToNode(ForeignReferences.IncomeNaming(await ForeignReferences.MemberOfBKnownToRevenueAsync(actors)))!.AsObject();
            body["version"] = income.GetProperty("version").GetInt64();
            body["reason"] = "矩陣外來參照";
            return new HttpRequestMessage(HttpMethod.Put, $"{actors.IncomesPath}/{income.GetProperty("id").GetGuid()}") { Content = JsonContent.Create(body) };
        }, Only(422, writers));
        yield return new("POST", "/api/revenue/alliances/{allianceId}/incomes/{incomeId}/void", async (actors, _) =>
        {
            var income = await actors.NewIncomeAsync();
            return new HttpRequestMessage(HttpMethod.Post, $"{actors.IncomesPath}/{income.GetProperty("id").GetGuid()}/void")
            {
                Content = JsonContent.Create(new { reason = "矩陣作廢", version = income.GetProperty("version").GetInt64() }),
            };
        }, Only(200, writers));
        yield return new("GET", "/api/revenue/alliances/{allianceId}/incomes/{incomeId}/history",
            async (actors, _) => new HttpRequestMessage(HttpMethod.Get, $"{actors.IncomesPath}/{(await actors.NewIncomeAsync()).GetProperty("id").GetGuid()}/history"),
            Only(200, readers));
        yield return new("GET", "/api/revenue/alliances/{allianceId}/summary", Revenue("/summary?year=108"), Only(200, readers));
        foreach (var row in ActivityRows())
        {
            yield return row;
        }

        foreach (var row in SiteVisitRows())
        {
            yield return row;
        }

        foreach (var row in ReportingRows())
        {
            yield return row;
        }

        foreach (var row in RoundReportRows())
        {
            yield return row;
        }

        foreach (var row in ReminderRows())
        {
            yield return row;
        }

        foreach (var row in ProgrammeRows())
        {
            yield return row;
        }

        // The other services' first endpoints.
        yield return new("GET", "/api/revenue/income-categories", Get("/api/revenue/income-categories"), Everyone(200));
        yield return new("GET", "/api/activity/kpis", Get("/api/activity/kpis"), Everyone(200));
        yield return new("GET", "/api/site-visits/review-points", Get("/api/site-visits/review-points"), Everyone(200));
        yield return new("GET", "/api/reporting/alliances", Get("/api/reporting/alliances"), Everyone(200));
    }

    private static async Task<HttpRequestMessage> UpdateThrowawayUser(MatrixActors actors, Actor actor)
    {
        var userName = await ThrowawayUserAsync(actors);
        var current = await actors.System.Admin.GetFromJsonAsync<JsonElement>($"/api/auth/users/{userName}");
        return new HttpRequestMessage(HttpMethod.Put, $"/api/auth/users/{userName}")
        {
            Content = JsonContent.Create(new { displayName = "Renamed", roles = new[] { "reviewer" }, disabled = false, version = current.GetProperty("version").GetInt64() }),
        };
    }

    private static async Task<HttpRequestMessage> WithdrawApprovedAssistant(MatrixActors actors, Actor actor)
    {
        var (userName, registrationId) = await actors.PendingRegistrationAsync();
        using var approved = await actors.Client(Pi).PostAsync($"/api/auth/registrations/{registrationId}/approve", null);
        approved.EnsureSuccessStatusCode();
        return new HttpRequestMessage(HttpMethod.Post, $"/api/auth/assistants/{userName}/withdraw");
    }

    private static object NewDomain() => new { code = TestDomains.NewCode(), nameZh = "測試領域", nameEn = "Test domain", sortOrder = 99 };

    private static async Task<HttpRequestMessage> RenameAllianceA(MatrixActors actors, Actor actor)
    {
        var current = await actors.System.Admin.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{actors.AllianceA}");
        return new HttpRequestMessage(HttpMethod.Put, $"/api/membership/alliances/{actors.AllianceA}")
        {
            Content = JsonContent.Create(new
            {
                name = current.GetProperty("name").GetString(),
                hostInstitution = current.GetProperty("hostInstitution").GetString(),
                domainCode = current.GetProperty("domainCode").GetString(),
                phase = current.GetProperty("phase").GetInt32(),
                yearInPhase = current.GetProperty("yearInPhase").GetInt32(),
                piUserName = current.GetProperty("piUserName").GetString(),
                version = current.GetProperty("version").GetInt64(),
            }),
        };
    }

    private static async Task<HttpRequestMessage> TerminateThrowawayAlliance(MatrixActors actors, Actor actor)
    {
        using var created = await actors.System.Admin.PostAsJsonAsync("/api/membership/alliances", AllianceRegistrationTests.NewAlliance(AllianceRegistrationTests.UniqueCode()));
        var alliance = await created.Content.ReadFromJsonAsync<JsonElement>();
        return new HttpRequestMessage(HttpMethod.Post, $"/api/membership/alliances/{alliance.GetProperty("id").GetGuid()}/terminate")
        {
            Content = JsonContent.Create(new { terminatedOn = "2020-01-31", reason = "matrix", version = alliance.GetProperty("version").GetInt64() }),
        };
    }

    private static async Task<HttpRequestMessage> RenameThrowawayDomain(MatrixActors actors, Actor actor)
    {
        using var created = await actors.System.Admin.PostAsJsonAsync("/api/membership/domains", NewDomain());
        var domain = await created.Content.ReadFromJsonAsync<JsonElement>();
        return new HttpRequestMessage(HttpMethod.Put, $"/api/membership/domains/{domain.GetProperty("code").GetString()}")
        {
            Content = JsonContent.Create(new { nameZh = "改名領域", nameEn = "Renamed domain", sortOrder = 98, version = domain.GetProperty("version").GetInt64() }),
        };
    }
}
