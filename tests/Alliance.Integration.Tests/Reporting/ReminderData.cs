using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;
using Alliance.ServiceDefaults;
using Npgsql;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>What the reminder tests make and read: assistants with addresses, the log and the .eml folder.</summary>
internal sealed class ReminderData(SystemFixture system)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public string MailFolder => Path.Combine(system.DataDirectory, "mail");

    /// <summary>An assistant with an e-mail address who registered for the alliance; approved by its PI when <paramref name="approve"/>.</summary>
    public async Task<(string UserName, string Email)> AssistantAsync(ReportingAlliance alliance, bool approve)
    {
        var userName = TestAccounts.UniqueName("asst");
        var email = $"{userName}@example.org";
        using var registered = await system.Gateway.PostAsJsonAsync("/api/auth/registrations",
            new { userName, displayName = "林助理", password = TestAccounts.StrongPassword, allianceCode = alliance.Code, email }, Cancel);
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Cancel));
        if (approve)
        {
            var id = (await registered.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
            using var approved = await alliance.Pi.PostAsync($"/api/auth/registrations/{id}/approve", null, Cancel);
            approved.EnsureSuccessStatusCode();
        }

        return (userName, email);
    }

    /// <summary>Waits until reporting's copy of the people holds the assistant approved, with the address.</summary>
    public async Task ApprovalKnownAsync(string userName)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(ResourceNames.ReportingDb));
        await connection.OpenAsync(Cancel);
        await Eventually.Until(async () =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM roster_assistant_approvals a JOIN roster_people p ON p.user_id = a.user_id WHERE a.user_name = @name AND a.approved AND p.email IS NOT NULL",
                connection);
            command.Parameters.AddWithValue("name", userName);
            return (long)(await command.ExecuteScalarAsync(Cancel))! == 1;
        }, TimeSpan.FromSeconds(30), $"reporting's copy of the people to hold {userName} approved with an address");
    }

    public async Task<JsonElement> SendNowAsync(string roundId)
    {
        using var response = await system.Admin.PostAsync($"/api/reporting/reminders/{roundId}/send-now", null, Cancel);
        return await ReportingAlliance.OkAsync(response);
    }

    public async Task<JsonElement[]> LogAsync(int year) =>
        [.. (await system.Admin.GetFromJsonAsync<JsonElement>($"/api/reporting/reminders/log?year={year}", Cancel)).EnumerateArray()];

    /// <summary>The .eml file addressed to <paramref name="email"/>, once written.</summary>
    public async Task<string> EmlToAsync(string email) =>
        await Eventually.Until(
            () => Task.FromResult(Directory.Exists(MailFolder)
                ? Directory.GetFiles(MailFolder, "*.eml").FirstOrDefault(f => File.ReadAllText(f).Contains(email, StringComparison.Ordinal)) ?? ""
                : ""),
            path => path.Length > 0, TimeSpan.FromSeconds(30), $"an .eml to {email}");
}
