namespace Alliance.Membership.Domain;

/// <summary>Where a membership term comes from.</summary>
public enum ContractSource
{
    /// <summary>A membership contract or MOU (會員合約或備忘錄).</summary>
    Contract,

    /// <summary>
    /// The special case: an industry–academia cooperation project on the core technology signed by
    /// the PI, which makes the firm a member over the project's period, counted as free.
    /// </summary>
    CooperationProject,
}

/// <summary>
/// One membership term as the cutoff rule sees it: an inclusive period, whether it is paid, and
/// its source. Invariant: a <see cref="ContractSource.CooperationProject"/> term is never paid.
/// </summary>
public readonly record struct ContractTerm
{
    private ContractTerm(DateRange period, bool paid, ContractSource source)
    {
        Period = period;
        Paid = paid;
        Source = source;
    }

    /// <summary>The contract's start and end, both inclusive.</summary>
    public DateRange Period { get; }

    /// <summary>收費 (true) or 免費 (false).</summary>
    public bool Paid { get; }

    /// <summary>A membership contract, or a cooperation project counted as one.</summary>
    public ContractSource Source { get; }

    /// <summary>A membership contract or MOU over <paramref name="period"/>.</summary>
    public static ContractTerm Contract(DateRange period, bool paid) => new(period, paid, ContractSource.Contract);

    /// <summary>
    /// The membership derived from a qualifying cooperation project, over the project's period and free.
    /// The caller has checked that the project concerns the core technology and the PI signed it.
    /// </summary>
    public static ContractTerm FromCooperationProject(DateRange projectPeriod) =>
        new(projectPeriod, paid: false, ContractSource.CooperationProject);
}
