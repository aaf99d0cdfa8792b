namespace Alliance.Membership.Api.Data;

/// <summary>
/// Repairs members whose stored kind is not a kind's name: stored while the API still took enums as
/// numbers (<c>"organisationKind": 99</c> was kept as "99"). A number that is a kind's position is
/// that kind, as EF read it then; anything else becomes other-organisation (其它非自然人之單位: the
/// programme's "anything else that is not a natural person", which counts as no firm). Each repair
/// is a "repaired" entry in the member's history by "system", with the stored value before and a
/// note saying why after, so the alliance can check and correct the kind, and the member's change
/// counter grows. Run by the migration RepairStoredKinds; the integration tests run it again over
/// rows they store. Keep it as it ran.
/// </summary>
internal static class StoredKindRepair
{
    /// <summary>The repair over today's members, whose version counts their changes (ADR-010).</summary>
    public static readonly string Sql = Counting("version");

    /// <summary>The repair as RepairStoredKinds ran it, before LongVersions merged the revision into the version.</summary>
    public static readonly string SqlBeforeLongVersions = Counting("revision");

    private static string Counting(string counter) => $$"""
        WITH names(position, name, api_name) AS (VALUES
            ('0', 'TaiwanCompany', 'taiwan-company'),
            ('1', 'NonResearchJuridicalPerson', 'non-research-juridical-person'),
            ('2', 'Association', 'association'),
            ('3', 'ForeignCompany', 'foreign-company'),
            ('4', 'MainlandChinaCompany', 'mainland-china-company'),
            ('5', 'ResearchJuridicalPerson', 'research-juridical-person'),
            ('6', 'OtherOrganisation', 'other-organisation'),
            ('7', 'NaturalPerson', 'natural-person')),
        bad AS (
            SELECT m.id, m.kind AS stored,
                   coalesce(n.name, 'OtherOrganisation') AS repaired, coalesce(n.api_name, 'other-organisation') AS repaired_api_name
            FROM members AS m LEFT JOIN names AS n ON n.position = btrim(m.kind)
            WHERE m.kind NOT IN (SELECT name FROM names)),
        repaired AS (
            UPDATE members AS m SET kind = bad.repaired, {{counter}} = m.{{counter}} + 1
            FROM bad WHERE m.id = bad.id
            RETURNING m.id, bad.stored, bad.repaired_api_name)
        INSERT INTO change_records (entity_type, entity_id, action, actor, at, before, after)
        SELECT 'member', repaired.id::text, 'repaired', 'system', now(),
               jsonb_build_object('organisationKind', repaired.stored),
               jsonb_build_object('organisationKind', repaired.repaired_api_name, 'note',
                   format('單位類型原存為「%s」，不是可用的類型，已改為 %s，請確認並更正。 The kind was stored as "%s", which is no kind of organisation; it is now %s: check it and correct it.',
                       repaired.stored, repaired.repaired_api_name, repaired.stored, repaired.repaired_api_name))
        FROM repaired;
        """;
}
