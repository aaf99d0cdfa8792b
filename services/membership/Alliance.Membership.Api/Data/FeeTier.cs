using Alliance.Messaging.Writes;

namespace Alliance.Membership.Api.Data;

/// <summary>A fee tier (會員分級) an alliance offers: a name, a yearly fee in NTD and the services it gives.</summary>
public sealed class FeeTier : IVersioned
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public required string Name { get; set; }
    public decimal YearlyFee { get; set; }
    public required string Services { get; set; }
    public long Version { get; set; }
}
