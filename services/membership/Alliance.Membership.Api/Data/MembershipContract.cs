using Alliance.Membership.Domain;
using Alliance.Messaging.Writes;

namespace Alliance.Membership.Api.Data;

/// <summary>A membership contract or MOU (會員合約或備忘錄), both ends inclusive; free contracts carry no fee.</summary>
public sealed class MembershipContract : IVersioned
{
    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public Guid? FeeTierId { get; set; }
    public bool Paid { get; set; }
    public decimal Fee { get; set; }
    public ContractSource Source { get; init; } = ContractSource.Contract;
    /// <summary>For a contract derived from a cooperation project: the project's version it reflects.</summary>
    public long? SourceVersion { get; set; }
    public long Version { get; set; }

    public ContractTerm Term => TermOf(Start, End, Paid, Source);

    /// <summary>The term the cutoff rule sees, from the stored columns (a cooperation project is always free).</summary>
    public static ContractTerm TermOf(DateOnly start, DateOnly end, bool paid, ContractSource source) => source == ContractSource.CooperationProject
        ? ContractTerm.FromCooperationProject(DateRange.Create(start, end))
        : ContractTerm.Contract(DateRange.Create(start, end), paid);
}
