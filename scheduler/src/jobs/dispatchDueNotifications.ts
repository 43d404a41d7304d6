/**
 * Agenda job 'dispatch-due-notifications': drains due outbox rows in batches.
 *
 * There are `slots` recurring jobs of this name (data.slot = 0…n-1) and each
 * process locks at most one at a time, so n processes dispatch side by side;
 * a process that dies holding a slot leaves the other slots running.
 */
import type { Agenda, Job } from 'agenda';
import type { Knex } from 'knex';
import type { DeliverDeps } from '../deliver';
import { dispatchDueNotifications } from '../dispatch';

export const DISPATCH_JOB = 'dispatch-due-notifications';
/** After a batch that was not full, the next claim comes this much later (each claim is planned and run by PostgreSQL anew). */
const FOLLOW_UP_MS = 100;

export interface DispatchJobOptions {
  concurrency: number;
  batchSize: number;
  lockLifetimeMs: number;
  /** The job's interval; the pause between short batches is never longer. */
  pollIntervalMs?: number;
  isStopping: () => boolean;
  onBatch?: (counts: Awaited<ReturnType<typeof dispatchDueNotifications>>) => void;
}

export function defineDispatchJob(agenda: Agenda, deps: DeliverDeps, opts: DispatchJobOptions): void {
  agenda.define(
    DISPATCH_JOB,
    async (job: Job) => {
      let lastTouch = Date.now();
      const keepLock = async () => {
        if (Date.now() - lastTouch > opts.lockLifetimeMs / 3) {
          lastTouch = Date.now();
          await job.touch();
        }
      };
      // Keep going while there was something to send: a backlog is drained now,
      // not one batch per tick, and rows falling due one after another while
      // this runs are taken up within FOLLOW_UP_MS instead of the next tick.
      const followUpMs = Math.min(FOLLOW_UP_MS, opts.pollIntervalMs ?? FOLLOW_UP_MS);
      for (;;) {
        const counts = await dispatchDueNotifications(deps, {
          concurrency: opts.concurrency,
          batchSize: opts.batchSize,
          shouldStop: opts.isStopping,
          onProgress: keepLock,
        });
        opts.onBatch?.(counts);
        if (counts.claimed === 0 || opts.isStopping()) return;
        // A short batch: what falls due next comes one by one; a pause gathers a few per claim.
        if (counts.claimed < opts.batchSize) await new Promise((resolve) => setTimeout(resolve, followUpMs));
      }
    },
    { concurrency: 1, lockLimit: 1, lockLifetime: opts.lockLifetimeMs },
  );
}

/** Creates (or updates the interval of) the slot jobs; serialised so concurrent starts do not duplicate them. */
export async function scheduleDispatchSlots(agenda: Agenda, knex: Knex, slots: number, intervalMs: number): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(hashtext('muni-scheduler:dispatch-slots'))");
    for (let slot = 0; slot < slots; slot++) {
      await agenda.create(DISPATCH_JOB, { slot }).repeatEvery(intervalMs).unique({ 'data.slot': slot }).save();
    }
  });
}
