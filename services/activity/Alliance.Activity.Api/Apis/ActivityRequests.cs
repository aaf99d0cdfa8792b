using System.ComponentModel.DataAnnotations;
using Alliance.Activity.Domain;
using Alliance.ServiceDefaults.Input;

namespace Alliance.Activity.Api.Apis;

/// <summary>A promotion event or technical seminar as the alliance records it.</summary>
public class EventRequest
{
    /// <summary>The programme year (ROC) the event is reported in.</summary>
    [Required]
    public int? Year { get; init; }

    /// <summary>promotion or seminar: an event is one or the other, and the same event (date and title) is never recorded as both.</summary>
    [Required]
    public EventKind? Kind { get; init; }

    [Required]
    public DateOnly? Date { get; init; }

    [Required, StringLength(200)]
    public string? Title { get; init; }

    [Required, StringLength(200)]
    public string? Place { get; init; }

    /// <summary>hosted or co-hosted.</summary>
    [Required]
    public EventRole? Role { get; init; }

    /// <summary>Everyone who attended, 1 or more.</summary>
    [Required, Range(1, 1_000_000)]
    public int? Attendees { get; init; }

    /// <summary>Of the attendees, those from firms (members or not): 0 to <see cref="Attendees"/>.</summary>
    [Required, Range(0, 1_000_000)]
    public int? FirmAttendees { get; init; }
}

/// <summary>A correction: the whole event again, the version read and why it is corrected.</summary>
public sealed class EventCorrectionRequest : EventRequest
{
    [Required]
    public long? Version { get; init; }

    [Required, StringLength(500, MinimumLength = 1)]
    public string? Reason { get; init; }
}

/// <summary>A professional consultation or an on-site guidance for a firm member.</summary>
public class MemberServiceRequest
{
    [Required]
    public int? Year { get; init; }

    [Required]
    public DateOnly? Date { get; init; }

    /// <summary>A firm member of this alliance with a contract in force on <see cref="Date"/>.</summary>
    [Required]
    public Guid? MemberId { get; init; }

    [Required, StringLength(500)]
    public string? Topic { get; init; }

    /// <summary>Above 0, at most 1,000, to two decimals.</summary>
    [Required]
    public decimal? Hours { get; init; }
}

public sealed class MemberServiceCorrectionRequest : MemberServiceRequest
{
    [Required]
    public long? Version { get; init; }

    [Required, StringLength(500, MinimumLength = 1)]
    public string? Reason { get; init; }
}

/// <summary>An outcome for a firm member; the fields after <see cref="Title"/> are by kind.</summary>
public class OutcomeRequest
{
    [Required]
    public int? Year { get; init; }

    [Required]
    public OutcomeKind? Kind { get; init; }

    [Required]
    public DateOnly? Date { get; init; }

    /// <summary>A firm member of this alliance with a contract in force on <see cref="Date"/>.</summary>
    [Required]
    public Guid? MemberId { get; init; }

    [Required, StringLength(200)]
    public string? Title { get; init; }

    /// <summary>Patents only: the application or certificate number.</summary>
    [StringLength(60)]
    public string? PatentNumber { get; init; }

    /// <summary>Patents only.</summary>
    [StringLength(60)]
    public string? Country { get; init; }

    /// <summary>Patents only: member, university (never counts) or joint.</summary>
    public PatentOwner? Owner { get; init; }

    /// <summary>New hires only: people hired, 1 or more.</summary>
    [Range(1, 100_000)]
    public int? People { get; init; }

    /// <summary>Derived output value only: NTD, above 0.</summary>
    [Money]
    public decimal? Amount { get; init; }
}

public sealed class OutcomeCorrectionRequest : OutcomeRequest
{
    [Required]
    public long? Version { get; init; }

    [Required, StringLength(500, MinimumLength = 1)]
    public string? Reason { get; init; }
}

public sealed class VoidActivityRequest
{
    [Required, StringLength(500, MinimumLength = 1)]
    public string? Reason { get; init; }

    /// <summary>The version read: 400 without it, 409 when no longer current. Checked after the record is found and known not voided.</summary>
    public long? Version { get; init; }
}
