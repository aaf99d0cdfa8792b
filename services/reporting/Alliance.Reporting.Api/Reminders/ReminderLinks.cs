using Alliance.Reporting.Domain.Reminders;

namespace Alliance.Reporting.Api.Reminders;

/// <summary>
/// The web UI's page a reminder points to, relative to the gateway: the round's summary table, the year's targets, and
/// for the centre's overdue list the year's calendar of deadlines.
/// </summary>
internal static class ReminderLinks
{
    public static string Of(DueReminder reminder) => reminder switch
    {
        { Kind: ReminderKind.OverdueList } => $"/reporting/years?year={reminder.Year.Roc}",
        { Round: { } round } => $"/alliances/{reminder.AllianceId}/summary?round={round.Id}",
        _ => $"/alliances/{reminder.AllianceId}/targets?year={reminder.Year.Roc}",
    };
}
