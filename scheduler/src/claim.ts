/**
 * Claiming outbox rows. One statement marks up to `limit` due rows as this
 * worker's (claimed_by, claimed_at) and returns them joined to their
 * appointment's context, so a batch of e-mails costs one round trip before
 * the sends. Rows stay 'pending' until the SMTP server accepted; the claim
 * only keeps other workers away:
 * - FOR UPDATE SKIP LOCKED: two claims at the same moment never take one row;
 * - a claim younger than the lease is skipped by everyone else; the owner
 *   renews its live claims (renewClaims) while it holds them, so only a dead
 *   owner's claims run out and are taken over — at most the messages it had
 *   in flight can then go out twice, with the same Message-ID.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { type AppointmentContext, CONTEXT_COLUMNS, type ContextColumns, contextFromColumns, contextJoins } from './appointmentContext';
import type { NotificationRow } from './notificationRow';

export interface ClaimDeps {
  knex: Knex;
  now: () => Date;
  /** Owner written to claimed_by (default: one per process). */
  workerId?: string;
  /** A claim older than this is taken to be a dead worker's (default 60 s). */
  leaseMs?: number;
}

export interface ClaimedNotification {
  row: NotificationRow;
  /** Undefined when the appointment no longer exists. */
  appointment: AppointmentContext | undefined;
}

export const DEFAULT_LEASE_MS = 60_000;
const PROCESS_WORKER_ID = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

export const workerIdOf = (deps: ClaimDeps): string => deps.workerId ?? PROCESS_WORKER_ID;

/** Claims up to `limit` due pending rows (only `id`, when given), earliest first. */
export async function claimDue(deps: ClaimDeps, opts: { limit: number; id?: string }): Promise<ClaimedNotification[]> {
  const bindings: Knex.RawBinding[] = [workerIdOf(deps), deps.now(), deps.leaseMs ?? DEFAULT_LEASE_MS];
  if (opts.id) bindings.push(opts.id);
  bindings.push(opts.limit);
  const result = await deps.knex.raw(
    `WITH claimed AS (
       UPDATE notifications n
          SET claimed_by = ?, claimed_at = now()
        WHERE n.id IN (
          SELECT c.id FROM notifications c
           WHERE c.status = 'pending' AND c.send_after <= ?
             AND (c.claimed_at IS NULL OR c.claimed_at < now() - ?::float8 * interval '1 millisecond')
             ${opts.id ? 'AND c.id = ?' : ''}
           ORDER BY c.send_after
           LIMIT ?
           FOR UPDATE SKIP LOCKED)
       RETURNING n.*)
     SELECT n.*, ${CONTEXT_COLUMNS}
       FROM claimed n ${contextJoins('n.appointment_id')}
      ORDER BY n.send_after`,
    bindings,
  );
  return (result.rows as (NotificationRow & ContextColumns)[]).map((r) => ({ row: r, appointment: contextFromColumns(r) }));
}

/**
 * Keeps this worker's claims on `ids` alive (called well within the lease).
 * Rows locked at this moment are being marked (sent, or an outcome) and lose
 * their claim anyway: skipped, so the renewal never waits on those marks.
 */
export async function renewClaims(deps: ClaimDeps, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await deps.knex.raw(
    `UPDATE notifications SET claimed_at = now()
      WHERE id IN (SELECT id FROM notifications
                    WHERE id = ANY(?::uuid[]) AND claimed_by = ? AND status = 'pending'
                    FOR UPDATE SKIP LOCKED)`,
    [[...ids], workerIdOf(deps)],
  );
}

/** Hands unsent claims back at once (stopping, or an error before the send), so others need not wait for the lease. */
export async function releaseClaims(deps: ClaimDeps, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await deps.knex('notifications')
    .whereIn('id', ids)
    .andWhere({ claimed_by: workerIdOf(deps), status: 'pending' })
    .update({ claimed_by: null, claimed_at: null });
}
