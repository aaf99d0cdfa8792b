namespace Alliance.Programme;

/// <summary>The three kinds of member (DOMAIN.md, "Members"). Only firms count toward the main KPI.</summary>
public enum MemberKind
{
    /// <summary>廠商會員.</summary>
    Firm,

    /// <summary>個人會員.</summary>
    Individual,

    /// <summary>其它會員.</summary>
    Other,
}
