using System.Globalization;
using System.Text;

namespace Alliance.Reporting.Domain.Reminders;

/// <summary>A reminder's words: a short title per language for the notification list, and the e-mail (Chinese, English below).</summary>
public sealed record ReminderWords(string TitleZh, string TitleEn, string Subject, string Body);

/// <summary>Writes a reminder in Chinese and English, naming the alliance, the round, the deadline (ROC date in Chinese) and the link.</summary>
public static class ReminderText
{
    public static (string Zh, string En) NameOf(DeadlineCode deadline) => deadline switch
    {
        DeadlineCode.Targets => ("預期成果填報", "expected targets"),
        DeadlineCode.Progress1 => ("第一次進度回報", "first progress return"),
        DeadlineCode.Progress2 => ("第二次進度回報", "second progress return"),
        DeadlineCode.Kpi1 => ("第一次KPI填報", "first KPI report"),
        DeadlineCode.Kpi1Corrections => ("第一次KPI填報補件", "corrections of the first KPI report"),
        DeadlineCode.Kpi2 => ("第二次KPI填報", "second KPI report"),
        DeadlineCode.Kpi2Corrections => ("第二次KPI填報補件", "corrections of the second KPI report"),
        _ => (Deadlines.Code(deadline), Deadlines.Code(deadline)),
    };

    public static ReminderWords Write(DueReminder reminder, string link)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var (zh, en) = NameOf(reminder.Deadline);
        var roc = RocDate.Format(reminder.DeadlineDate);
        var iso = reminder.DeadlineDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var round = reminder.Round?.Id ?? string.Create(CultureInfo.InvariantCulture, $"{reminder.Year.Roc}-targets");
        var late = reminder.Day.DayNumber - reminder.DeadlineDate.DayNumber;
        var (titleZh, titleEn) = reminder.Kind switch
        {
            ReminderKind.Reminder => ($"{reminder.AllianceName}：{zh}（{round}）將於 {roc} 截止", $"{reminder.AllianceName}: {en} ({round}) is due on {iso}"),
            ReminderKind.Overdue => ($"{reminder.AllianceName}：{zh}（{round}）已逾期 {late} 天（截止日 {roc}）", $"{reminder.AllianceName}: {en} ({round}) is {late} days overdue (due {iso})"),
            _ => ($"逾期名單：{zh}（{round}，截止日 {roc}）尚有 {reminder.Overdue.Count} 個聯盟未送出", $"Overdue list: {reminder.Overdue.Count} alliances have not submitted the {en} ({round}, due {iso})"),
        };

        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"{reminder.To.DisplayName} 您好：").AppendLine();
        body.AppendLine(titleZh);
        AppendAlliances(body, reminder, a => $"{a.Code} {a.Name}：逾期 {a.DaysLate} 天");
        if (reminder.Kind != ReminderKind.OverdueList)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"聯盟：{reminder.AllianceCode} {reminder.AllianceName}");
        }

        body.AppendLine(CultureInfo.InvariantCulture, $"填報期別：{round}　截止日：{roc}");
        body.AppendLine(CultureInfo.InvariantCulture, $"請至：{link}").AppendLine().AppendLine("----").AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"Dear {reminder.To.DisplayName},").AppendLine();
        body.AppendLine(titleEn);
        AppendAlliances(body, reminder, a => $"{a.Code} {a.Name}: {a.DaysLate} days late");
        if (reminder.Kind != ReminderKind.OverdueList)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"Alliance: {reminder.AllianceCode} {reminder.AllianceName}");
        }

        body.AppendLine(CultureInfo.InvariantCulture, $"Round: {round}  Deadline: {iso}");
        body.AppendLine(CultureInfo.InvariantCulture, $"Open: {link}");
        return new ReminderWords(titleZh, titleEn, $"{titleZh} / {titleEn}", body.ToString());
    }

    private static void AppendAlliances(StringBuilder body, DueReminder reminder, Func<OverdueAlliance, string> line)
    {
        foreach (var alliance in reminder.Overdue)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"  - {line(alliance)}");
        }
    }
}
