/**
 * Requests with a fixed number in flight, from a process of their own so that
 * the HTTP clients do not share the measured server's event loop (as
 * bench/lib/raceClients.ts does for the booking race). Started with fork()
 * (runLoad below); gets a LoadPlan over IPC, answers with a LoadReport.
 */
import { answerPlan, runInChild } from './child';

export interface LoadPlan {
  /** Asked in turn, round and round. */
  urls: string[];
  method: 'GET' | 'POST';
  inFlight: number;
  requests: number;
  /** asked one at a time first, not timed */
  warmUp: number;
}

export interface LoadReport {
  latencies: number[];
  statuses: Record<string, number>;
  elapsedMs: number;
}

/** Runs the plan from a child process. */
export const runLoad = (plan: LoadPlan) => runInChild<LoadPlan, LoadReport>(new URL('./loadClients.ts', import.meta.url), plan);

async function load(plan: LoadPlan): Promise<LoadReport> {
  let n = 0;
  const ask = async () => {
    const res = await fetch(plan.urls[n++ % plan.urls.length]!, { method: plan.method });
    await res.arrayBuffer();
    return res.status;
  };
  for (let i = 0; i < plan.warmUp; i++) await ask();
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let left = plan.requests;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: plan.inFlight }, async () => {
      while (left-- > 0) {
        const sent = performance.now();
        const status = await ask();
        latencies.push(performance.now() - sent);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return { latencies, statuses, elapsedMs: performance.now() - t0 };
}

answerPlan(load);
