/**
 * The booking race's people (bench/booking-race.ts), in a process of their
 * own so that their HTTP clients do not share the API's event loop (as
 * bench/lib/rushClients.ts does for the rush). Started with fork(); gets a
 * RacePlan over IPC, fires every request at once, answers with RaceReport.
 */
import { randomUUID } from 'node:crypto';
import { answerPlan } from './child';

export interface RacePlan {
  url: string;
  /** One per attempt: the session and the booking's body. */
  attempts: { sid: string; csrf: string; body: Record<string, unknown> }[];
}

export interface RaceReport {
  latencies: number[];
  statuses: Record<string, number>;
  conflictsWithAlternatives: number;
  failures: Record<string, number>;
  elapsedMs: number;
  cpuMs: number;
}

async function race(plan: RacePlan): Promise<RaceReport> {
  const statuses: Record<string, number> = {};
  const failures: Record<string, number> = {};
  const latencies: number[] = [];
  let conflictsWithAlternatives = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    plan.attempts.map(async ({ sid, csrf, body }) => {
      const headers = { cookie: `muni_sid=${sid}`, 'X-CSRF-Token': csrf, 'content-type': 'application/json', 'Idempotency-Key': randomUUID() };
      const sent = performance.now();
      try {
        const res = await fetch(`${plan.url}/api/v1/appointments`, { method: 'POST', headers, body: JSON.stringify(body) });
        const answer = (await res.json()) as { error?: { alternatives?: unknown } };
        latencies.push(performance.now() - sent);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 409 && Array.isArray(answer.error?.alternatives)) conflictsWithAlternatives++;
      } catch (err) {
        const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
        failures[code] = (failures[code] ?? 0) + 1;
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  return { latencies, statuses, conflictsWithAlternatives, failures, elapsedMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

answerPlan(race);
