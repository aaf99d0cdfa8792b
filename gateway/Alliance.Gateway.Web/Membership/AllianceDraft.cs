using Alliance.Gateway.Web.Membership;

namespace Alliance.Gateway.Web.Membership;

/// <summary>An alliance's details as the form holds them while they are being typed.</summary>
public sealed class AllianceDraft
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string HostInstitution { get; set; } = "";
    public string? DomainCode { get; set; }
    public int Phase { get; set; } = 1;
    public int YearInPhase { get; set; } = 1;
    public string PiUserName { get; set; } = "";

    public AllianceBody Body(long version) => new(Code, Name, HostInstitution, DomainCode ?? "", Phase, YearInPhase, PiUserName, version);
}
