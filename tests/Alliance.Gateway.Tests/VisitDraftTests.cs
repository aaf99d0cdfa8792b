using System.Globalization;
using Alliance.Gateway.Web.SiteVisit;

namespace Alliance.Gateway.Tests;

public sealed class VisitDraftTests
{
    private static readonly Guid AllianceId = Guid.Parse("3b0c9f0e-5d7a-4b4e-9a6f-1c2d3e4f5a6b");

    [Fact]
    public void New_InChinese_StartsWithTheFourAgendaItemsInOrder()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-TW");
        try
        {
            Assert.Equal(["簡報及成果展示", "綜合交流", "審查委員填寫審查表", "查訪結果說明"], VisitDraft.New().Agenda.Select(a => a.Text));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("2019-05-15", false)]
    [InlineData("2019-08-20", true)]
    [InlineData(null, false)]
    public void NeedsReason_Date_OnlyOutsideAprilToJuly(string? date, bool expected) =>
        Assert.Equal(expected, new VisitDraft { Date = date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture) }.NeedsReason(108));

    [Fact]
    public void Body_InWindow_SendsTaiwanStartNonBlankAgendaAndNoReason()
    {
        var draft = new VisitDraft
        {
            AllianceId = AllianceId.ToString(), Date = new(2019, 5, 15), Time = new(14, 0), Place = " 臺大工學院 ", Reason = "left over",
            Agenda = [new() { Text = "簡報" }, new() { Text = "  " }, new() { Text = "交流 " }],
        };

        var body = draft.Body(108);

        Assert.Equal(AllianceId, body.AllianceId);
        Assert.Equal(DateTimeOffset.Parse("2019-05-15T14:00:00+08:00", CultureInfo.InvariantCulture), body.StartsAt);
        Assert.Equal(TimeSpan.FromHours(8), body.StartsAt!.Value.Offset);
        Assert.Equal("臺大工學院", body.Place);
        Assert.Equal(["簡報", "交流"], body.Agenda!);
        Assert.Null(body.Reason);
        Assert.Null(body.Version);
    }

    [Fact]
    public void Body_OutsideWindowOrWithoutTime_KeepsTheReasonAndLeavesTheStartOut()
    {
        var draft = new VisitDraft { Date = new(2019, 9, 2), Time = null, Reason = " 聯盟主持人出國 " };

        var body = draft.Body(108, version: 4);

        Assert.Null(body.StartsAt);
        Assert.Null(body.AllianceId);
        Assert.Equal(("聯盟主持人出國", 4L), (body.Reason, body.Version));
    }

    [Fact]
    public void From_Visit_ReadsTheTaiwanDateAndTime()
    {
        var visit = new VisitRow(Guid.NewGuid(), AllianceId, "A1", "聯盟", "臺大", "ict", 108,
            DateTimeOffset.Parse("2019-05-15T01:30:00+00:00", CultureInfo.InvariantCulture), "臺大", ["簡報"], null, "scheduled", false, 2);

        var draft = VisitDraft.From(visit);

        Assert.Equal((new DateOnly(2019, 5, 15), new TimeOnly(9, 30)), (draft.Date, draft.Time));
        Assert.Equal(["簡報"], draft.Agenda.Select(a => a.Text));
    }
}
