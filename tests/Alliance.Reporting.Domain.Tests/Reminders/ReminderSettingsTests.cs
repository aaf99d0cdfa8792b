using Alliance.Reporting.Domain.Reminders;

namespace Alliance.Reporting.Domain.Tests.Reminders;

public sealed class ReminderSettingsTests
{
    public static TheoryData<int[]?, int?, string> Cases => new()
    {
        { [14, 7, 1], 9, "14,7,1 at 9" },
        { [1, 30, 3], 0, "30,3,1 at 0" },
        { [90], 23, "90 at 23" },
        { null, 9, "daysBefore" },
        { [], 9, "daysBefore" },
        { [7, 7], 9, "daysBefore" },
        { [0], 9, "daysBefore" },
        { [91], 9, "daysBefore" },
        { [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 9, "daysBefore" },
        { [7], 24, "hour" },
        { [7], -1, "hour" },
        { [7], null, "hour" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryCreate_DaysAndHour_AreKeptDescendingOrTheFirstBadFieldNamed(int[]? days, int? hour, string expected)
    {
        var created = ReminderSettings.TryCreate(days, hour, out var settings, out var badField);
        Assert.Equal(expected, created ? $"{string.Join(',', settings.DaysBefore)} at {settings.Hour}" : badField);
    }
}
