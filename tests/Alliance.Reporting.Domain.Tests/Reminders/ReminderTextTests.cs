using Alliance.Reporting.Domain.Reminders;

namespace Alliance.Reporting.Domain.Tests.Reminders;

public sealed class ReminderTextTests
{
    private static readonly Recipient Pi = new("pi.a", "甲主持人", "pi.a@example.org");

    private static DueReminder Reminder(ReminderKind kind = ReminderKind.Reminder, string user = "pi.a", string day = "2019-10-17") => new(
        Pi with { UserName = user }, kind, ProgrammeYear.Create(108), DeadlineCode.Kpi1, new DateOnly(2019, 10, 31), DateOnly.Parse(day), false,
        Guid.Parse("00000000-0000-0000-0000-00000000000a"), "A-01", "甲聯盟", []);

    [Fact]
    public void Write_AReminder_NamesTheAllianceRoundRocDateAndLinkInChineseThenEnglish()
    {
        var words = ReminderText.Write(Reminder(), "http://localhost:5080/reporting/x");
        Assert.Equal("甲聯盟：第一次KPI填報（108-kpi-1）將於 108/10/31 截止", words.TitleZh);
        Assert.Equal("甲聯盟: first KPI report (108-kpi-1) is due on 2019-10-31", words.TitleEn);
        Assert.Contains("聯盟：A-01 甲聯盟", words.Body, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/reporting/x", words.Body, StringComparison.Ordinal);
        Assert.True(words.Body.IndexOf("截止日：108/10/31", StringComparison.Ordinal) < words.Body.IndexOf("Deadline: 2019-10-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AnOverdueNotice_SaysHowManyDaysLate()
    {
        Assert.Equal("甲聯盟：第一次KPI填報（108-kpi-1）已逾期 8 天（截止日 108/10/31）", ReminderText.Write(Reminder(ReminderKind.Overdue, day: "2019-11-08"), "/").TitleZh);
    }

    [Fact]
    public void MessageId_TheSameKey_IsTheSameId_AnotherDayOrPersonIsAnother()
    {
        var id = ReminderKey.MessageId(Reminder());
        Assert.Equal(id, ReminderKey.MessageId(Reminder()));
        Assert.EndsWith("@" + ReminderKey.MessageIdDomain, id, StringComparison.Ordinal);
        Assert.NotEqual(id, ReminderKey.MessageId(Reminder(day: "2019-10-24")));
        Assert.NotEqual(id, ReminderKey.MessageId(Reminder(user: "asst.a")));
        Assert.NotEqual(id, ReminderKey.MessageId(Reminder(ReminderKind.Overdue)));
    }
}
