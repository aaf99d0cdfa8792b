using Alliance.Messaging.Writes;

namespace Alliance.Membership.Api.Data;

/// <summary>
/// An alliance (產學技術聯盟) on the programme roster. <see cref="Code"/> is unique regardless of
/// case (through <see cref="CodeKey"/>); <see cref="Phase"/> is 1 or 2 and <see cref="YearInPhase"/> 1 to 3.
/// </summary>
public sealed class ProgrammeAlliance : IVersioned, IAllianceRow
{
    private string _code = "";

    public Guid Id { get; init; }

    public required string Code
    {
        get => _code;
        init
        {
            _code = value;
            CodeKey = KeyOf(value);
        }
    }

    /// <summary>
    /// The code in lower case, unique: two codes that differ only in case are one alliance's. Null only
    /// for an alliance registered before this rule whose code clashed with an earlier one's (the
    /// migration CaseInsensitiveAllianceCodes kept the earliest).
    /// </summary>
    public string? CodeKey { get; private set; }

    public required string Name { get; set; }
    public required string HostInstitution { get; set; }
    public required string DomainCode { get; set; }
    public int Phase { get; set; }
    public int YearInPhase { get; set; }
    public required string PiUserName { get; set; }
    public DateTimeOffset RegisteredAt { get; init; }
    /// <summary>Set when the alliance left the programme; its records and history stay.</summary>
    public DateOnly? TerminatedOn { get; set; }
    public string? TerminationReason { get; set; }
    /// <summary>
    /// Also the version AllianceChanged carries. Alliances stored before ADR-010 started above every
    /// row version (xmin) an AllianceChanged had carried, so consumers still see it grow.
    /// </summary>
    public long Version { get; set; }

    /// <summary>What <see cref="CodeKey"/> holds for <paramref name="code"/>.</summary>
    public static string KeyOf(string code) => code.ToLowerInvariant();
}
