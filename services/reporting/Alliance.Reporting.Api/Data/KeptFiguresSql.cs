using Alliance.Membership.Domain;
using Alliance.Reporting.Domain.Summary;

namespace Alliance.Reporting.Api.Data;

/// <summary>
/// The triggers that keep <see cref="MemberCountRow"/> and <see cref="IncomeYearSum"/> in step with the copies, in the transaction
/// that changes a copy, whichever consumer or repair writes it. Each adds what a row's new state counts and takes away what its old
/// state counted, in one statement over keys in a fixed order, so concurrent changes add up under the row locks and never wait on
/// each other in a circle. The member rule is membership's cutoff rule (a term counts in a year when it contains Y/10/31, both ends
/// inclusive; paid when a paid contract does; a cooperation project is free); the income rule is the year's whole table (accepted,
/// dated Y/01/01 to (Y+1)/01/31). Tests hold both to the C# rules they restate.
/// </summary>
internal static class KeptFiguresSql
{
    public const string MemberCounts = "member_counts";
    public const string IncomeYearSums = "income_year_sums";

    private static readonly int FirstCutoffYear = ProgrammeYear.Create(ProgrammeYear.MinRoc).Gregorian;
    private static readonly int LastCutoffYear = ProgrammeYear.Create(ProgrammeYear.MaxRoc).Gregorian;
    private const int RocOffset = ProgrammeYear.RocOffset;
    private const string Accepted = Apis.TableSources.Accepted;
    private static readonly string CooperationProject = KebabCodes.Of(ContractSource.CooperationProject);

    /// <summary>Creates the functions and triggers, then counts what the copies already hold (the trigger's lock keeps writers out meanwhile).</summary>
    public static string Create => $$"""
        CREATE FUNCTION member_cutoff_years(contracts jsonb) RETURNS TABLE (year integer, paid boolean)
        LANGUAGE sql IMMUTABLE AS $$
            SELECT cutoff_year - {{RocOffset}},
                   bool_or(coalesce((term->>'Paid')::boolean, false) AND term->>'Source' IS DISTINCT FROM '{{CooperationProject}}')
            FROM jsonb_array_elements(contracts) AS term
            CROSS JOIN LATERAL (SELECT (term->>'Start')::date AS starts, (term->>'End')::date AS ends) AS period
            CROSS JOIN LATERAL generate_series(
                greatest({{FirstCutoffYear}}, extract(year FROM period.starts)::int
                    + CASE WHEN period.starts > make_date(extract(year FROM period.starts)::int, 10, 31) THEN 1 ELSE 0 END),
                least({{LastCutoffYear}}, extract(year FROM period.ends)::int
                    - CASE WHEN period.ends < make_date(extract(year FROM period.ends)::int, 10, 31) THEN 1 ELSE 0 END)) AS cutoff_year
            GROUP BY cutoff_year
        $$;

        CREATE FUNCTION count_member_copy() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {{MemberCounts}} AS counted (alliance_id, year, member_kind, region, paid, count)
            SELECT change.alliance_id, change.year, change.member_kind, change.region, change.paid, sum(change.delta)::int
            FROM (
                SELECT OLD.alliance_id, years.year, OLD.member_kind, coalesce(OLD.region, ''), years.paid, -1
                FROM member_cutoff_years(OLD.contracts) AS years
                WHERE OLD.details_version IS NOT NULL AND OLD.left_at IS NULL
                UNION ALL
                SELECT NEW.alliance_id, years.year, NEW.member_kind, coalesce(NEW.region, ''), years.paid, 1
                FROM member_cutoff_years(NEW.contracts) AS years
                WHERE NEW.details_version IS NOT NULL AND NEW.left_at IS NULL
            ) AS change (alliance_id, year, member_kind, region, paid, delta)
            GROUP BY 1, 2, 3, 4, 5
            HAVING sum(change.delta) <> 0
            ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (alliance_id, year, member_kind, region, paid) DO UPDATE SET count = counted.count + excluded.count;
            RETURN NULL;
        END $$;

        CREATE FUNCTION sum_income_copy() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {{IncomeYearSums}} AS summed (alliance_id, year, category, amount, entries)
            SELECT change.alliance_id, change.year, change.category, sum(change.amount), sum(change.entries)::int
            FROM (
                SELECT OLD.alliance_id, OLD.year, OLD.category, -OLD.amount, -1
                WHERE OLD.status = '{{Accepted}}' AND OLD.date BETWEEN make_date(OLD.year + {{RocOffset}}, 1, 1) AND make_date(OLD.year + {{RocOffset}} + 1, 1, 31)
                UNION ALL
                SELECT NEW.alliance_id, NEW.year, NEW.category, NEW.amount, 1
                WHERE NEW.status = '{{Accepted}}' AND NEW.date BETWEEN make_date(NEW.year + {{RocOffset}}, 1, 1) AND make_date(NEW.year + {{RocOffset}} + 1, 1, 31)
            ) AS change (alliance_id, year, category, amount, entries)
            GROUP BY 1, 2, 3
            HAVING sum(change.amount) <> 0 OR sum(change.entries) <> 0
            ORDER BY 1, 2, 3
            ON CONFLICT (alliance_id, year, category) DO UPDATE SET amount = summed.amount + excluded.amount, entries = summed.entries + excluded.entries;
            RETURN NULL;
        END $$;

        CREATE TRIGGER count_member_copy AFTER INSERT OR UPDATE OR DELETE ON roster_members FOR EACH ROW EXECUTE FUNCTION count_member_copy();
        CREATE TRIGGER sum_income_copy AFTER INSERT OR UPDATE OR DELETE ON income_copies FOR EACH ROW EXECUTE FUNCTION sum_income_copy();

        INSERT INTO {{MemberCounts}} (alliance_id, year, member_kind, region, paid, count)
        SELECT m.alliance_id, years.year, m.member_kind, coalesce(m.region, ''), years.paid, count(*)::int
        FROM roster_members m CROSS JOIN LATERAL member_cutoff_years(m.contracts) AS years
        WHERE m.details_version IS NOT NULL AND m.left_at IS NULL
        GROUP BY 1, 2, 3, 4, 5;

        INSERT INTO {{IncomeYearSums}} (alliance_id, year, category, amount, entries)
        SELECT alliance_id, year, category, sum(amount), count(*)::int
        FROM income_copies
        WHERE status = '{{Accepted}}' AND date BETWEEN make_date(year + {{RocOffset}}, 1, 1) AND make_date(year + {{RocOffset}} + 1, 1, 31)
        GROUP BY 1, 2, 3;
        """;

    public const string Drop = """
        DROP TRIGGER sum_income_copy ON income_copies;
        DROP TRIGGER count_member_copy ON roster_members;
        DROP FUNCTION sum_income_copy();
        DROP FUNCTION count_member_copy();
        DROP FUNCTION member_cutoff_years(jsonb);
        """;
}
