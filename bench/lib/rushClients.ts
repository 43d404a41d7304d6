/**
 * The simulated people of the morning rush (bench/rush.ts), in a process of
 * their own so that their HTTP clients do not share the API's event loop.
 * Started with fork(); gets a RushPlan over IPC, answers with RushReport.
 *
 * A citizen arrives at a random moment of the rush, reads the topics, browses
 * a week of free times (the next week when that one is full), picks one of the
 * earliest (everyone wants the first morning), holds it, fills in the form and
 * books. A lost time (409) is retried with one of the alternatives the answer
 * offers, up to three times. Some leave without booking after holding.
 * Employees read their day's list in the console every few seconds meanwhile.
 */
import { randomUUID } from 'node:crypto';
import { answerPlan } from './child';

export interface RushPlan {
  url: string;
  municipalityId: string;
  topicId: string;
  mode: 'in_person' | 'phone' | 'video';
  /** Local YYYY-MM-DD days: the first day of each week a citizen may browse. */
  weeks: { from: string; to: string }[];
  consoleDay: string;
  citizens: { sid: string; csrf: string }[];
  employees: { sid: string; csrf: string }[];
  seconds: number;
  /** Form filling time, ms (uniform between the two). */
  formMs: [number, number];
  abandonShare: number;
  seed: number;
}

export interface RushReport {
  /** Route → latencies in ms and status counts. */
  routes: Record<string, { ms: number[]; statuses: Record<string, number> }>;
  booked: number;
  abandoned: number;
  gaveUp: number;
  noFreeTime: number;
  networkErrors: Record<string, number>;
  elapsedMs: number;
  cpuSeconds: number;
  /** Unexpected answers (not 2xx, not 409 on hold/book), first few. */
  unexpected: string[];
}

function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read loosely
type Answer = Record<string, any>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const person = (i: number) => ({ fullName: `Πολίτης Πρωινού ${i}`, email: `rush${i}@example.gr`, phone: '6912345678', language: 'el' });
const declarations = { dataTrue: true, privacyRead: true };

async function simulate(plan: RushPlan): Promise<RushReport> {
  const random = prng(plan.seed);
  const report: RushReport = { routes: {}, booked: 0, abandoned: 0, gaveUp: 0, noFreeTime: 0, networkErrors: {}, elapsedMs: 0, cpuSeconds: 0, unexpected: [] };
  const m = `/api/v1/municipalities/${plan.municipalityId}`;
  const call = async (route: string, who: { sid: string; csrf: string }, path: string, body?: unknown, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = { cookie: `muni_sid=${who.sid}`, ...extra };
    if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'X-CSRF-Token': who.csrf });
    const t0 = performance.now();
    try {
      const res = await fetch(`${plan.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const json = (await res.json()) as Answer;
      const r = (report.routes[route] ??= { ms: [], statuses: {} });
      r.ms.push(performance.now() - t0);
      r.statuses[res.status] = (r.statuses[res.status] ?? 0) + 1;
      const expected = res.status < 300 || (res.status === 409 && (route.startsWith('POST /holds') || route.startsWith('POST /appointments')));
      if (!expected && report.unexpected.length < 5) report.unexpected.push(`${route} ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
      return { status: res.status, body: json };
    } catch (err) {
      const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
      report.networkErrors[code] = (report.networkErrors[code] ?? 0) + 1;
      return { status: 0, body: {} as Answer };
    }
  };

  const citizen = async (i: number, who: { sid: string; csrf: string }) => {
    await call('GET /municipalities/:id/topics', who, `${m}/topics?mode=${plan.mode}`);
    let times: string[] = [];
    for (const w of plan.weeks) {
      const r = await call('GET /municipalities/:id/slots', who, `${m}/slots?mode=${plan.mode}&topicId=${plan.topicId}&from=${w.from}&to=${w.to}`);
      times = ((r.body.slots ?? []) as { start: string }[]).map((s) => s.start);
      if (times.length) break;
    }
    if (!times.length) {
      report.noFreeTime++;
      return;
    }
    // The first morning is what everyone wants: one of the ten earliest.
    let start = times[Math.floor(random() * Math.min(10, times.length))]!;
    await sleep(300 + random() * 1200); // reading the list
    const hold = { municipalityId: plan.municipalityId, topicId: plan.topicId, mode: plan.mode, interpretation: null, requestedEmployeeId: null };
    let holdId: string | undefined;
    for (let attempt = 0; attempt < 4 && !holdId; attempt++) {
      const r = await call('POST /holds', who, '/api/v1/holds', { ...hold, start });
      if (r.status === 201) holdId = r.body.id;
      else if (r.status === 409) {
        const alternatives = ((r.body.error?.alternatives ?? []) as { start: string }[]).map((a) => a.start);
        if (!alternatives.length) break;
        start = alternatives[Math.floor(random() * alternatives.length)]!;
      } else break;
    }
    if (!holdId) {
      report.gaveUp++;
      return;
    }
    await sleep(plan.formMs[0] + random() * (plan.formMs[1] - plan.formMs[0]));
    if (random() < plan.abandonShare) {
      report.abandoned++;
      return;
    }
    const booking = { ...hold, holdId, start, person: person(i), declarations };
    const r = await call('POST /appointments', who, '/api/v1/appointments', booking, { 'Idempotency-Key': randomUUID() });
    if (r.status === 201) report.booked++;
  };

  let running = true;
  const employee = async (who: { sid: string; csrf: string }, k: number) => {
    await sleep(random() * 2000);
    for (let n = 0; running; n++) {
      if (n % 10 === 0) await call('GET /console/filters', who, '/api/v1/console/filters');
      await call('GET /console/appointments', who, `/api/v1/console/appointments?date=${plan.consoleDay}${k % 2 ? '' : '&status=booked'}`);
      await sleep(1500 + random() * 1000);
    }
  };

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const staff = plan.employees.map((e, k) => employee(e, k));
  const arrivals = plan.citizens.map(() => random() * plan.seconds * 1000).sort((a, b) => a - b);
  await Promise.all(
    plan.citizens.map(async (who, i) => {
      await sleep(arrivals[i]!);
      await citizen(i, who);
    }),
  );
  running = false;
  await Promise.all(staff);
  report.elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  report.cpuSeconds = Math.round((cpu.user + cpu.system) / 1e5) / 10;
  return report;
}

answerPlan(simulate);
