import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallTestHooks } from '../web/src/call/useNetworkAdaptation';
import { bookVideoCall, employeeJoinPath, newCallPage, useCallStack, videoFlows } from './callKit';
import type { TestStack } from './stack';

// A citizen on a weak connection, in real browsers against the real LiveKit
// server. Two ways to make the connection weak, because loopback cannot be
// made lossy here (no netem in this kernel; Chromium's DevTools packet loss
// does not reach WebRTC):
// - LiveKit's own scenario simulation: the SFU limits what the citizen may
//   receive, LiveKit itself rates the citizen's connection poor, and the page
//   sends and receives less. That reduction is enough for LiveKit's rating to
//   recover (the citizen then asks for the low layer it can have), so:
// - for the sound-only proposal, the switch and the recovery, the citizen's
//   page is given a series of poor, then real ratings through a test-only hook
//   (present only when the test sets window.__callTestHooks before loading).
// What the employee sees of it all comes through LiveKit as in a real call.

const NOW = '2026-11-23T08:00:00Z'; // Monday 10:00 in Athens
const START = '2026-11-24T10:00:00.000Z'; // Tuesday 12:00 in Athens
const FIVE_BEFORE = '2026-11-24T09:55:00Z';
const PERSON = { fullName: 'Ελένη Αθανασίου', email: 'eleni.network@example.gr', phone: '6912345670', language: 'el' };

let stack: TestStack;
let browser: Browser;
const links = {} as Record<'citizen' | 'employee', string>;
const pages = {} as Record<'citizen' | 'employee', Page>;

const env = useCallStack(NOW);
const browserLog = env.log;
// The file's tests read these once the stack is up.
beforeAll(() => {
  ({ stack, browser } = env);
});

async function newPage(phone = false, hooks = false): Promise<Page> {
  return newCallPage(browser, stack.url, { viewport: phone ? { width: 390, height: 844 } : undefined, testHooks: hooks, log: browserLog });
}

async function join(page: Page, path: string) {
  await page.goto(path);
  await page.getByText('Η κάμερα και το μικρόφωνο λειτουργούν.').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Είσοδος στη βιντεοκλήση' }).click();
  await page.locator('[data-testid="waiting-room"], [data-testid="in-call"]').first().waitFor({ timeout: 20_000 });
}

type HookCall = { [K in keyof CallTestHooks]: [K, ...Parameters<CallTestHooks[K]>] }[keyof CallTestHooks];
/** Calls one of the call page's test hooks (see useNetworkAdaptation.ts). */
function hook(page: Page, ...call: HookCall) {
  return page.evaluate(async ([name, arg]) => {
    const hooks = (window as unknown as { __callTest?: Record<string, (a: unknown) => unknown> }).__callTest;
    if (!hooks) throw new Error('the call page did not expose its test hooks');
    await hooks[name]!(arg);
  }, call);
}

const step = (page: Page) => page.getByTestId('network-notice').getAttribute('data-step');
const citizenBadge = () => pages.employee.getByTestId('tile-citizen').getByTestId('quality-badge');
/** What the test saw over time, printed when a wait fails. */
const seen: string[] = [];
async function watch() {
  const [s, q, n] = await Promise.all([step(pages.citizen), citizenBadge().getAttribute('data-quality').catch(() => '-'), citizenBadge().getAttribute('data-network').catch(() => '-')]);
  seen.push(`${new Date().toISOString().slice(11, 19)} citizen step ${s}, employee sees quality ${q} network ${n}`);
}

describe('a call on a weak connection', () => {
  it('the citizen and the employee are in the call and see each other', async () => {
    const { citizen, id } = await bookVideoCall(stack, START, PERSON);
    links.citizen = (await citizen.get(`/api/v1/appointments/${id}/join-link`)).body.path;
    links.employee = await employeeJoinPath(stack, id);

    stack.clock.set(FIVE_BEFORE);
    pages.employee = await newPage();
    await join(pages.employee, links.employee);
    pages.citizen = await newPage(true, true);
    await join(pages.citizen, links.citizen);
    const waiting = pages.employee.getByTestId('person-citizen');
    await expect.poll(() => waiting.textContent(), { timeout: 15_000 }).toContain('περιμένει');
    await waiting.getByRole('button', { name: `Είσοδος ${PERSON.fullName}` }).click();
    await pages.citizen.getByTestId('in-call').waitFor({ timeout: 15_000 });
    await expect.poll(() => videoFlows(pages.citizen, 'employee'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.employee, 'citizen'), { timeout: 20_000 }).toBe(true);
    // A good connection: nothing to say.
    expect(await step(pages.citizen)).toBe('normal');
    expect(await pages.citizen.getByTestId('network-notice').textContent()).toBe('');
  });

  it('LiveKit limits what the citizen receives: it rates them poor, the employee sees it, the citizen’s page sends and receives less; and back', async () => {
    await hook(pages.citizen, 'simulateSubscriberBandwidth', 40_000);
    const timer = setInterval(() => void watch().catch(() => undefined), 2000);
    try {
      // LiveKit's own rating, in words, on the employee's tile of the citizen. LiveKit rates over a
      // window of its own: on a loaded machine (the whole suite) it took over 40 s once.
      await expect.poll(() => citizenBadge().getAttribute('data-quality'), { timeout: 70_000 }).toMatch(/poor|lost/);
      expect(await citizenBadge().textContent()).toMatch(/Σύνδεση: (αδύναμη|χάθηκε)/);
      // Not one rating but a poor connection that lasts: the citizen's page sends and receives less, and says so.
      await expect.poll(() => step(pages.citizen), { timeout: 30_000 }).toBe('reduced');
      expect(await pages.citizen.getByTestId('network-notice').textContent()).toContain('σε χαμηλότερη ποιότητα');
      await expect.poll(() => citizenBadge().getAttribute('data-network'), { timeout: 10_000 }).toBe('reduced');
      expect(await citizenBadge().textContent()).toContain('Χαμηλότερη ποιότητα λόγω σύνδεσης');
      // Still in the call with video both ways, at a lower quality.
      expect(await videoFlows(pages.employee, 'citizen')).toBe(true);
      expect(await videoFlows(pages.citizen, 'employee')).toBe(true);

      await hook(pages.citizen, 'simulateSubscriberBandwidth', 0);
      await expect.poll(() => step(pages.citizen), { timeout: 60_000 }).toBe('normal');
      await expect.poll(() => citizenBadge().getAttribute('data-network'), { timeout: 10_000 }).toBe('normal');
    } catch (e) {
      console.log(seen.join('\n'));
      throw e;
    } finally {
      clearInterval(timer);
    }
  }, 200_000); // its waits, each for LiveKit's own rating, add up past the default

  it('a connection that stays poor: sound only is proposed to the citizen, who accepts; the employee sees the switch', async () => {
    seen.length = 0;
    await hook(pages.citizen, 'forceOwnQuality', 'poor');
    const timer = setInterval(() => void watch().catch(() => undefined), 2000);
    try {
      await expect.poll(() => step(pages.citizen), { timeout: 15_000 }).toBe('reduced');
      // Proposed, never switched by itself for a citizen.
      await expect.poll(() => step(pages.citizen), { timeout: 15_000 }).toBe('propose-audio-only');
      const notice = pages.citizen.getByTestId('network-notice');
      expect(await notice.textContent()).toContain('Η σύνδεσή σας παραμένει αδύναμη');
      expect(await notice.getAttribute('aria-live')).toBe('polite');
      expect(await videoFlows(pages.employee, 'citizen')).toBe(true);
      await notice.getByRole('button', { name: 'Συνέχεια μόνο με ήχο' }).click();

      await expect.poll(() => step(pages.citizen)).toBe('audio-only');
      expect(await notice.textContent()).toContain('Συνεχίζετε μόνο με ήχο');
      expect(await notice.getByRole('button', { name: 'Άνοιγμα εικόνας ξανά' }).isVisible()).toBe(true);
      // The employee: no picture of the citizen, and why, on the tile, in the people list and out loud.
      await expect.poll(() => pages.employee.locator('video[data-remote="true"][data-role="citizen"]').count(), { timeout: 10_000 }).toBe(0);
      await expect.poll(() => citizenBadge().getAttribute('data-network'), { timeout: 10_000 }).toBe('audio-only');
      expect(await citizenBadge().textContent()).toContain('Μόνο ήχος λόγω σύνδεσης');
      expect(await pages.employee.getByTestId('tile-citizen').locator('.tile-placeholder').textContent()).toBe('Μόνο ήχος λόγω σύνδεσης');
      expect(await pages.employee.getByTestId('network-announcer').textContent()).toBe(`${PERSON.fullName}: μόνο ήχος λόγω αδύναμης σύνδεσης.`);
      expect(await pages.employee.getByTestId('person-citizen').getByTestId('quality-badge').getAttribute('data-network')).toBe('audio-only');
      // The citizen still receives the employee.
      expect(await videoFlows(pages.citizen, 'employee')).toBe(true);
    } catch (e) {
      console.log(seen.join('\n'));
      throw e;
    } finally {
      clearInterval(timer);
    }
  });

  it('the connection recovers: the video is offered again, the citizen turns it on and the employee sees them again', async () => {
    seen.length = 0;
    // LiveKit's real rating again: the loopback connection is fine.
    await hook(pages.citizen, 'forceOwnQuality', null);
    const timer = setInterval(() => void watch().catch(() => undefined), 2000);
    try {
      await expect.poll(() => step(pages.citizen), { timeout: 30_000 }).toBe('offer-video-again');
      const notice = pages.citizen.getByTestId('network-notice');
      expect(await notice.textContent()).toContain('Η σύνδεσή σας είναι ξανά καλή');
      await notice.getByRole('button', { name: 'Άνοιγμα εικόνας ξανά' }).click();
      await expect.poll(() => step(pages.citizen)).toMatch(/reduced|normal/);
      await expect.poll(() => videoFlows(pages.employee, 'citizen'), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => pages.employee.getByTestId('network-announcer').textContent()).toBe(`${PERSON.fullName}: η εικόνα επέστρεψε.`);
      // Good for a while with the camera on: back to normal on both screens.
      await expect.poll(() => step(pages.citizen), { timeout: 30_000 }).toBe('normal');
      await expect.poll(() => citizenBadge().getAttribute('data-network'), { timeout: 10_000 }).toBe('normal');
    } catch (e) {
      console.log(seen.join('\n'));
      throw e;
    } finally {
      clearInterval(timer);
    }
  });
});
