import { loadConfig } from '@muni/appointments';
import { joinToken, type ParticipantRole } from '@muni/domain';
import { probeLivekit } from '@muni/livekit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../services/api/src/testing/apiClient';
import { launchBrowser } from './browser';
import { signInOverHttp, stopWhenCallsLeft } from './browserKit';
import { newCallPage, videoFlows } from './callKit';
import { startTestStack, type TestStack } from './stack';

// The local LiveKit dies in the middle of a call with four people (citizen,
// employee, interpreter, third person), each in their own Chromium: every
// page says the service's video server is unreachable (never "check your
// network"), the supervisor of `npm start` starts LiveKit again, and the
// pages are back in the call by themselves, without a reload. Someone who
// opens their link meanwhile is told the same, presses "Join" and is let in by
// the page once video is back. Then the same link opened on a second device:
// the first says so and does not rejoin by itself until the person chooses
// "Continue here".

const NOW = '2026-11-23T08:00:00Z'; // Monday 10:00 in Athens
const START = '2026-11-24T10:00:00.000Z';
const LATER = '2026-11-24T10:00:00.000Z'; // another topic, another room: the one joined during the outage
const FIVE_BEFORE = '2026-11-24T09:55:00Z';
const PERSON = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos.outage@example.gr', phone: '6912345678', language: 'el' };
const THIRD = { fullName: 'Μαρία Τρίτη', email: 'maria.outage@example.gr' };
const ROLES = ['citizen', 'employee', 'interpreter', 'third_person'] as const;
type Role = (typeof ROLES)[number];

// The stack's join links are derived from the test configuration's LINK_SECRET.
const LINK_SECRET = loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv).LINK_SECRET;

// What a page must never show while the server is down, and what it must.
const SERVER_DOWN = '[data-testid="video-server-down"]';
const BLAMES_THE_PERSON = ['[data-testid="connection-offline"]', '[data-testid="connection-lost"]', '[data-testid^="call-ended"]', '[data-testid="join-refused-other"]'];

let stack: TestStack;
let browser: Browser;
const pages = {} as Record<Role, Page>;
const tokens = {} as Record<Role, string>;
const identities = {} as Record<Role, string>;
let lateToken = '';
const browserLog: string[] = [];

beforeAll(async () => {
  // The first restart waits 6 s (not 1 s as in `npm start`): long enough to open a link during the outage.
  [stack, browser] = await Promise.all([startTestStack(NOW, { livekitBackoff: { firstMs: 6000, maxMs: 30_000, stableMs: 60_000 } }), launchBrowser()]);
  expect(stack.livekit, 'the stack must run its own LiveKit for this test (npm run livekit:install)').toBeDefined();
});

afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail') console.log(browserLog.join('\n'));
  browserLog.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await stopWhenCallsLeft(stack);
});

const signIn = (provider: 'gsis' | 'gsis-gov', taxId: string) => signInOverHttp(stack, provider, taxId);

async function newPage(): Promise<Page> {
  return newCallPage(browser, stack.url, { log: browserLog, errorsOnly: true });
}

/** Opens the link, waits for the fake devices, joins and waits until in the call (guests were let in ahead). */
async function joinCall(page: Page, token: string) {
  await page.goto(`/join/${token}`);
  await page.getByText('Η κάμερα και το μικρόφωνο λειτουργούν.').waitFor();
  await page.getByRole('button', { name: 'Είσοδος στη βιντεοκλήση' }).click();
  await page.getByTestId('in-call').waitFor({ timeout: 30_000 });
}

/**
 * Records, from now on, every notice that appears on the page (even for a
 * moment) and what the connection indicator said while the connection was
 * down, plus a marker that a reload would wipe.
 */
function watchNotices(page: Page) {
  return page.evaluate((selectors) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test bookkeeping on the page
    const w = window as any;
    w.__sameDocument = true;
    w.__seen = new Set<string>();
    w.__quality = new Set<string>();
    const look = () => {
      for (const s of selectors) if (document.querySelector(s)) w.__seen.add(s);
      const down = document.querySelector('[data-testid="video-server-down"], [data-testid="reconnecting"]');
      const q = document.querySelector('[data-testid="connection-quality"]')?.textContent;
      if (down && q) w.__quality.add(q);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
    look();
  }, [SERVER_DOWN, ...BLAMES_THE_PERSON]);
}

const seenOn = (page: Page) =>
  page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test bookkeeping on the page
    const w = window as any;
    return { sameDocument: w.__sameDocument === true, seen: [...w.__seen] as string[], quality: [...w.__quality] as string[] };
  });

const token = (appointmentId: string, role: ParticipantRole, version: number) => joinToken(LINK_SECRET, appointmentId, role, version);

describe('the video server goes down in the middle of a call', () => {
  it('four people are in the call', async () => {
    const athens = await stack.knex('municipalities').where({ slug: 'athens' }).first('id');
    const topic = await stack.knex('topics').where({ municipality_id: athens.id, name_en: 'Family status certificate' }).first('id');
    const citizen = await signIn('gsis', '045123787');
    const booked = await citizen.post('/api/v1/appointments', {
      municipalityId: athens.id,
      topicId: topic.id,
      mode: 'video',
      start: START,
      person: PERSON,
      declarations: { dataTrue: true, privacyRead: true },
      interpretation: 'gsl',
      thirdPerson: THIRD,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const appt = await stack.knex('appointments').where({ id: booked.body.id }).first('id', 'version');
    const links = await stack.knex('join_links').where({ appointment_id: appt.id, appointment_version: appt.version }).select('role', 'identity');
    for (const role of ROLES) {
      tokens[role] = token(appt.id, role, appt.version);
      identities[role] = links.find((l) => l.role === role)!.identity;
    }
    // A citizen holds one appointment per topic: the other call is for another topic.
    const otherTopic = await stack.knex('topics').where({ municipality_id: athens.id, name_en: 'Registration in the municipal roll' }).first('id');
    const later = await citizen.post('/api/v1/appointments', { municipalityId: athens.id, topicId: otherTopic.id, mode: 'video', start: LATER, person: PERSON, declarations: { dataTrue: true, privacyRead: true } });
    expect(later.status, JSON.stringify(later.body)).toBe(201);
    lateToken = token(later.body.id, 'citizen', 1);

    stack.clock.set(FIVE_BEFORE);
    // The employee lets the three guests in ahead, so nobody waits in the lobby.
    const employee = new ApiClient(stack.url);
    for (const role of ['citizen', 'interpreter', 'third_person'] as const) {
      const r = await employee.post(`/api/v1/calls/${tokens.employee}/admit`, { identity: identities[role] }, { 'X-CSRF-Token': '' });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }

    for (const role of ROLES) pages[role] = await newPage();
    for (const role of ROLES) await joinCall(pages[role], tokens[role]);
    await expect.poll(() => videoFlows(pages.citizen, 'employee'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.employee, 'citizen'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.third_person, 'interpreter'), { timeout: 30_000 }).toBe(true);
  });

  it('everyone is told the service\'s video server is unreachable (not their network), it is started again, and they are back without a reload', async () => {
    for (const role of ROLES) await watchNotices(pages[role]);
    const lk = stack.livekit!;
    const killed = lk.pid()!;
    process.kill(killed, 'SIGKILL');

    // The API says so too, as soon as the supervisor has seen the exit (it starts the server again a second later).
    const videoStatus = async () => (await fetch(`${stack.url}/api/v1/video/status`)).json();
    await expect.poll(videoStatus, { timeout: 900, interval: 20 }).toEqual({ status: 'down', reason: 'restarting' });
    const ready = await (await fetch(`${stack.url}/readyz`)).json();
    expect(ready).toEqual({ status: 'degraded', video: { status: 'down', reason: expect.stringMatching(/^(restarting|unreachable)$/) } });

    // Every page shows why (the observer keeps it even if it was brief).
    for (const role of ROLES) {
      await expect.poll(async () => (await seenOn(pages[role])).seen, { timeout: 20_000, message: `${role} sees "video server unreachable"` }).toContain(SERVER_DOWN);
    }

    // Meanwhile someone opens their link: told the same, with a countdown; "Join" waits for video.
    const late = await newPage();
    await late.goto(`/join/${lateToken}`);
    await late.locator(SERVER_DOWN).waitFor();
    expect(await late.getByTestId('retry-countdown').textContent()).toMatch(/^Νέος έλεγχος σε \d+ δευτερόλεπτ/);
    await late.getByText('Η κάμερα και το μικρόφωνο λειτουργούν.').waitFor();
    await late.getByRole('button', { name: 'Είσοδος στη βιντεοκλήση' }).click();
    await expect.poll(() => late.getByTestId('retry-countdown').textContent(), { timeout: 5000 }).toMatch(/^Νέα προσπάθεια σύνδεσης σε \d+ δευτερόλεπτ/);
    await watchNotices(late);

    // The supervisor starts it again on the same port.
    await expect.poll(() => lk.state() === 'up' && lk.restarts() === 1, { timeout: 30_000 }).toBe(true);
    expect(lk.pid()).not.toBe(killed);
    expect(await probeLivekit(lk.url)).toEqual({ ok: true });

    // Each page reconnects by itself: in the call, no notice, video flowing again.
    for (const role of ROLES) {
      const page = pages[role];
      await page.getByTestId('in-call').waitFor({ timeout: 60_000 });
      await page.locator(SERVER_DOWN).waitFor({ state: 'detached', timeout: 60_000 });
    }
    await expect.poll(() => videoFlows(pages.citizen, 'employee'), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.employee, 'citizen'), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.citizen, 'interpreter'), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.interpreter, 'third_person'), { timeout: 60_000 }).toBe(true);

    for (const role of ROLES) {
      const seen = await seenOn(pages[role]);
      expect(seen.sameDocument, `${role}: no reload`).toBe(true);
      expect(seen.seen.filter((s) => BLAMES_THE_PERSON.includes(s)), `${role}: never blamed on their network`).toEqual([]);
      // While the connection was down the indicator said so, never "excellent" (LiveKit's last rating).
      expect(seen.quality, `${role}: the indicator while down`).toEqual(['Σύνδεση: επανασύνδεση…']);
    }
    expect(await (await fetch(`${stack.url}/readyz`)).json()).toEqual({ status: 'ready', video: { status: 'up' } });

    // The late one is let in by the page itself (the waiting room of their own call), no reload.
    await late.getByTestId('waiting-room').waitFor({ timeout: 30_000 });
    expect((await seenOn(late)).sameDocument).toBe(true);
    await late.context().close();
  });

  it('the same link on a second device: one of the two is told so, does not come back by itself, and can continue there', async () => {
    const second = await newPage();
    await joinCall(second, tokens.citizen);
    const first = pages.citizen;
    // LiveKit drops the older connection (DUPLICATE_IDENTITY). Right after the outage the first
    // page may still be resuming at that instant and come back once, dropping the second instead:
    // either way exactly one device stays in the call and the other is told so and stays out.
    const toldElsewhere = (p: typeof first) => p.getByTestId('call-ended-elsewhere').count();
    await expect.poll(async () => (await toldElsewhere(first)) + (await toldElsewhere(second)), { timeout: 30_000 }).toBe(1);
    const [out, stays] = (await toldElsewhere(first)) === 1 ? [first, second] : [second, first];
    expect(await out.getByRole('heading', { name: 'Συνδεθήκατε από άλλη συσκευή' }).count()).toBe(1);
    // No automatic rejoin: the two devices would keep dropping each other.
    await new Promise((r) => setTimeout(r, 5000));
    expect(await toldElsewhere(out)).toBe(1);
    expect(await stays.getByTestId('in-call').count()).toBe(1);

    await out.getByRole('button', { name: 'Συνέχεια εδώ' }).click();
    await out.getByTestId('in-call').waitFor({ timeout: 30_000 });
    await stays.getByTestId('call-ended-elsewhere').waitFor({ timeout: 20_000 });
    await expect.poll(() => videoFlows(out, 'employee'), { timeout: 30_000 }).toBe(true);
    await second.context().close();
  });
});
