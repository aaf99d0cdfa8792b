namespace Alliance.Bench.Reporting;

/// <summary>
/// Reporting's one statement counting members at cutoffs, as SQL with the bench's parameters: <c>@ids</c> (the alliances),
/// <c>@years</c> and <c>@cutoffs</c> (the programme years and their cutoffs, in the same order).
/// </summary>
internal static class MemberCountsSql
{
    public const string Statement = """
        SELECT m.alliance_id, y.year, m.member_kind, m.region, spanning.paid, count(*)::int
        FROM roster_members m
        CROSS JOIN unnest(@years, @cutoffs) AS y(year, cutoff)
        CROSS JOIN LATERAL (
            SELECT bool_or(coalesce((term->>'Paid')::boolean, false) AND term->>'Source' IS DISTINCT FROM 'cooperation-project') AS paid
            FROM jsonb_array_elements(m.contracts) AS term
            WHERE (term->>'Start')::date <= y.cutoff AND (term->>'End')::date >= y.cutoff) AS spanning
        WHERE m.alliance_id = ANY(@ids) AND m.details_version IS NOT NULL AND m.left_at IS NULL AND spanning.paid IS NOT NULL
        GROUP BY m.alliance_id, y.year, m.member_kind, m.region, spanning.paid
        """;
}
