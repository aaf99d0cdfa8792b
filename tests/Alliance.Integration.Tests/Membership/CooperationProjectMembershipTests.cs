using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.Revenue;
using Alliance.Integration.Tests.EndToEnd;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Membership;

/// <summary>
/// Membership's side of the special case: revenue's CooperationProjectRecorded makes a firm a
/// member over the project's period, counted as free, once; older or repeated events change
/// nothing; a project that stops qualifying, or is voided, takes the derived membership away.
/// </summary>
public sealed class CooperationProjectMembershipTests(SystemFixture system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QualifyingProject_WithANonMember_MakesItAFreeEffectiveFirmMember_Once()
    {
        var (pi, alliance) = await NewAllianceAsync();
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        var project = Project(alliance, version: 1);

        await bus.PublishAsync(project, Cancel);
        var member = await MemberNamedAsync(pi, alliance, project.FirmName, m => m.GetProperty("isEffectiveFirmMember").GetBoolean());
        var sameStateAgain = project with { EventId = Guid.NewGuid() };
        await bus.PublishAsync(project, Cancel);
        await bus.PublishAsync(sameStateAgain, Cancel);
        await ConsumedAsync(sameStateAgain.EventId);
        await bus.PublishAsync(project with { EventId = Guid.NewGuid(), Version = 2, PeriodEnd = new DateOnly(2019, 10, 30) }, Cancel);
        await MemberNamedAsync(pi, alliance, project.FirmName, m => !m.GetProperty("isEffectiveFirmMember").GetBoolean());
        var olderStateLate = project with { EventId = Guid.NewGuid(), Version = 1 };
        await bus.PublishAsync(olderStateLate, Cancel);
        await ConsumedAsync(olderStateLate.EventId);

        var summary = await SummaryAsync(pi, alliance);
        var detail = await pi.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance}/members/{member.GetProperty("memberId").GetGuid()}", Cancel);
        var contract = Assert.Single(detail.GetProperty("contracts").EnumerateArray());
        Assert.Equal("cooperation-project", contract.GetProperty("source").GetString());
        Assert.Equal("2019-10-30", contract.GetProperty("end").GetString());
        Assert.False(contract.GetProperty("paid").GetBoolean());
        Assert.Single(summary.GetProperty("members").EnumerateArray(), m => m.GetProperty("name").GetString() == project.FirmName);
        Assert.Equal(["contract-ends-before-cutoff"], Reasons(member: Named(summary, project.FirmName)));
        Assert.True(member.GetProperty("isEffectiveFirmMember").GetBoolean());
        Assert.Equal("north", member.GetProperty("region").GetString());
        Assert.False(member.GetProperty("paid").GetBoolean());
    }

    [Fact]
    public async Task ProjectNotSignedByThePi_OrVoided_DerivesNoMembership()
    {
        var (pi, alliance) = await NewAllianceAsync();
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        var unsigned = Project(alliance, version: 1) with { SignedByPi = false };
        var voided = Project(alliance, version: 1);

        await bus.PublishAsync(unsigned, Cancel);
        await bus.PublishAsync(voided, Cancel);
        await MemberNamedAsync(pi, alliance, voided.FirmName, m => m.GetProperty("isEffectiveFirmMember").GetBoolean());
        await bus.PublishAsync(new IncomeVoided
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, IncomeId = voided.ProjectId, AllianceId = alliance,
            Category = "industry-academia-cooperation", Year = 108, Reason = "重複登錄", Version = 2,
        }, Cancel);

        var member = await MemberNamedAsync(pi, alliance, voided.FirmName, m => !m.GetProperty("isEffectiveFirmMember").GetBoolean());
        Assert.Equal(["no-contract"], Reasons(member));
        var summary = await SummaryAsync(pi, alliance);
        Assert.DoesNotContain(summary.GetProperty("members").EnumerateArray(), m => m.GetProperty("name").GetString() == unsigned.FirmName);
    }

    [Fact]
    public async Task DerivedContract_CannotBeEditedInMembership()
    {
        var (pi, alliance) = await NewAllianceAsync();
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        var project = Project(alliance, version: 1);
        await bus.PublishAsync(project, Cancel);
        var member = await MemberNamedAsync(pi, alliance, project.FirmName, m => m.GetProperty("isEffectiveFirmMember").GetBoolean());
        var memberId = member.GetProperty("memberId").GetGuid();
        var detail = await pi.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance}/members/{memberId}", Cancel);
        var contract = detail.GetProperty("contracts")[0];

        using var edit = await pi.PutAsJsonAsync(
            $"/api/membership/alliances/{alliance}/members/{memberId}/contracts/{project.ProjectId}",
            new { start = "2019-01-01", end = "2019-12-31", paid = false, fee = 0, version = contract.GetProperty("version").GetInt64() }, Cancel);
        var history = await pi.GetFromJsonAsync<JsonElement>(
            $"/api/membership/alliances/{alliance}/members/{memberId}/contracts/{project.ProjectId}/history", Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, edit.StatusCode);
        Assert.Equal("revenue", history[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task MemberResponse_SaysWhetherDerived_AndRemovingADerivedMemberIs422WithItsCode()
    {
        var (pi, alliance) = await NewAllianceAsync();
        await using var bus = await SystemBus.StartAsync(system, Cancel);
        var project = Project(alliance, version: 1);
        await bus.PublishAsync(project, Cancel);
        var derivedId = (await MemberNamedAsync(pi, alliance, project.FirmName, m => m.GetProperty("isEffectiveFirmMember").GetBoolean()))
            .GetProperty("memberId").GetGuid();
        using var added = await pi.PostAsJsonAsync($"/api/membership/alliances/{alliance}/members", MemberBodies.TaiwanCompany(), Cancel);
        var ownId = (await added.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        using (var contract = await pi.PostAsJsonAsync($"/api/membership/alliances/{alliance}/members/{ownId}/contracts",
            new { start = "2019-01-01", end = "2019-12-31", paid = false, fee = 0 }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, contract.StatusCode);
        }

        var derived = await pi.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance}/members/{derivedId}", Cancel);
        var own = await pi.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance}/members/{ownId}", Cancel);
        using var remove = new HttpRequestMessage(HttpMethod.Delete,
            $"/api/membership/alliances/{alliance}/members/{derivedId}?version={derived.GetProperty("version").GetInt64()}");
        remove.Headers.AcceptLanguage.ParseAdd("en");
        using var removed = await pi.SendAsync(remove, Cancel);
        var problem = await removed.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        static string Flags(JsonElement member) =>
            $"derived={member.GetProperty("derived").GetBoolean()} canRemove={member.GetProperty("canRemove").GetBoolean()} "
            + $"canEdit={string.Join(',', member.GetProperty("contracts").EnumerateArray().Select(c => c.GetProperty("canEdit").GetBoolean()))}";
        Assert.Equal("derived=True canRemove=False canEdit=False", Flags(derived));
        Assert.Equal("derived=False canRemove=True canEdit=True", Flags(own));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "derived-from-cooperation-project"), (removed.StatusCode, problem.GetProperty("code").GetString()));
        Assert.Equal("This membership comes from a cooperation project; correct or void the project in the income entries.",
            problem.GetProperty("errors").GetProperty("memberId")[0].GetString());
    }

    /// <summary>Membership's inbox has the event: its effect, if any, is committed.</summary>
    private async Task ConsumedAsync(Guid eventId)
    {
        var connectionString = await system.ConnectionStringAsync(ResourceNames.MembershipDb);
        await Eventually.Until(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(Cancel);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE event_id = @id", connection);
            command.Parameters.AddWithValue("id", eventId);
            return (long)(await command.ExecuteScalarAsync(Cancel))! == 1;
        }, Wait, $"membership to consume event {eventId}");
    }

    private static CooperationProjectRecorded Project(Guid alliance, long version) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ProjectId = Guid.CreateVersion7(), AllianceId = alliance, Year = 108,
        FirmName = $"合作廠商-{Guid.NewGuid():N}"[..16], RegistrationNumber = MemberBodies.UniqueRegistrationNumber(),
        OrganisationKind = "taiwan-company", County = "台北市", SignedOn = new DateOnly(2019, 3, 1),
        PeriodStart = new DateOnly(2019, 3, 1), PeriodEnd = new DateOnly(2020, 2, 28),
        ConcernsCoreTechnology = true, SignedByPi = true, Version = version,
    };

    private async Task<JsonElement> MemberNamedAsync(HttpClient pi, Guid alliance, string name, Func<JsonElement, bool> condition) =>
        await Eventually.Until(async () => Named(await SummaryAsync(pi, alliance), name),
            member => member.ValueKind == JsonValueKind.Object && condition(member), Wait, $"member {name} in the summary");

    private static async Task<JsonElement> SummaryAsync(HttpClient pi, Guid alliance) =>
        await pi.GetFromJsonAsync<JsonElement>($"/api/membership/alliances/{alliance}/member-summary?year=108", Cancel);

    private static JsonElement Named(JsonElement summary, string name) =>
        summary.GetProperty("members").EnumerateArray().FirstOrDefault(m => m.GetProperty("name").GetString() == name);

    private static string[] Reasons(JsonElement member) =>
        member.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray();

    private async Task<(HttpClient Pi, Guid Alliance)> NewAllianceAsync()
    {
        var pi = await new TestAccounts(system).CreateAsync(["pi"]);
        using var created = await system.Admin.PostAsJsonAsync("/api/membership/alliances", new
        {
            code = AllianceRegistrationTests.UniqueCode(), name = "產學合作測試聯盟", hostInstitution = "國立成功大學",
            domainCode = "electronics", phase = 2, yearInPhase = 1, piUserName = pi.UserName,
        }, Cancel);
        var allianceId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        await Eventually.Until(async () =>
        {
            using var response = await pi.Client.GetAsync($"/api/membership/alliances/{allianceId}", Cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }, Wait, "the PI's scope to include the new alliance");
        return (pi.Client, allianceId);
    }
}
