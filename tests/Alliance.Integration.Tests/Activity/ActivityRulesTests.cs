using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Contracts.Membership;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.Integration.Tests.Revenue;

namespace Alliance.Integration.Tests.Activity;

/// <summary>Activity records through the gateway: each rule refused with its code and field, in the caller's language; malformed input named.</summary>
public sealed class ActivityRulesTests(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_BrokenRules_Are422WithTheRulesCodeAndField_AndNothingIsStored()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var inForce = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));
        // The contract ends the day before the consultation.
        var ended = await alliance.AddFirmAsync(("2019-01-01", "2019-04-30"));
        var individual = await alliance.AddIndividualAsync(("2019-01-01", "2019-12-31"));
        var stranger = await MemberOfAnotherAllianceAsync(alliance);
        var seminar = await alliance.RecordOkAsync(alliance.Events, ActivityBodies.Event(kind: "seminar", title: "綠能技術研討會"));
        var cases = new (string Path, object Body, string Code, string Field)[]
        {
            (alliance.Consultations, ActivityBodies.Service(ended), "no-contract-on-date", "date"),
            (alliance.Guidance, ActivityBodies.Service(individual), "member-not-a-firm", "memberId"),
            (alliance.Outcomes, ActivityBodies.Product(stranger), "not-a-member", "memberId"),
            (alliance.Outcomes, ActivityBodies.Patent(inForce, owner: "university"), "university-patent", "owner"),
            (alliance.Consultations, ActivityBodies.Service(inForce, date: "2019-01-31"), "date-outside-programme-year", "date"),
            (alliance.Outcomes, ActivityBodies.Hires(inForce, 2, date: "2020-02-01"), "date-outside-programme-year", "date"),
            (alliance.Events, ActivityBodies.Event(date: "2020-02-01"), "date-outside-programme-year", "date"),
            // The same event (date and title, whatever the case) as the other kind.
            (alliance.Events, ActivityBodies.Event(kind: "promotion", title: " 綠能技術研討會 "), "event-recorded-as-other-kind", "kind"),
        };

        var outcomes = new List<string>();
        foreach (var (path, body, _, _) in cases)
        {
            using var response = await alliance.PostAsync(path, body, "en");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            var fields = problem.TryGetProperty("errors", out var errors) ? string.Join(',', errors.EnumerateObject().Select(e => e.Name)) : "";
            outcomes.Add($"{(int)response.StatusCode} {problem.GetProperty("code").GetString()} {fields}");
        }

        Assert.Equal(cases.Select(c => $"422 {c.Code} {c.Field}"), outcomes);
        Assert.Equal([seminar.GetProperty("id").GetGuid()], (await alliance.ListAsync($"{alliance.Events}?year=108")).Select(e => e.GetProperty("id").GetGuid()));
        foreach (var path in new[] { alliance.Consultations, alliance.Guidance, alliance.Outcomes })
        {
            Assert.Empty(await alliance.ListAsync($"{path}?year=108"));
        }
    }

    [Fact]
    public async Task Record_FirstAndLastDayOfTheYear_AndAContractEndingOnTheDay_AreAccepted()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-02-01", "2020-01-31"));

        var first = await alliance.RecordOkAsync(alliance.Consultations, ActivityBodies.Service(member, date: "2019-02-01"));
        var last = await alliance.RecordOkAsync(alliance.Guidance, ActivityBodies.Service(member, date: "2020-01-31"));
        var joint = await alliance.RecordOkAsync(alliance.Outcomes, ActivityBodies.Patent(member, kind: "patent-grant", owner: "joint"));

        Assert.All(new[] { first, last, joint }, r => Assert.Equal("accepted", r.GetProperty("status").GetString()));
        Assert.Equal(("consultations", "on-site-guidance", "patents"),
            (first.GetProperty("kpi").GetString(), last.GetProperty("kpi").GetString(), joint.GetProperty("kpi").GetString()));
        Assert.Equal(("patent-grant", "joint", JsonValueKind.Null), (joint.GetProperty("kind").GetString(), joint.GetProperty("owner").GetString(), first.GetProperty("kind").ValueKind));
        Assert.StartsWith("測試科技", first.GetProperty("memberName").GetString());
    }

    [Theory]
    [InlineData("zh-TW", "學校單獨所有")]
    [InlineData("en", "the university owns alone")]
    public async Task Record_RefusalMessage_NamesTheRuleInTheCallersLanguage(string language, string expected)
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var member = await alliance.AddFirmAsync(("2019-01-01", "2019-12-31"));

        using var response = await alliance.PostAsync(alliance.Outcomes, ActivityBodies.Patent(member, owner: "university"), language);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains(expected, problem.GetProperty("title").GetString());
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty("owner")[0].GetString());
    }

    [Fact]
    public async Task Record_MalformedFields_Are400NamingEachField()
    {
        var alliance = await ActivityAlliance.CreateAsync(system);
        var member = Guid.NewGuid();
        var cases = new (string Path, object Body, string[] Fields)[]
        {
            (alliance.Events, new { year = 108, kind = "seminar", date = "2019-05-01", title = " ", role = "hosted", attendees = 10, firmAttendees = 5 }, ["place", "title"]),
            (alliance.Events, new { year = 108, kind = "seminar", date = "2019-05-01", title = "研討會", place = "臺中", role = "co-hosted", attendees = 10, firmAttendees = 11 }, ["firmAttendees"]),
            (alliance.Events, new { year = 300, kind = "seminar", date = "2019-05-01", title = "研討會", place = "臺中", role = "hosted", attendees = 10, firmAttendees = 1 }, ["year"]),
            (alliance.Consultations, new { year = 108, date = "2019-05-01", memberId = member, topic = "諮詢", hours = 0 }, ["hours"]),
            (alliance.Guidance, new { year = 108, date = "2019-05-01", topic = "指導", hours = 2.5 }, ["memberId"]),
            (alliance.Outcomes, new { year = 108, kind = "patent-grant", date = "2019-05-01", memberId = member, title = "專利" }, ["country", "owner", "patentNumber"]),
            (alliance.Outcomes, new { year = 108, kind = "new-hire", date = "2019-05-01", memberId = member, title = "工程師" }, ["people"]),
            (alliance.Outcomes, new { year = 108, kind = "derived-output-value", date = "2019-05-01", memberId = member, title = "產值", amount = -5 }, ["amount"]),
            (alliance.Outcomes, new { year = 108, kind = "new-gadget", date = "2019-05-01", memberId = member, title = "產品" }, ["kind"]),
        };

        foreach (var (path, body, fields) in cases)
        {
            using var response = await alliance.Pi.PostAsJsonAsync(path, body, Cancel);
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {text}");
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            Assert.Equal(fields, errors.EnumerateObject().Select(e => e.Name).Order());
        }

        Assert.Empty(await alliance.ListAsync($"{alliance.Outcomes}?year=108"));
    }

    /// <summary>A firm member of another alliance, known to activity's copy (published as membership would).</summary>
    private async Task<Guid> MemberOfAnotherAllianceAsync(ActivityAlliance alliance)
    {
        var memberId = Guid.NewGuid();
        await MembershipEvents.PublishAsync(system, new MemberJoined
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Member = MembershipEvents.Firm(memberId, Guid.NewGuid(), 1, ("2019-01-01", "2019-12-31")),
        });
        await alliance.WaitForMemberCopyAsync(memberId, 1);
        return memberId;
    }
}
