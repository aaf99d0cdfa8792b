using Alliance.Gateway.Web.Activity;

namespace Alliance.Gateway.Tests;

public sealed class ActivityDraftTests
{
    private static readonly Guid MemberId = Guid.Parse("6a1f0c7e-2b7d-4c1e-9a52-0d3f4e5a6b7c");

    public static TheoryData<string, OutcomeFields> FieldsByOutcomeKind => new()
    {
        { "new-product", OutcomeFields.None },
        { "new-technology", OutcomeFields.None },
        { "patent-application", OutcomeFields.Patent },
        { "patent-grant", OutcomeFields.Patent },
        { "new-hire", OutcomeFields.People },
        { "derived-output-value", OutcomeFields.Amount },
        { "unknown", OutcomeFields.None },
    };

    [Theory]
    [MemberData(nameof(FieldsByOutcomeKind))]
    public void FieldsOf_OutcomeKind_AsksForWhatTheKindStates(string kind, OutcomeFields expected) =>
        Assert.Equal(expected, RecordKinds.FieldsOf(kind));

    [Fact]
    public void Body_Event_SendsTheEventsFieldsAndTrimsText()
    {
        var draft = new ActivityDraft
        {
            Kind = "seminar", Date = new(2019, 5, 1), Title = " 智慧製造研討會 ", Place = "臺大", Role = "co-hosted", Attendees = 80, FirmAttendees = 35,
            MemberId = MemberId.ToString(), Topic = "left over",
        };

        var body = Assert.IsType<EventBody>(draft.Body(RecordKind.Events, 108));

        Assert.Equal(new EventBody(108, "seminar", new(2019, 5, 1), "智慧製造研討會", "臺大", "co-hosted", 80, 35), body);
    }

    [Theory]
    [InlineData(RecordKind.Consultations)]
    [InlineData(RecordKind.Guidance)]
    public void Body_ConsultationOrGuidance_SendsMemberTopicAndHours(RecordKind record)
    {
        var draft = new ActivityDraft { Kind = "seminar", Date = new(2019, 6, 3), MemberId = MemberId.ToString(), Topic = "製程改善", Hours = 2.5m, Title = "left over" };

        var body = Assert.IsType<ServiceBody>(draft.Body(record, 108));

        Assert.Equal(new ServiceBody(108, new(2019, 6, 3), MemberId, "製程改善", 2.5m), body);
    }

    [Fact]
    public void Body_PatentOutcome_SendsPatentFieldsOnly()
    {
        var draft = new ActivityDraft
        {
            Kind = "patent-grant", Date = new(2019, 7, 1), MemberId = MemberId.ToString(), Title = "夾治具", PatentNumber = " I123456 ", Country = "TW", Owner = "joint",
            People = 3, Amount = 100m,
        };

        var body = Assert.IsType<OutcomeBody>(draft.Body(RecordKind.Outcomes, 108));

        Assert.Equal(new OutcomeBody(108, "patent-grant", new(2019, 7, 1), MemberId, "夾治具", "I123456", "TW", "joint", null, null), body);
    }

    [Fact]
    public void Body_OutcomeKindChangedFromPatentToHires_DropsThePatentFields()
    {
        var draft = new ActivityDraft { Kind = "patent-application", PatentNumber = "X", Country = "TW", Owner = "member", People = 4, Amount = 9m };
        draft.Kind = "new-hire";

        var body = Assert.IsType<OutcomeBody>(draft.Body(RecordKind.Outcomes, 108));

        Assert.Equal((null, null, null, 4, null), (body.PatentNumber, body.Country, body.Owner, body.People, body.Amount));
    }

    [Fact]
    public void Body_DerivedOutputValue_SendsTheAmountOnly()
    {
        var body = Assert.IsType<OutcomeBody>(new ActivityDraft { Kind = "derived-output-value", Amount = 1_500_000m, People = 2 }.Body(RecordKind.Outcomes, 108));

        Assert.Equal((1_500_000m, (int?)null), (body.Amount, body.People));
    }

    [Fact]
    public void Body_NewRecord_HasNoVersionOrReason()
    {
        var body = Assert.IsType<ServiceBody>(new ActivityDraft().Body(RecordKind.Consultations, 108, null, "ignored"));

        Assert.Equal((null, null), (body.Version, body.Reason));
    }

    [Fact]
    public void Body_Correction_CarriesVersionAndTrimmedReason()
    {
        var body = Assert.IsType<EventBody>(new ActivityDraft().Body(RecordKind.Events, 108, 3, " 人數誤植 "));

        Assert.Equal((3L, "人數誤植"), (body.Version, body.Reason));
    }

    [Fact]
    public void From_Outcome_RoundTripsToTheSameRequest()
    {
        var row = Row("patent-application", memberId: MemberId) with { Title = "夾治具", PatentNumber = "110123", Country = "TW", Owner = "member" };

        var body = ActivityDraft.From(RecordKind.Outcomes, row).Body(RecordKind.Outcomes, 108, row.Version, "更正");

        Assert.Equal(new OutcomeBody(108, "patent-application", row.Date, MemberId, "夾治具", "110123", "TW", "member", null, null, 2, "更正"), body);
    }

    [Fact]
    public void From_RecordWithCodesThePageDoesNotKnow_LeavesThemForTheUserToChoose()
    {
        var row = Row("12345") with { Role = "3", Owner = "nobody" };

        var draft = ActivityDraft.From(RecordKind.Events, row);

        Assert.Equal((null, null, null), (draft.Kind, draft.Role, draft.Owner));
    }

    [Theory]
    [InlineData(RecordKind.Events)]
    [InlineData(RecordKind.Consultations)]
    [InlineData(RecordKind.Outcomes)]
    public void HasInput_EmptyForm_IsFalse(RecordKind record) => Assert.False(ActivityDraft.For(record).HasInput());

    [Fact]
    public void HasInput_KindAndRoleKeptAfterASave_IsFalse() => Assert.False(new ActivityDraft { Kind = "seminar", Role = "co-hosted" }.HasInput());

    [Fact]
    public void HasInput_TitleTyped_IsTrue() => Assert.True(new ActivityDraft { Kind = "promotion", Title = "智" }.HasInput());

    [Fact]
    public void Draft_AsKeptAndReadBack_IsTheSame()
    {
        var draft = new ActivityDraft { Kind = "seminar", Date = new(2019, 5, 1), Title = "半場", Attendees = 12, Hours = 1.5m };

        var back = System.Text.Json.JsonSerializer.Deserialize<ActivityDraft>(System.Text.Json.JsonSerializer.Serialize(draft))!;

        Assert.Equal(draft.Body(RecordKind.Events, 108), back.Body(RecordKind.Events, 108));
    }

    [Fact]
    public void ActivityRow_CodesSentAsNumbers_ReadAsTheirText()
    {
        const string json = """
            {"id":"6a1f0c7e-2b7d-4c1e-9a52-0d3f4e5a6b7c","allianceId":"6a1f0c7e-2b7d-4c1e-9a52-0d3f4e5a6b7c","year":108,
             "kind":7,"date":"2019-05-01","role":1,"owner":2,"status":"accepted","version":1}
            """;

        var row = System.Text.Json.JsonSerializer.Deserialize<ActivityRow>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.Equal(("7", "1", "2", "accepted"), (row.Kind, row.Role, row.Owner, row.Status));
    }

    internal static ActivityRow Row(string? kind, string status = "accepted", DateOnly? date = null, Guid? memberId = null, string? memberName = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), 108, kind, date ?? new(2019, 5, 1), null, null, null, null, null,
        memberId, memberName, null, null, null, null, null, null, null, status, null, null, null, null, 2, "pi", DateTimeOffset.UnixEpoch);
}
