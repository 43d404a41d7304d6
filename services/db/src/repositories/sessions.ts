import type { Knex } from 'knex';
import type { UserRow } from './rows';

/** A server-side session: the cookie holds a random id, this row its SHA-256 hash. */
export interface SessionRow {
  id_hash: string;
  kind: 'anonymous' | 'citizen' | 'employee';
  user_id: string | null;
  employee_tax_id: string | null;
  active_municipality_id: string | null;
  csrf_token: string;
  data: Record<string, unknown>;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

/** What a new session needs; the rest (owner, municipality, data) is optional. */
export type NewSession = Pick<SessionRow, 'id_hash' | 'kind' | 'csrf_token' | 'created_at' | 'last_seen_at' | 'expires_at'> & Partial<SessionRow>;

/** What a citizen's session needs of its user to know who is asking. */
export type SessionUserRow = Pick<UserRow, 'id' | 'tax_id' | 'kind' | 'platform_admin'>;

/**
 * The session and, for a citizen's, its user as they are now, in one query
 * (every signed-in request starts with it; null user: none or removed).
 */
export async function findSessionWithUser(knex: Knex, idHash: string): Promise<{ session: SessionRow; user: SessionUserRow | null } | undefined> {
  const row = await knex('sessions as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .where('s.id_hash', idHash)
    .first('s.*', 'u.id as user__id', 'u.tax_id as user__tax_id', 'u.kind as user__kind', 'u.platform_admin as user__platform_admin');
  if (!row) return undefined;
  const { user__id: id, user__tax_id: taxId, user__kind: kind, user__platform_admin: platformAdmin, ...session } = row;
  return { session: session as SessionRow, user: id ? { id, tax_id: taxId, kind, platform_admin: platformAdmin } : null };
}

/**
 * Stores a new session. With `replacing` (the caller's current session) the old
 * row goes in the same transaction: rotation on sign-in, never two live sessions.
 */
export async function insertSession(knex: Knex, row: NewSession, replacing?: string | null): Promise<SessionRow> {
  const insert = async (db: Knex) => {
    if (replacing) await deleteSession(db, replacing);
    const [inserted] = await db<SessionRow>('sessions')
      .insert({ data: {}, ...row })
      .returning('*');
    return inserted!;
  };
  return replacing ? knex.transaction(insert) : insert(knex);
}

/** Marks the session as used now (idle expiry counts from here). */
export async function touchSession(knex: Knex, idHash: string, at: Date): Promise<void> {
  await knex('sessions').where({ id_hash: idHash }).update({ last_seen_at: at });
}

export async function updateSession(knex: Knex, idHash: string, fields: Partial<Omit<SessionRow, 'id_hash'>>): Promise<void> {
  await knex('sessions').where({ id_hash: idHash }).update(fields);
}

export async function deleteSession(knex: Knex, idHash: string): Promise<void> {
  await knex('sessions').where({ id_hash: idHash }).delete();
}

/**
 * Every session of the person this session belongs to (the user, or the
 * employee by tax id across municipalities); just this one when anonymous.
 * Returns how many ended.
 */
export async function deleteSessionsOf(knex: Knex, session: Pick<SessionRow, 'id_hash' | 'user_id' | 'employee_tax_id'>): Promise<number> {
  if (session.user_id) return knex('sessions').where({ user_id: session.user_id }).delete();
  if (session.employee_tax_id) return knex('sessions').where({ employee_tax_id: session.employee_tax_id }).delete();
  return knex('sessions').where({ id_hash: session.id_hash }).delete();
}

/**
 * Deletes the sessions that have ended, by either limit: past their absolute
 * expiry, or unused for `idleMinutes`. A request finds its own expired row
 * and deletes it; this removes those nobody comes back for (an abandoned
 * sign-in, a closed browser). Returns how many went.
 */
export async function deleteExpiredSessions(knex: Knex, now: Date, idleMinutes: number): Promise<number> {
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000);
  return knex('sessions').where('expires_at', '<=', now).orWhere('last_seen_at', '<=', idleSince).delete();
}
