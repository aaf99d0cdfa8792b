using System.ComponentModel.DataAnnotations;
using Alliance.Contracts.Membership;
using Alliance.Membership.Api.Data;

namespace Alliance.Membership.Api.Apis;

public sealed class RegisterAllianceRequest
{
    [Required, StringLength(50, MinimumLength = 1)]
    public string Code { get; init; } = "";

    [Required, StringLength(200, MinimumLength = 1)]
    public string Name { get; init; } = "";

    [Required, StringLength(200, MinimumLength = 1)]
    public string HostInstitution { get; init; } = "";

    [Required, StringLength(64, MinimumLength = 1)]
    public string DomainCode { get; init; } = "";

    /// <summary>第一期 (1) or 第二期 (2).</summary>
    [Range(1, 2)]
    public int Phase { get; init; }

    /// <summary>執行年次 within the phase, 1 to 3.</summary>
    [Range(1, 3)]
    public int YearInPhase { get; init; }

    [Required, StringLength(100, MinimumLength = 1)]
    public string PiUserName { get; init; } = "";
}

/// <summary>The editable details of an alliance; its code never changes. Send the version you read.</summary>
public sealed class UpdateAllianceRequest
{
    [Required, StringLength(200, MinimumLength = 1)]
    public string Name { get; init; } = "";

    [Required, StringLength(200, MinimumLength = 1)]
    public string HostInstitution { get; init; } = "";

    [Required, StringLength(64, MinimumLength = 1)]
    public string DomainCode { get; init; } = "";

    [Range(1, 2)]
    public int Phase { get; init; }

    [Range(1, 3)]
    public int YearInPhase { get; init; }

    [Required, StringLength(100, MinimumLength = 1)]
    public string PiUserName { get; init; } = "";

    /// <summary>The version read; 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

public sealed class TerminateAllianceRequest
{
    /// <summary>The day the alliance left the programme.</summary>
    [Required]
    public DateOnly? TerminatedOn { get; init; }

    [Required, StringLength(500, MinimumLength = 1)]
    public string Reason { get; init; } = "";

    /// <summary>The version read; 409 when no longer current.</summary>
    [Required]
    public long? Version { get; init; }
}

public sealed record AllianceResponse(
    Guid Id, string Code, string Name, string HostInstitution, string DomainCode,
    int Phase, int YearInPhase, string PiUserName, DateTimeOffset RegisteredAt,
    DateOnly? TerminatedOn, string? TerminationReason, long Version)
{
    public static AllianceResponse From(ProgrammeAlliance a) =>
        new(a.Id, a.Code, a.Name, a.HostInstitution, a.DomainCode, a.Phase, a.YearInPhase, a.PiUserName, a.RegisteredAt,
            a.TerminatedOn, a.TerminationReason, a.Version);

    public AllianceChanged Changed(Guid eventId, DateTimeOffset at) => new()
    {
        EventId = eventId,
        OccurredAt = at,
        AllianceId = Id,
        Code = Code,
        Name = Name,
        HostInstitution = HostInstitution,
        DomainCode = DomainCode,
        Phase = Phase,
        YearInPhase = YearInPhase,
        PiUserName = PiUserName,
        Version = Version,
    };

    /// <summary>AllianceTerminated for this state, which must be a terminated one.</summary>
    public AllianceTerminated Terminated(Guid eventId, DateTimeOffset at) => new()
    {
        EventId = eventId,
        OccurredAt = at,
        AllianceId = Id,
        Code = Code,
        TerminatedOn = TerminatedOn ?? throw new InvalidOperationException($"Alliance {Id} is not terminated."),
        Reason = TerminationReason ?? "",
        Version = Version,
    };
}
