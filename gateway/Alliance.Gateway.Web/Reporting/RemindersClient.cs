using System.Globalization;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.Reporting;

/// <summary>Reporting's reminder routes as the centre's reminders page uses them: a year's settings, schedule and log, and a round's send-now.</summary>
internal sealed class RemindersClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.Reporting;
    private const string Prefix = "/api/reporting";

    /// <summary>The year's settings; the defaults at version 0 until the centre changes them. 404 for a year not opened.</summary>
    public Task<ReminderSettingsRow> GetSettingsAsync(int year) => calls.GetAsync<ReminderSettingsRow>(Service, Settings(year));

    public Task<ReminderSettingsRow> ChangeSettingsAsync(int year, ReminderSettingsRow body) => calls.PutAsync<ReminderSettingsRow>(Service, Settings(year), body);

    public Task<ReminderScheduleRow> GetScheduleAsync(int year) => calls.GetAsync<ReminderScheduleRow>(Service, $"{Prefix}/reminders/schedule?year={Number(year)}");

    public Task<ReminderLogRow[]> GetLogAsync(int year) => calls.GetAsync<ReminderLogRow[]>(Service, $"{Prefix}/reminders/log?year={Number(year)}");

    public Task<SendNowRow> SendNowAsync(string roundId) =>
        calls.PostAsync<SendNowRow>(Service, $"{Prefix}/reminders/{Uri.EscapeDataString(roundId)}/send-now", new { });

    private static string Settings(int year) => $"{Prefix}/years/{Number(year)}/reminder-settings";

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
