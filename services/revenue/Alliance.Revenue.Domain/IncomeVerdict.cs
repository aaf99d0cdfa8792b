namespace Alliance.Revenue.Domain;

/// <summary>What the rules say of an entry: it counts, it waits for its member, or a rule refuses it.</summary>
public abstract record IncomeVerdict
{
    private IncomeVerdict()
    {
    }

    public static readonly IncomeVerdict Accepted = new AcceptedVerdict();

    /// <summary>The entry names a member revenue has not heard of yet; it is kept and checked when the member arrives.</summary>
    public static readonly IncomeVerdict MemberNotYetKnown = new PendingVerdict();

    public static IncomeVerdict Refused(IncomeRule rule, string field) => new RefusedVerdict(rule, field);

    public sealed record AcceptedVerdict : IncomeVerdict;

    public sealed record PendingVerdict : IncomeVerdict;

    /// <param name="Field">the request field (camelCase) that breaks the rule</param>
    public sealed record RefusedVerdict(IncomeRule Rule, string Field) : IncomeVerdict;
}
