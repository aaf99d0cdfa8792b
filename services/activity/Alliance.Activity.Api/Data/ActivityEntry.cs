using Alliance.Activity.Domain;
using Alliance.Messaging.Writes;

namespace Alliance.Activity.Api.Data;

/// <summary>
/// One activity or outcome record of an alliance, reported in <see cref="Year"/>: an event, a
/// consultation, an on-site guidance or an outcome (<see cref="Type"/>), of one <see cref="Kind"/>.
/// The fields a type does not have stay null. Never deleted: a correction keeps its reason and the
/// history, a void its reason. <see cref="Figure"/> is what it adds to its KPI, stored so the summary
/// sums it in the database.
/// </summary>
public sealed class ActivityEntry : IVersioned
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public ActivityType Type { get; init; }
    public int Year { get; set; }
    public ActivityKind Kind { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>An event's or an outcome's title.</summary>
    public string? Title { get; set; }
    public string? Place { get; set; }
    public EventRole? Role { get; set; }
    public int? Attendees { get; set; }
    public int? FirmAttendees { get; set; }
    /// <summary>The member served (everything but an event); its name is copied from activity's copy once known.</summary>
    public Guid? MemberId { get; set; }
    public string? MemberName { get; set; }
    /// <summary>A consultation's or a guidance's topic.</summary>
    public string? Topic { get; set; }
    public decimal? Hours { get; set; }
    public string? PatentNumber { get; set; }
    public string? Country { get; set; }
    public PatentOwner? Owner { get; set; }
    public int? People { get; set; }
    /// <summary>Derived output value, exact NTD.</summary>
    public decimal? Amount { get; set; }
    public decimal Figure { get; set; }
    public ActivityStatus Status { get; set; }
    /// <summary>member-not-yet-known when pending; the rule's code when flagged; otherwise null.</summary>
    public string? Reason { get; set; }
    public string? VoidReason { get; set; }
    public string? CorrectionReason { get; set; }
    /// <summary>1 when recorded, one more with every change; also the version carried by its events.</summary>
    public long Version { get; set; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public ProgrammeYear ProgrammeYear => ProgrammeYear.Create(Year);

    public ActivityKpi Kpi => ActivityKinds.KpiOf(Kind);

    /// <param name="otherKindRecorded">for an event: the same event is kept already as the other kind</param>
    public ActivityFacts FactsWith(bool otherKindRecorded = false) => new(ProgrammeYear, Kind, Date, Owner, otherKindRecorded);
}
