using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Tests;

/// <summary>The reminder settings as the centre types them on the reminders page.</summary>
public sealed class ReminderInputTests
{
    public static TheoryData<string?, int[]?> TypedDays => new()
    {
        { "14, 7, 1", [14, 7, 1] },
        { "14,7,1", [14, 7, 1] },
        { "14，7、1", [14, 7, 1] },
        { " 3  1 ", [3, 1] },
        { "1, 3", [1, 3] },
        { "3, 3", [3, 3] },
        { "0", [0] },
        { "", null },
        { " , ", null },
        { null, null },
        { "14, seven", null },
        { "-1", null },
        { "1.5", null },
        { "99999999999", null },
    };

    [Theory]
    [MemberData(nameof(TypedDays))]
    public void Days_Typed_AreTheWholeNumbersInTheOrderTyped(string? typed, int[]? expected) => Assert.Equal(expected, ReminderInput.Days(typed));

    [Theory]
    [InlineData(9.0, 9)]
    [InlineData(0.0, 0)]
    [InlineData(24.0, 24)]
    [InlineData(8.5, null)]
    [InlineData(null, null)]
    public void Hour_Typed_IsAWholeNumberOrNothing(double? typed, int? expected) => Assert.Equal(expected, ReminderInput.Hour((decimal?)typed));

    [Fact]
    public void FormatDays_Days_ReadBackAsTyped() => Assert.Equal("14, 7, 1", ReminderInput.FormatDays(ReminderInput.Days("14,7 ,1")!));
}
