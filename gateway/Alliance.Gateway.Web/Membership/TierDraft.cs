namespace Alliance.Gateway.Web.Membership;

/// <summary>A fee tier as the form holds it; the yearly fee is entered in NTD, exact.</summary>
public sealed class TierDraft
{
    public string Name { get; set; } = "";
    public decimal YearlyFee { get; set; }
    public string Services { get; set; } = "";

    public FeeTierBody Body(long version) => new(Name, YearlyFee, Services, version);
}
