using System.Diagnostics;
using Alliance.Contracts.Membership;
using Alliance.Messaging.Outbox;

namespace Alliance.Messaging.Tests;

public sealed class OutboxWriterTests
{
    private static AllianceRegistered SampleEvent() => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = new DateTimeOffset(2019, 10, 31, 8, 0, 0, TimeSpan.Zero),
        AllianceId = Guid.CreateVersion7(),
        Code = "108-A-001",
        Name = "智慧製造聯盟",
        HostInstitution = "國立臺灣大學",
        DomainCode = "ict",
        Phase = 2,
        YearInPhase = 3,
        PiUserName = "pi.chen",
    };

    [Fact]
    public void Envelope_OfAnEvent_OpensToAnEqualEventOfTheSameType()
    {
        var original = SampleEvent();

        var envelope = OutboxWriter.Envelope(original, current: null);
        var opened = OutboxWriter.Open(envelope, out var type);

        Assert.Equal(typeof(AllianceRegistered), type);
        Assert.Equal(original, opened);
        Assert.Equal(original.EventId, envelope.EventId);
        Assert.Equal(original.OccurredAt, envelope.OccurredAt);
        Assert.Null(envelope.SentAt);
    }

    [Fact]
    public void Envelope_WithinAnActivity_KeepsItsTraceParentAndState()
    {
        using var activity = new Activity("write").SetIdFormat(ActivityIdFormat.W3C).Start();
        activity.TraceStateString = "alliance=1";

        var envelope = OutboxWriter.Envelope(SampleEvent(), activity);

        Assert.Equal(activity.Id, envelope.TraceParent);
        Assert.Equal("alliance=1", envelope.TraceState);
        Assert.True(ActivityContext.TryParse(envelope.TraceParent, envelope.TraceState, out var parsed));
        Assert.Equal(activity.TraceId, parsed.TraceId);
    }

    [Fact]
    public void Envelope_OutsideAnyActivity_HasNoTraceParent()
    {
        var envelope = OutboxWriter.Envelope(SampleEvent(), current: null);

        Assert.Null(envelope.TraceParent);
        Assert.Null(envelope.TraceState);
    }

    [Fact]
    public void Open_UnknownMessageType_Throws()
    {
        var envelope = new OutboxMessage { MessageType = "Alliance.Contracts.NoSuchEvent", Payload = "{}" };

        Assert.Throws<InvalidOperationException>(() => OutboxWriter.Open(envelope, out _));
    }

    [Fact]
    public void Payload_IsCamelCaseJson()
    {
        var envelope = OutboxWriter.Envelope(SampleEvent(), current: null);

        Assert.Contains("\"allianceId\":", envelope.Payload);
        Assert.Contains("\"yearInPhase\":3", envelope.Payload);
    }
}
