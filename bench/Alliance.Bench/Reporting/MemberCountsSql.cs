namespace Alliance.Bench.Reporting;

/// <summary>
/// Reporting's read of its members counted at cutoffs (the table its trigger keeps), as SQL with the bench's parameters:
/// <c>@ids</c> (the alliances) and <c>@years</c> (the programme years).
/// </summary>
internal static class MemberCountsSql
{
    public const string Statement =
        "SELECT alliance_id, year, member_kind, region, paid, count FROM member_counts WHERE alliance_id = ANY(@ids) AND year = ANY(@years) AND count > 0";
}
