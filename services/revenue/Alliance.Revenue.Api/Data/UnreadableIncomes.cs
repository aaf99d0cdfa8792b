namespace Alliance.Revenue.Api.Data;

/// <summary>
/// The repair of income entries stored with a category, nature or counterparty kind no enum name
/// has (a number such as <c>12345</c>, accepted before enum names were enforced). Run once by the
/// migration <c>FlagUnreadableIncomes</c>; kept apart, dependency-free, so the integration tests run
/// the very same text against a row they plant. Frozen: the migration ran this text.
/// </summary>
public static class UnreadableIncomes
{
    /// <summary>
    /// Every entry not voided whose stored value is unreadable becomes <c>flagged</c> with the reason
    /// <c>unreadable-value</c> and its version raised: it stays listed with its raw value, no longer
    /// counts, and can be corrected to the right values. Each gets a history entry (actor
    /// <c>revenue</c>, action <c>status-changed</c>) and an IncomeCorrected in the outbox, as any
    /// status change does.
    /// </summary>
    public const string FlagSql = """
        WITH unreadable AS (
            SELECT id, status AS status_before, reason AS reason_before
            FROM incomes
            WHERE status <> 'Voided' AND (
                category NOT IN ('MembershipFee', 'TechnicalService', 'TechnologyTransfer', 'IndustryAcademiaCooperation', 'Other')
                OR nature NOT IN ('SeminarFee', 'CourseFee', 'CashDonation', 'Other',
                                  'UniversityIncentive', 'UniversityEquipment', 'DonatedEquipment', 'MinistrySubsidy')
                OR counterparty_kind NOT IN ('TaiwanCompany', 'NonResearchJuridicalPerson', 'Association', 'ForeignCompany',
                                             'MainlandChinaCompany', 'ResearchJuridicalPerson', 'OtherOrganisation', 'NaturalPerson'))
            FOR UPDATE
        ),
        flagged AS (
            UPDATE incomes AS i
            SET status = 'Flagged', reason = 'unreadable-value', version = i.version + 1
            FROM unreadable AS u
            WHERE i.id = u.id
            RETURNING i.*, u.status_before, u.reason_before
        ),
        history AS (
            INSERT INTO change_records (entity_type, entity_id, action, actor, at, before, after)
            SELECT 'income', f.id::text, 'status-changed', 'revenue', now(),
                   jsonb_build_object('status', lower(f.status_before), 'reason', f.reason_before, 'version', f.version - 1),
                   jsonb_build_object('status', 'flagged', 'reason', 'unreadable-value', 'version', f.version)
            FROM flagged AS f
            ORDER BY f.recorded_at
        )
        INSERT INTO outbox_messages (event_id, message_type, payload, occurred_at, attempts)
        SELECT e.event_id, 'Alliance.Contracts.Revenue.IncomeCorrected',
               jsonb_build_object(
                   'eventId', e.event_id, 'occurredAt', now(), 'reason', 'unreadable-value',
                   'income', jsonb_build_object(
                       'incomeId', e.id, 'allianceId', e.alliance_id, 'year', e.year,
                       'category', lower(regexp_replace(e.category, '([a-z])([A-Z])', '\1-\2', 'g')),
                       'counterpartyMemberId', e.counterparty_member_id, 'counterpartyName', coalesce(e.counterparty_name, ''),
                       'date', e.date, 'amount', e.amount, 'status', 'flagged', 'version', e.version)),
               now(), 0
        FROM (SELECT gen_random_uuid() AS event_id, f.* FROM flagged AS f) AS e
        ORDER BY e.recorded_at;
        """;
}
