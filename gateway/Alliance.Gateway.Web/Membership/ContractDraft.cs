namespace Alliance.Gateway.Web.Membership;

/// <summary>A contract as the form holds it; the fee is in NTD, exact.</summary>
public sealed class ContractDraft
{
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public string? FeeTierId { get; set; }
    public bool Paid { get; set; }
    public decimal Fee { get; set; }

    public static ContractDraft From(ContractRow contract) => new()
    {
        Start = contract.Start, End = contract.End, FeeTierId = contract.FeeTierId?.ToString(), Paid = contract.Paid, Fee = contract.Fee,
    };

    public ContractBody Body(long version) =>
        new(Start, End, Guid.TryParse(FeeTierId, out var tier) ? tier : null, Paid, Paid ? Fee : 0, version);
}
