namespace Alliance.Programme;

/// <summary>Region of a firm member, from the county or city of its address (DOMAIN.md, "Members").</summary>
public enum Region
{
    /// <summary>北部.</summary>
    North,

    /// <summary>中部.</summary>
    Central,

    /// <summary>南部.</summary>
    South,

    /// <summary>東部.</summary>
    East,

    /// <summary>離島及海外: 金門縣, 連江縣 and foreign firms; the summary's extra line.</summary>
    IslandsAndOverseas,
}
