/**
 * One dispatch batch: up to `batchSize` due notifications, delivered by
 * `concurrency` lanes. Rows are claimed a few lanes' worth at a time with one
 * statement (claim.ts) and handed to the lanes from a short queue, so the
 * appointment data a lane checks is at most a moment old when it sends, and
 * rows this process cannot start soon stay free for other processes.
 * Each lane awaits its row's mark before taking the next, so a crash leaves
 * at most `concurrency` accepted-but-unmarked messages; the lanes' 'sent'
 * marks are written together (sentMarks.ts).
 */
import { type ClaimedNotification, claimDue, DEFAULT_LEASE_MS, releaseClaims, renewClaims } from './claim';
import { type DeliverDeps, deliverOrRelease } from './deliver';
import type { DeliveryOutcome } from './notificationRow';
import { groupedSentMarks, writeSentMarks } from './sentMarks';

export interface DispatchOptions {
  concurrency: number;
  batchSize: number;
  /** Checked before each row is started: true stops (in-flight deliveries finish, queued claims are handed back). */
  shouldStop?: () => boolean;
  /** Called after each delivery (the job uses it to keep its lock alive). */
  onProgress?: () => Promise<void> | void;
}

export type DispatchCounts = Record<DeliveryOutcome, number> & { claimed: number };

export async function dispatchDueNotifications(deps: DeliverDeps, opts: DispatchOptions): Promise<DispatchCounts> {
  const counts: DispatchCounts = { claimed: 0, sent: 0, skipped: 0, retry: 0, failed: 0 };
  const lanesDeps: DeliverDeps = { ...deps, markSent: deps.markSent ?? groupedSentMarks((marks) => writeSentMarks(deps.knex, marks)) };
  const lanes = Math.max(1, Math.min(opts.concurrency, opts.batchSize));
  // Two rows per lane: one in flight, one ready, and a claim for more under way meanwhile.
  const chunk = lanes * 2;
  const queue: ClaimedNotification[] = [];
  const held = new Set<string>();
  let exhausted = false;
  let claiming: Promise<void> | null = null;

  const refill = (): Promise<void> => {
    claiming ??= (async () => {
      const limit = Math.min(chunk, opts.batchSize - counts.claimed);
      const rows = limit > 0 ? await claimDue(deps, { limit }) : [];
      for (const r of rows) held.add(r.row.id);
      counts.claimed += rows.length;
      queue.push(...rows);
      if (rows.length < limit || counts.claimed >= opts.batchSize) exhausted = true;
    })().finally(() => {
      claiming = null;
    });
    return claiming;
  };

  const next = async (): Promise<ClaimedNotification | undefined> => {
    for (;;) {
      if (opts.shouldStop?.()) return undefined;
      const claimed = queue.shift();
      if (claimed) {
        if (queue.length < lanes && !exhausted) refill().catch(() => undefined); // awaited by whoever needs it
        return claimed;
      }
      if (claiming) await claiming;
      else if (exhausted) return undefined;
      else await refill();
    }
  };

  const lane = async () => {
    for (;;) {
      const claimed = await next();
      if (!claimed) return;
      try {
        counts[await deliverOrRelease(lanesDeps, claimed)] += 1;
      } finally {
        held.delete(claimed.row.id);
      }
      await opts.onProgress?.();
    }
  };

  // Claims live while this process holds them, however slow the SMTP server is.
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const renewal = setInterval(() => renewClaims(deps, [...held]).catch(() => undefined), Math.max(100, leaseMs / 3));
  renewal.unref?.();
  try {
    // A database error ends only its lane; the others finish before it is reported.
    const results = await Promise.allSettled(Array.from({ length: lanes }, lane));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    return counts;
  } finally {
    clearInterval(renewal);
    await (claiming as Promise<void> | null)?.catch(() => undefined);
    // Stopping (or a lane's error) leaves claimed rows unstarted: free them for others now.
    await releaseClaims(deps, queue.splice(0).map((c) => c.row.id)).catch(() => undefined);
  }
}
