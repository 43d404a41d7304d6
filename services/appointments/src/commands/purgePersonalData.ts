import type { Knex } from 'knex';

const PURGED_NAME = '(διαγράφηκε / deleted)';

/**
 * Retention: the personal data of appointments that ended more than
 * `retentionDays` ago are overwritten (names, contacts, company, third person,
 * notes, e-mails and texts sent, display names in join links, the words of
 * recorded outcomes, which staff write freely and may name people). What
 * stays is what the municipality must keep: when, which topic, which
 * employee, the status and the kind of outcome, and the identity-check result
 * (no images were ever stored). Returns the count.
 */
export async function purgePersonalData(knex: Knex, now: Date, retentionDays: number): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  return knex.transaction(async (trx) => {
    const ids: string[] = await trx('appointments')
      .whereNull('purged_at')
      .whereNot('status', 'held')
      .where('ends_at', '<', before)
      .limit(5000)
      .forUpdate()
      .skipLocked()
      .pluck('id');
    if (ids.length === 0) return 0;
    await trx('appointments').whereIn('id', ids).update({
      person_full_name: PURGED_NAME,
      person_email: 'deleted@invalid',
      person_phone: null,
      sms_phone: null,
      sms_consent_at: null,
      booker_full_name: null,
      company_tax_id: null,
      company_name: null,
      third_person_name: null,
      third_person_email: null,
      notes: null,
      idempotency_key: null,
      purged_at: now,
    });
    await trx('notifications').whereIn('appointment_id', ids).delete();
    await trx('short_links').whereIn('appointment_id', ids).delete();
    await trx('join_links').whereIn('appointment_id', ids).update({ display_name: PURGED_NAME });
    await trx('appointment_outcomes').whereIn('appointment_id', ids).update({ citizen_text: '', documents: JSON.stringify([]) });
    await trx('audit_log').insert({ actor_kind: 'system', action: 'retention_purge', details: { count: ids.length, retentionDays } });
    return ids.length;
  });
}
