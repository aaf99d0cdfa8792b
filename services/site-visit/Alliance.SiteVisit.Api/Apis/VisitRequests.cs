using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>A site visit as the centre schedules it.</summary>
public class VisitRequest
{
    /// <summary>The visited alliance; a visit's alliance never changes.</summary>
    [Required]
    public Guid? AllianceId { get; init; }

    /// <summary>The programme year (ROC) the visit belongs to.</summary>
    [Required]
    public int? Year { get; init; }

    /// <summary>
    /// When the visit starts: an ISO 8601 date-time with its offset (<c>2019-05-15T10:00:00+08:00</c>). Its day in
    /// Taiwan lies in the programme year, and in April–July unless a <see cref="Reason"/> is given.
    /// </summary>
    [Required, JsonConverter(typeof(OffsetDateTimeConverter))]
    public DateTimeOffset? StartsAt { get; init; }

    [Required, StringLength(200)]
    public string? Place { get; init; }

    /// <summary>The agenda's items in order; left out, the usual four (簡報及成果展示 · 綜合交流 · 審查委員填寫審查表 · 查訪結果說明).</summary>
    [MaxLength(20)]
    public List<string>? Agenda { get; init; }

    /// <summary>Why the visit lies outside April–July; blank counts as none.</summary>
    [StringLength(500)]
    public string? Reason { get; init; }
}

/// <summary>A change to a visit: the whole visit again (the same alliance) and the version read.</summary>
public sealed class VisitChangeRequest : VisitRequest
{
    /// <summary>The version read: 400 without it, 409 when no longer current.</summary>
    public long? Version { get; init; }
}

/// <summary>The version of the visit read, to complete it.</summary>
public sealed class CompleteVisitRequest
{
    public long? Version { get; init; }
}

public sealed class AssignReviewerRequest
{
    /// <summary>An enabled account with the reviewer role.</summary>
    [Required, StringLength(256, MinimumLength = 1)]
    public string? ReviewerUserName { get; init; }
}
