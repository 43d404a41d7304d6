/**
 * One dispatch batch: up to `batchSize` due notifications, delivered by
 * `concurrency` lanes. Each lane claims one row at a time in its own
 * transaction (FOR UPDATE SKIP LOCKED), so lanes of this and of other
 * scheduler processes never take the same row, and a crash can leave at most
 * one in-flight message per lane unmarked.
 */
import { type DeliverDeps, deliverNextDue } from './deliver';
import type { DeliveryOutcome } from './notificationRow';

export interface DispatchOptions {
  concurrency: number;
  batchSize: number;
  /** Checked before each claim: true stops claiming (in-flight deliveries finish). */
  shouldStop?: () => boolean;
  /** Called after each delivery (the job uses it to keep its lock alive). */
  onProgress?: () => Promise<void> | void;
}

export type DispatchCounts = Record<DeliveryOutcome, number> & { claimed: number };

export async function dispatchDueNotifications(deps: DeliverDeps, opts: DispatchOptions): Promise<DispatchCounts> {
  const counts: DispatchCounts = { claimed: 0, sent: 0, skipped: 0, retry: 0, failed: 0 };
  let reserved = 0;
  const lane = async () => {
    while (reserved < opts.batchSize && !opts.shouldStop?.()) {
      reserved += 1;
      const result = await deliverNextDue(deps);
      if (!result) {
        reserved -= 1;
        return; // nothing due (other lanes may still be finishing theirs)
      }
      counts.claimed += 1;
      counts[result.outcome] += 1;
      await opts.onProgress?.();
    }
  };
  const lanes = Math.max(1, Math.min(opts.concurrency, opts.batchSize));
  // A database error ends only its lane; the others finish before it is reported.
  const results = await Promise.allSettled(Array.from({ length: lanes }, lane));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  return counts;
}
