import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

export interface BenchSession {
  /** The muni_sid cookie's value. */
  sid: string;
  /** The session's CSRF token (X-CSRF-Token). */
  csrf: string;
}

const token = () => randomBytes(32).toString('base64url');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Session rows as the GSIS callback would write them (the table keeps the
 * cookie's hash), for benches that need more people than the stand-in knows.
 */
export async function insertSessions(knex: Knex, rows: Record<string, unknown>[], now: Date): Promise<BenchSession[]> {
  const out = rows.map(() => ({ sid: token(), csrf: token() }));
  const expires = new Date(now.getTime() + 12 * 3_600_000);
  await knex.batchInsert(
    'sessions',
    rows.map((r, i) => ({ ...r, id_hash: sha256(out[i]!.sid), csrf_token: out[i]!.csrf, created_at: now, last_seen_at: now, expires_at: expires })),
    500,
  );
  return out;
}

/** `count` citizens (users with made-up tax ids from `firstTaxId` on), each signed in. */
export async function signedInCitizens(knex: Knex, count: number, now: Date, firstTaxId = 700_000_000): Promise<BenchSession[]> {
  const users: { id: string }[] = await knex('users')
    .insert(Array.from({ length: count }, (_, i) => ({ tax_id: String(firstTaxId + i), first_name: 'Πολίτης', last_name: String(i) })))
    .returning('id');
  return insertSessions(knex, users.map((u) => ({ kind: 'citizen', user_id: u.id })), now);
}
