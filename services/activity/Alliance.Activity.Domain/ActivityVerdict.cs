namespace Alliance.Activity.Domain;

/// <summary>What the rules say of a record: it counts, it waits for its member, or a rule refuses it.</summary>
public abstract record ActivityVerdict
{
    private ActivityVerdict()
    {
    }

    public static readonly ActivityVerdict Accepted = new AcceptedVerdict();

    /// <summary>The record names a member activity has not heard of yet; it is kept and checked when the member arrives.</summary>
    public static readonly ActivityVerdict MemberNotYetKnown = new PendingVerdict();

    public static ActivityVerdict Refused(ActivityRule rule, string field) => new RefusedVerdict(rule, field);

    public sealed record AcceptedVerdict : ActivityVerdict;

    public sealed record PendingVerdict : ActivityVerdict;

    /// <param name="Field">the request field (camelCase) that breaks the rule</param>
    public sealed record RefusedVerdict(ActivityRule Rule, string Field) : ActivityVerdict;
}
