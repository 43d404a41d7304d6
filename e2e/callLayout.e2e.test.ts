import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookVideoCall, employeeJoinPath, newCallPage, useCallStack, videoFlows } from './callKit';
import type { TestStack } from './stack';

// The call page as people expect a call: it fills the window on a desktop
// (1280×800) and on a phone (390×844, touch), nothing scrolls, the
// interpreter stays in sight of the citizen through every identity step, the
// self-view covers nobody, "Join" is on a phone's first screen, removing
// someone asks first, and a reload goes straight back in. axe on every state
// of the call, in Greek and in English.

const NOW = '2026-11-23T08:00:00Z'; // Monday 10:00 in Athens
const START = '2026-11-24T10:00:00.000Z';
const FIVE_BEFORE = '2026-11-24T09:55:00Z';
const PERSON = { fullName: 'Ελένη Μεγάλη', email: 'eleni.layout@example.gr', phone: '6912345678', language: 'el' };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, mobile: true };
const JOIN = { el: 'Είσοδος στη βιντεοκλήση', en: 'Join the video call' } as const;
type Lang = keyof typeof JOIN;

let stack: TestStack;
let browser: Browser;
const links = {} as Record<'citizen' | 'employee' | 'interpreter', string>;
let employee: Page;
let interpreter: Page;
let phone: Page;

const env = useCallStack(NOW);
const browserLog = env.log;
// The file's tests read these once the stack is up.
beforeAll(() => {
  ({ stack, browser } = env);
});

async function newPage(size: typeof DESKTOP | typeof PHONE, lang: Lang): Promise<Page> {
  const page = await newCallPage(browser, stack.url, { ...size, lang, log: browserLog, errorsOnly: true });
  // Whether the device check was ever drawn in this document (a reload starts a new one).
  await page.context().addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="device-status"]')) sessionStorage.setItem('test.sawDeviceCheck', String(Date.now()));
    }).observe(document, { subtree: true, childList: true });
  });
  return page;
}

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function waitForMail(to: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = stack.mailCatcher!.messages().find((m) => m.to?.includes(to) && pattern.test(m.text ?? ''));
    if (found) return pattern.exec(found.text!)![0]!;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no e-mail to ${to} matching ${pattern}`);
}

/** Opens a join link and waits until the device check sees the fake camera and microphone and the network. */
async function deviceCheck(page: Page, path: string) {
  await page.goto(path);
  await page.getByTestId('device-status').filter({ hasText: /Η κάμερα και το μικρόφωνο λειτουργούν|Your camera and microphone work/ }).waitFor();
  await expect.poll(() => page.getByTestId('network-status').textContent(), { timeout: 20_000 }).toMatch(/καλή|αδύναμη|good|weak/);
}

async function join(page: Page, lang: Lang) {
  await page.getByRole('button', { name: JOIN[lang] }).click();
  await page.locator('[data-testid="waiting-room"], [data-testid="in-call"]').first().waitFor({ timeout: 20_000 });
}

/** What the person would notice of the layout, measured in the page. */
function layoutOf(page: Page) {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    // Touching edges are not an overlap; half a pixel of rounding is forgiven.
    const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const self = document.querySelector('[data-testid="tile-self"]');
    const others = [...document.querySelectorAll('.tile')].filter((t) => t !== self && visible(t));
    const selfOverlaps = self ? others.filter((t) => overlap(box(self), box(t))).map((t) => t.getAttribute('data-testid')) : [];
    // Within each tile: the picture, the name, the role and each badge apart.
    const captionClashes: string[] = [];
    for (const tile of document.querySelectorAll('.tile')) {
      const media = tile.querySelector('.tile-media');
      const parts = [...tile.querySelectorAll('.tile-name, .tile-role, .tile-badges > *')].filter(visible);
      const all = media ? [media, ...parts] : parts;
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++)
          if (overlap(box(all[i]!), box(all[j]!))) captionClashes.push(`${tile.getAttribute('data-testid')}: ${all[i]!.className} × ${all[j]!.className}`);
    }
    const interpreter = document.querySelector('[data-testid="tile-interpreter"]');
    let interpreterInView: boolean | null = null;
    if (interpreter) {
      const b = box(interpreter);
      const inside = b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight && b.right - b.left > 100;
      // Nothing laid over it: its centre and corners are the tile's own.
      const points: [number, number][] = [
        [(b.left + b.right) / 2, (b.top + b.bottom) / 2],
        [b.left + 2, b.top + 2],
        [b.right - 2, b.bottom - 2],
      ];
      interpreterInView = inside && points.every(([x, y]) => interpreter.contains(document.elementFromPoint(x, y)));
    }
    const scroller = document.scrollingElement!;
    return {
      pageScrolls: scroller.scrollHeight > innerHeight || scroller.scrollWidth > innerWidth,
      selfOverlaps,
      captionClashes,
      interpreterInView,
    };
  });
}

async function expectCallLayout(page: Page, what: string, opts: { interpreter?: boolean } = {}) {
  const l = await layoutOf(page);
  expect(l.pageScrolls, `${what}: the page scrolls`).toBe(false);
  expect(l.selfOverlaps, `${what}: the self-view covers`).toEqual([]);
  expect(l.captionClashes, `${what}: captions and badges`).toEqual([]);
  if (opts.interpreter) expect(l.interpreterInView, `${what}: the interpreter in full sight`).toBe(true);
}

/** The citizen walks through the four steps of the identity guide; the interpreter stays in full sight at each. */
async function walkIdentitySteps(page: Page, lang: Lang, what: string) {
  const guide = page.getByTestId('identity-guide');
  await guide.waitFor({ timeout: 10_000 });
  await expect.poll(() => videoFlows(page, 'interpreter'), { timeout: 20_000 }).toBe(true);
  for (let step = 1; step <= 4; step++) {
    await expect.poll(() => guide.textContent()).toContain(lang === 'el' ? `Βήμα ${step} από 4` : `Step ${step} of 4`);
    await expectCallLayout(page, `${what}, step ${step}`, { interpreter: true });
    if (step < 4) await guide.getByRole('button', { name: lang === 'el' ? 'Επόμενο βήμα' : 'Next step' }).click();
  }
  expect(await violations(page), `${what}: identity step`).toEqual([]);
}

async function recordIdentity(outcome: string) {
  const e = employee;
  for (const point of ['Μπροστινή όψη', 'Πίσω όψη', 'Στοιχεία ασφαλείας (με κλίση)', 'Το πρόσωπο ταιριάζει με τη φωτογραφία']) await e.getByLabel(point).check();
  await e.getByLabel(outcome).check();
  await e.getByRole('button', { name: 'Καταχώριση αποτελέσματος' }).click();
}

describe('the call fills the window, on a phone and on a desktop', () => {
  it('a video appointment with a sign-language interpreter is booked', async () => {
    const { citizen, id } = await bookVideoCall(stack, START, PERSON, { interpretation: 'gsl' });
    links.citizen = (await citizen.get(`/api/v1/appointments/${id}/join-link`)).body.path;
    links.employee = await employeeJoinPath(stack, id);
    const person = await stack.knex('appointments').join('interpreters', 'interpreters.id', 'appointments.interpreter_id').where('appointments.id', id).first('interpreters.email');
    links.interpreter = new URL(await waitForMail(person.email, new RegExp(`${stack.url}/join/[A-Za-z0-9_-]{20,}`))).pathname;
    stack.clock.set(FIVE_BEFORE);
  });

  it('phone: "Join" is on the first screen, the details folded; the waiting room shows one’s own camera and what happens', async () => {
    phone = await newPage(PHONE, 'el');
    await deviceCheck(phone, links.citizen);
    const joinButton = await phone.getByRole('button', { name: JOIN.el }).boundingBox();
    expect(joinButton, 'the Join button').not.toBeNull();
    expect(await phone.evaluate(() => scrollY)).toBe(0);
    expect(joinButton!.y + joinButton!.height, 'Join inside the first screen').toBeLessThanOrEqual(844);
    expect(await phone.getByTestId('appointment-facts').getAttribute('open')).toBeNull();
    expect(await violations(phone), 'device check (el, phone)').toEqual([]);

    await join(phone, 'el');
    const waiting = phone.getByTestId('waiting-room');
    await waiting.waitFor();
    // One's own picture, live.
    await expect.poll(() => phone.evaluate(() => document.querySelector<HTMLVideoElement>('[data-testid="waiting-self"]')?.videoWidth ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => phone.getByTestId('employee-presence').textContent()).toBe('Ο υπάλληλος δεν έχει συνδεθεί ακόμη.');
    expect((await layoutOf(phone)).pageScrolls, 'waiting room scrolls').toBe(false);
    expect(await violations(phone), 'waiting room (el, phone)').toEqual([]);
  });

  it('desktop: the employee joins; the waiting citizen is told the employee is here; the interpreter waits too (en) and both are let in', async () => {
    employee = await newPage(DESKTOP, 'el');
    await deviceCheck(employee, links.employee);
    await join(employee, 'el');
    await employee.getByTestId('in-call').waitFor();
    await expect.poll(() => phone.getByTestId('employee-presence').textContent(), { timeout: 10_000 }).toMatch(/είναι συνδεδεμένος/);

    interpreter = await newPage(DESKTOP, 'en');
    await deviceCheck(interpreter, links.interpreter);
    expect(await violations(interpreter), 'device check (en, desktop)').toEqual([]);
    await join(interpreter, 'en');
    await interpreter.getByTestId('waiting-room').waitFor();
    await expect.poll(() => interpreter.getByTestId('employee-presence').textContent(), { timeout: 10_000 }).toMatch(/is online/);
    expect((await layoutOf(interpreter)).pageScrolls, 'waiting room scrolls').toBe(false);
    expect(await violations(interpreter), 'waiting room (en, desktop)').toEqual([]);

    for (const [role, page] of [['citizen', phone], ['interpreter', interpreter]] as const) {
      const row = employee.getByTestId(`person-${role}`);
      await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('περιμένει');
      await row.getByRole('button', { name: /^Είσοδος/ }).click();
      await page.getByTestId('in-call').waitFor({ timeout: 15_000 });
    }
    await expect.poll(() => videoFlows(phone, 'interpreter'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => videoFlows(phone, 'employee'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => videoFlows(employee, 'citizen'), { timeout: 20_000 }).toBe(true);
  });

  it('in the call: nothing scrolls, the self-view covers nobody, captions and badges apart; axe on every screen', async () => {
    await expectCallLayout(phone, 'citizen in the call (phone)', { interpreter: true });
    await expectCallLayout(employee, 'employee in the call (desktop)', { interpreter: true });
    await expectCallLayout(interpreter, 'interpreter in the call (desktop)');
    // A microphone turned off shows its badge beside the name, not over it.
    await phone.getByRole('button', { name: 'Κλείσιμο μικροφώνου' }).click();
    await expect.poll(() => employee.locator('[data-testid="tile-citizen"] [data-testid="badge-mic-off"]').count(), { timeout: 10_000 }).toBe(1);
    await expectCallLayout(employee, 'employee, the citizen muted');
    await phone.getByRole('button', { name: 'Άνοιγμα μικροφώνου' }).click();
    expect(await violations(phone), 'in the call (el, phone)').toEqual([]);
    expect(await violations(interpreter), 'in the call (en, desktop)').toEqual([]);
    expect(await violations(employee), 'employee in the call (el, desktop)').toEqual([]);
  });

  it('removing someone asks first; "No" keeps them in the call', async () => {
    const row = employee.getByTestId('person-interpreter');
    await row.getByRole('button', { name: /^Απομάκρυνση/ }).click();
    const confirm = row.getByTestId('confirm-remove');
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/Να απομακρυνθεί από την κλήση/);
    expect(await violations(employee), 'the confirmation').toEqual([]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await interpreter.getByTestId('in-call').count(), 'not removed before confirming').toBe(1);
    await confirm.getByRole('button', { name: 'Όχι, να μείνει' }).click();
    await confirm.waitFor({ state: 'detached' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await interpreter.getByTestId('in-call').count()).toBe(1);
  });

  it('phone, identity step: the guide opens over the lower part, the interpreter stays in full sight at every step', async () => {
    await employee.getByRole('button', { name: 'Έναρξη ελέγχου ταυτότητας' }).click();
    // The employee is told exactly who keeps their camera.
    expect(await employee.getByTestId('identity-who-sees-employee').textContent()).toMatch(/κάμερες του πολίτη και του διερμηνέα μένουν ανοιχτές/);
    await walkIdentitySteps(phone, 'el', 'citizen (phone, el)');
    await recordIdentity('Διακόπηκε λόγω κακής ποιότητας');
    await phone.getByTestId('identity-guide').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('phone: a reload goes straight back into the call, and so does "Return to the call" after leaving', async () => {
    await phone.evaluate(() => sessionStorage.removeItem('test.sawDeviceCheck'));
    // Leaving the page makes livekit-client disconnect by itself (pagehide). Fired here first, so the
    // page surely sees it before the reload: that is no "Leave", and the devices stay remembered
    // (once it counted as leaving, and a reload on a loaded machine showed the device check again).
    await phone.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
    await phone.getByRole('button', { name: 'Αποχώρηση' }).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await phone.getByTestId('call-ended-left').count(), 'the page took its own disconnect for leaving').toBe(0);
    await phone.reload();
    await phone
      .getByTestId('in-call')
      .waitFor({ timeout: 30_000 })
      .catch(async (err) => {
        // Say where the page is instead (device check, waiting room, a notice), for whoever reads the failure.
        const shown = await phone.locator('[data-testid]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-testid')));
        throw new Error(`after the reload the page shows ${shown.join(', ')}: ${(err as Error).message}`);
      });
    expect(await phone.evaluate(() => sessionStorage.getItem('test.sawDeviceCheck')), 'a second device check').toBeNull();
    await expect.poll(() => videoFlows(phone, 'employee'), { timeout: 20_000 }).toBe(true);

    await phone.getByRole('button', { name: 'Αποχώρηση' }).click();
    await phone.getByTestId('call-ended-left').waitFor();
    expect(await violations(phone), 'ended (el, phone)').toEqual([]);
    await phone.evaluate(() => sessionStorage.removeItem('test.sawDeviceCheck'));
    await phone.getByRole('button', { name: 'Επιστροφή στη βιντεοκλήση' }).click();
    await phone.getByTestId('in-call').waitFor({ timeout: 20_000 });
    expect(await phone.evaluate(() => sessionStorage.getItem('test.sawDeviceCheck')), 'a second device check').toBeNull();
    await phone.context().close();
  });

  it('desktop (en), identity step: the guide opens beside the stage, the interpreter stays in full sight at every step', async () => {
    const desk = await newPage(DESKTOP, 'en');
    await deviceCheck(desk, links.citizen);
    await join(desk, 'en');
    await desk.getByTestId('in-call').waitFor(); // let in before: straight into the call
    await expect.poll(() => videoFlows(desk, 'interpreter'), { timeout: 20_000 }).toBe(true);
    await expectCallLayout(desk, 'citizen in the call (desktop)', { interpreter: true });
    expect(await violations(desk), 'in the call (en, desktop)').toEqual([]);

    await employee.getByRole('button', { name: 'Νέος έλεγχος ταυτότητας' }).click();
    await walkIdentitySteps(desk, 'en', 'citizen (desktop, en)');
    await recordIdentity('Επιβεβαιώθηκε');
    await desk.getByTestId('identity-guide').waitFor({ state: 'detached', timeout: 10_000 });
    await expectCallLayout(desk, 'citizen after the identity step (desktop)', { interpreter: true });
    await desk.context().close();
  });

  it('confirmed, the removal happens; the removed person’s page says so (en)', async () => {
    const row = employee.getByTestId('person-interpreter');
    await row.getByRole('button', { name: /^Απομάκρυνση/ }).click();
    await row.getByTestId('confirm-remove').getByRole('button', { name: /^Ναι, απομάκρυνση/ }).click();
    await interpreter.getByTestId('call-ended-removed').waitFor({ timeout: 15_000 });
    expect(await violations(interpreter), 'ended (en, desktop)').toEqual([]);
  });
});
