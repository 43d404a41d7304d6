/** Agenda job 'purge-expired-holds': frees slots whose hold ran out without a booking. */
import type { Agenda } from 'agenda';
import type { Knex } from 'knex';

export const PURGE_HOLDS_JOB = 'purge-expired-holds';

/** Deletes expired holds (their join links and notifications go with them); returns how many. */
export async function purgeExpiredHolds(knex: Knex): Promise<number> {
  return knex('appointments').where('status', 'held').andWhere('hold_expires_at', '<=', knex.fn.now()).delete();
}

export function definePurgeHoldsJob(agenda: Agenda, knex: Knex): void {
  agenda.define(
    PURGE_HOLDS_JOB,
    async () => {
      await purgeExpiredHolds(knex);
    },
    { concurrency: 1, lockLifetime: 60_000 },
  );
}
