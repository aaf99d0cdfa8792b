using System.Text.Json;

namespace Alliance.Gateway.Web.Membership;

// What the pages read from and send to the membership API (services/membership/.../Apis). Enums
// travel as their kebab-case names and stay strings here: the gateway shows them, the API decides.

public sealed record DomainRow(string Code, string NameZh, string NameEn, int SortOrder, long Version);

public sealed record AllianceRow(
    Guid Id, string Code, string Name, string HostInstitution, string DomainCode, int Phase, int YearInPhase, string PiUserName,
    DateTimeOffset RegisteredAt, DateOnly? TerminatedOn, string? TerminationReason, long Version)
{
    /// <summary>Whether its records may still change: membership refuses every change to a terminated alliance (422).</summary>
    public bool IsOpen => TerminatedOn is null;
}

public sealed record ChangeRow(DateTimeOffset At, string Actor, string Action, JsonElement? Before, JsonElement? After);

public sealed record FeeTierRow(Guid Id, Guid AllianceId, string Name, decimal YearlyFee, string Services, long Version);

/// <param name="CanEdit">whether membership lets the contract be edited (not one derived from a cooperation project)</param>
public sealed record ContractRow(Guid Id, DateOnly Start, DateOnly End, Guid? FeeTierId, bool Paid, decimal Fee, string Source, long Version, bool CanEdit);

/// <param name="OrganisationKind">null when membership cannot read the stored kind (shown as unknown, to be corrected)</param>
/// <param name="CanRemove">whether membership lets the member be removed (not one derived from a cooperation project)</param>
public sealed record MemberRow(
    Guid Id, Guid AllianceId, string Name, string? OrganisationKind, string? MemberKind, string? RegistrationNumber,
    string? County, string? Country, string? Region, string? Contact, IReadOnlyList<ContractRow> Contracts, long Version, bool CanRemove);

public sealed record MemberSummaryRow(
    Guid AllianceId, int Year, DateOnly Cutoff,
    int FirmTotal, int Paid, int Free, int North, int Central, int South, int East, int IslandsAndOverseas, int Individual, int Other,
    IReadOnlyList<MemberStandingRow> Members);

public sealed record MemberStandingRow(
    Guid MemberId, string Name, string? OrganisationKind, string? MemberKind, string? RegistrationNumber, string? County,
    bool IsCounted, bool IsEffectiveFirmMember, bool Paid, string? Region, IReadOnlyList<string> Reasons);

public sealed record DomainBody(string Code, string NameZh, string NameEn, int SortOrder, long Version);

public sealed record AllianceBody(
    string Code, string Name, string HostInstitution, string DomainCode, int Phase, int YearInPhase, string PiUserName, long Version);

public sealed record TerminateBody(DateOnly? TerminatedOn, string Reason, long Version);

public sealed record FeeTierBody(string Name, decimal YearlyFee, string Services, long Version);

public sealed record MemberBody(
    string Name, string? OrganisationKind, string? RegistrationNumber, string? County, string? Country, string? Contact, long Version);

public sealed record ContractBody(DateOnly? Start, DateOnly? End, Guid? FeeTierId, bool Paid, decimal Fee, long Version);

/// <param name="Imported">how many members the import added</param>
public sealed record ImportAnswer(int Imported);
