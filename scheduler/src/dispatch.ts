/**
 * One dispatch batch: up to `batchSize` due notifications, delivered by
 * `concurrency` lanes. Rows are claimed a few lanes' worth at a time with one
 * statement (claim.ts) and handed to the lanes from a short queue, so the
 * appointment data a lane checks is at most a moment old when it sends, and
 * rows this process cannot start soon stay free for other processes.
 * The lanes' 'sent' marks are written together behind them (sentMarks.ts):
 * a lane goes on to its next row while its mark is written, but no lane hands
 * a message to SMTP while `lanes` messages are in flight or accepted and not
 * yet marked, so a crash still leaves at most `concurrency` accepted-but-
 * unmarked messages (sent again, with the same Message-ID).
 */
import { type ClaimedNotification, claimDue, DEFAULT_LEASE_MS, releaseClaims, renewClaims } from './claim';
import { type DeliverDeps, deliverOrRelease, markSentThroughOutage } from './deliver';
import type { DeliveryOutcome } from './notificationRow';
import { groupedSentMarks, type SentMark, writeSentMarks } from './sentMarks';

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
  const grouped = deps.markSent ?? groupedSentMarks((marks) => writeSentMarks(deps.knex, marks));
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

  // Messages handed to SMTP whose 'sent' mark is not written yet (delivering, or marked behind).
  let atRisk = 0;
  const marking = new Set<Promise<void>>();
  let markFailure: { error: unknown } | undefined;
  const markBehind = (mark: SentMark): void => {
    const written: Promise<void> = markSentThroughOutage(deps, () => grouped(mark))
      .catch(async (error: unknown) => {
        // As when a lane's own mark fails: the claim is handed back (the row may go out again, same Message-ID).
        markFailure ??= { error };
        await releaseClaims(deps, [mark.id]).catch(() => undefined);
      })
      .finally(() => {
        atRisk -= 1;
        held.delete(mark.id);
        marking.delete(written);
      });
    marking.add(written);
  };

  const lane = async () => {
    for (;;) {
      const claimed = await next();
      if (!claimed) return;
      // When it is `lanes`, at least one of them is a mark being written: wait for one.
      while (atRisk >= lanes) await Promise.race(marking);
      if (markFailure) throw markFailure.error;
      atRisk += 1;
      let markedBehind = false;
      const laneDeps: DeliverDeps = {
        ...deps,
        markSent: async (mark) => {
          markedBehind = true;
          markBehind(mark);
        },
      };
      try {
        counts[await deliverOrRelease(laneDeps, claimed)] += 1;
      } finally {
        if (!markedBehind) {
          atRisk -= 1;
          held.delete(claimed.row.id);
        }
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
    while (marking.size > 0) await Promise.all(marking);
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    if (markFailure) throw markFailure.error;
    return counts;
  } finally {
    while (marking.size > 0) await Promise.all(marking);
    clearInterval(renewal);
    await (claiming as Promise<void> | null)?.catch(() => undefined);
    // Stopping (or a lane's error) leaves claimed rows unstarted: free them for others now.
    await releaseClaims(deps, queue.splice(0).map((c) => c.row.id)).catch(() => undefined);
  }
}
