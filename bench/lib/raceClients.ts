/**
 * The booking race's people (bench/booking-race.ts), in a process of their
 * own so that their HTTP clients do not share the API's event loop (as
 * bench/lib/rushClients.ts does for the rush). Started with fork(); gets a
 * RacePlan over IPC, fires every request at once, answers with RaceReport.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
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

/** One POST on a connection of its own (as a thousand browsers would), with node:http: lighter than fetch, so the clients take less of the machine the API runs on. */
function post(url: string, headers: Record<string, string>, payload: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(payload) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (err) => reject(Object.assign(new Error(err.message), { cause: err })));
    req.end(payload);
  });
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
        const res = await post(`${plan.url}/api/v1/appointments`, headers, JSON.stringify(body));
        const answer = JSON.parse(res.body) as { error?: { alternatives?: unknown } };
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
