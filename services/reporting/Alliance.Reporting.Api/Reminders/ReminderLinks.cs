using Alliance.Reporting.Domain.Reminders;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>The web UI's page a reminder points to, relative to the gateway.</summary>
internal static class ReminderLinks
{
    public static string Of(DueReminder reminder) => reminder switch
    {
        { Kind: ReminderKind.OverdueList } => $"/notifications/reminders?year={reminder.Year.Roc}",
        { Round: { } round } => $"/reporting/alliances/{reminder.AllianceId}/rounds/{round.Id}",
        _ => $"/reporting/alliances/{reminder.AllianceId}/targets?year={reminder.Year.Roc}",
    };
}
