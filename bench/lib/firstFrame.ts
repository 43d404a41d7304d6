/**
 * Time from a citizen's click on "Join" to the first decoded remote video
 * frame, in real headless Chromium (fake camera and microphone) against the
 * whole stack on loopback: the e2e helpers (e2e/stack.ts, e2e/browser.ts)
 * start it, as `npm start` would run it.
 *
 * The citizen is admitted ahead (POST /calls/:employeeToken/admit) so the
 * figure is the join request plus the media path, not how fast an employee
 * clicks "Admit". One appointment; each sample is a rejoin from a fresh
 * browser context (new peer connection), with the employee already in the
 * call publishing video. One unmeasured warm-up join comes first. Measured on
 * a desktop window (1280×800) and then, in the same call, on a phone
 * (390×844, touch), whose layout differs (call.css).
 */
import { existsSync } from 'node:fs';
import { signInAtStandIn } from '@muni/identity/testing';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from '../../e2e/browser';
import { startTestStack, type TestStack } from '../../e2e/stack';
import { ApiClient } from '../../services/api/src/testing/apiClient';
import { log } from './log';
import { percentile } from './stats';

const NOW = '2026-11-23T08:00:00Z'; // Monday 10:00 in Athens: the slot below is bookable
const START = '2026-11-24T10:00:00.000Z';
const FIVE_BEFORE = '2026-11-24T09:55:00Z'; // the call is open
const CITIZEN_TAX_ID = '045123787';
const PERSON = { fullName: 'Πολίτης Μέτρησης', email: 'bench.video@example.gr', phone: '6912345678', language: 'el' };
const JOIN_BUTTON = 'Είσοδος στη βιντεοκλήση';

type Measured = { samples: number[]; p50: number; warmUpMs: number; viewport: string };
export type FirstFrameResult = { desktop: Measured; phone: Measured; note: string } | { skipped: string } | { failed: string };

/** The two windows measured: a desktop and a phone (mobile emulation with touch). */
const LAYOUTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;
type Layout = keyof typeof LAYOUTS;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (ms: number) => Math.round(ms);

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function signIn(base: string, provider: 'gsis' | 'gsis-gov', taxId: string): Promise<ApiClient> {
  const c = new ApiClient(base);
  const login = await c.raw(`/auth/${provider}/login?returnTo=/`);
  const callback = await signInAtStandIn(new URL(login.headers.get('location')!, base).toString(), { taxId });
  const done = await c.raw(callback.toString());
  if (done.status !== 302) throw new Error(`${provider} sign-in answered ${done.status}`);
  c.resetCsrf();
  return c;
}

/** Books one video appointment as the citizen; returns both people's join paths (/join/<token>). */
async function bookVideoCall(stack: TestStack): Promise<{ citizen: string; employee: string }> {
  const athens = await stack.knex('municipalities').where({ slug: 'athens' }).first('id');
  const topic = await stack.knex('topics').where({ municipality_id: athens.id, name_en: 'Family status certificate' }).first('id');
  const citizen = await signIn(stack.url, 'gsis', CITIZEN_TAX_ID);
  const booked = await citizen.post('/api/v1/appointments', {
    municipalityId: athens.id,
    topicId: topic.id,
    mode: 'video',
    start: START,
    person: PERSON,
    declarations: { dataTrue: true, privacyRead: true },
  });
  if (booked.status !== 201) throw new Error(`booking answered ${booked.status}: ${JSON.stringify(booked.body)}`);
  const id = booked.body.id as string;
  // Only the assigned employee gets the employee's link: sign in as whoever the booking went to.
  const assigned = await stack.knex('employees').join('appointments', 'appointments.employee_id', 'employees.id').where('appointments.id', id).first('employees.tax_id');
  const employee = await signIn(stack.url, 'gsis-gov', assigned.tax_id);
  await employee.post('/api/v1/session/municipality', { municipalityId: athens.id });
  const paths = { citizen: (await citizen.get(`/api/v1/appointments/${id}/join-link`)).body, employee: (await employee.get(`/api/v1/appointments/${id}/join-link`)).body };
  if (paths.citizen.role !== 'citizen' || paths.employee.role !== 'employee') throw new Error(`unexpected join links: ${JSON.stringify(paths)}`);
  return { citizen: paths.citizen.path, employee: paths.employee.path };
}

async function newPage(browser: Browser, base: string, layout: Layout = 'desktop'): Promise<Page> {
  const context = await browser.newContext({ ...LAYOUTS[layout], baseURL: base, locale: 'el-GR', timezoneId: 'Europe/Athens', permissions: ['camera', 'microphone'] });
  return context.newPage();
}

/** Opens a join link and waits until the device check has seen the fake camera and microphone and the network. */
async function deviceCheck(page: Page, path: string) {
  await page.goto(path);
  await page.getByText('Η κάμερα και το μικρόφωνο λειτουργούν.').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => /καλή|αδύναμη/.test(document.querySelector('[data-testid="network-status"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
}

/**
 * Clicks "Join" inside the page and resolves with the milliseconds until a
 * remote video of the employee has a decoded frame (videoWidth > 0), checked
 * every animation frame; both ends of the interval are the page's own clock.
 */
function clickToFirstFrame(page: Page): Promise<number> {
  // No named functions in here: tsx (esbuild keepNames) would wrap them in a __name the page lacks.
  return page.evaluate(
    async ({ label, timeoutMs }) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
      if (!button) throw new Error('no join button');
      const t0 = performance.now();
      button.click();
      for (;;) {
        const v = document.querySelector<HTMLVideoElement>('video[data-remote="true"][data-role="employee"]');
        if (v && v.videoWidth > 0) return performance.now() - t0;
        if (performance.now() - t0 > timeoutMs) throw new Error('no remote video frame');
        await new Promise((r) => requestAnimationFrame(r));
      }
    },
    { label: JOIN_BUTTON, timeoutMs: 30_000 },
  );
}

/** The remote video keeps playing (a first frame alone could be a frozen one). */
function videoAdvances(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const v = document.querySelector<HTMLVideoElement>('video[data-remote="true"][data-role="employee"]');
    if (!v) return false;
    const t = v.currentTime;
    await new Promise((r) => setTimeout(r, 400));
    return v.currentTime > t;
  });
}

type Participant = { identity: string; role: string; connected: boolean };

async function measure(stack: TestStack, browser: Browser, samples: number): Promise<FirstFrameResult> {
  log('first frame: booking a video appointment');
  const links = await bookVideoCall(stack);
  stack.clock.set(FIVE_BEFORE);
  const employeeToken = links.employee.split('/').pop()!;
  const participants = async (): Promise<Participant[]> => {
    const res = await fetch(`${stack.url}/api/v1/calls/${employeeToken}/participants`);
    if (res.status !== 200) throw new Error(`participants answered ${res.status}`);
    return ((await res.json()) as { participants: Participant[] }).participants;
  };

  log('first frame: the employee joins');
  const employee = await newPage(browser, stack.url);
  await deviceCheck(employee, links.employee);
  await employee.getByRole('button', { name: JOIN_BUTTON }).click();
  await employee.getByTestId('in-call').waitFor({ timeout: 20_000 });

  const citizen = (await participants()).find((p) => p.role === 'citizen')!;
  const admit = await fetch(`${stack.url}/api/v1/calls/${employeeToken}/admit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity: citizen.identity }),
  });
  if (admit.status !== 200) throw new Error(`admit answered ${admit.status}: ${await admit.text()}`);

  const run = async (layout: Layout): Promise<Measured> => {
    const times: number[] = [];
    for (let i = 0; i <= samples; i++) {
      const page = await newPage(browser, stack.url, layout);
      await deviceCheck(page, links.citizen);
      const ms = await clickToFirstFrame(page);
      await until('the remote video to play', () => videoAdvances(page), 10_000);
      times.push(ms);
      log(`first frame (${layout}): ${i === 0 ? 'warm-up' : `sample ${i}`} ${round(ms)} ms`);
      // Leave as a closing tab does, and wait until LiveKit has let the citizen go before the next rejoin.
      await page.goto('about:blank');
      await page.context().close();
      await until('the citizen to leave the room', async () => !(await participants()).find((p) => p.identity === citizen.identity)?.connected, 20_000);
    }
    const [warmUp, ...measured] = times.map(round);
    const { width, height } = LAYOUTS[layout].viewport;
    return { samples: measured, p50: percentile([...measured].sort((a, b) => a - b), 50), warmUpMs: warmUp!, viewport: `${width}×${height}${layout === 'phone' ? ' mobile, touch' : ''}` };
  };
  const desktop = await run('desktop');
  const phone = await run('phone');
  await employee.goto('about:blank');
  return {
    desktop,
    phone,
    note:
      'click on "Join" (citizen page) → first decoded remote video frame of the employee (videoWidth > 0, then checked to keep playing); ' +
      'citizen pre-admitted via POST /calls/:employeeToken/admit, so no waiting-room click is included; employee already in the call; ' +
      'each sample a rejoin from a fresh Chromium context (fake camera/mic) on loopback, after one unmeasured warm-up; full stack via e2e/stack.ts',
  };
}

/** Starts the stack and Chromium, measures, stops both. Missing Chromium or LiveKit → skipped; any other failure → failed. */
export async function measureFirstRemoteFrame(samples = 3): Promise<FirstFrameResult> {
  if (!existsSync(CHROMIUM)) return { skipped: `Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)` };
  let stack: TestStack | undefined;
  let browser: Browser | undefined;
  try {
    log('first frame: starting the whole stack (database, LiveKit, web build) and Chromium');
    const [s, b] = await Promise.allSettled([startTestStack(NOW), launchBrowser()]);
    if (s.status === 'fulfilled') stack = s.value;
    if (b.status === 'fulfilled') browser = b.value;
    if (b.status === 'rejected') return { skipped: `Chromium did not start: ${(b.reason as Error).message.split('\n')[0]}` };
    if (s.status === 'rejected') throw s.reason;
    if (!stack!.videoAvailable) return { skipped: 'LiveKit is not available to the stack (npm run livekit:install)' };
    return await measure(stack!, browser!, samples);
  } catch (err) {
    return { failed: (err instanceof Error ? err.message : String(err)).split('\n')[0]! };
  } finally {
    await browser?.close().catch(() => undefined);
    if (stack) {
      // Let LiveKit's "participant left" webhooks land before the database stops.
      await until('attendance to close', async () => Number((await stack!.knex('call_attendance').whereNull('left_at').count<{ n: string }[]>('* as n'))[0]!.n) === 0, 10_000).catch(() => undefined);
      await stack.stop().catch(() => undefined);
    }
  }
}
