import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInOverHttp } from './browserKit';
import { newCallPage, useCallStack, videoFlows } from './callKit';
import type { TestStack } from './stack';

// The video call in real browsers against the real LiveKit server: a citizen
// (on a phone-sized screen), the employee, a sign-language interpreter and a
// third person, each in their own Chromium context with a fake camera and
// microphone, each through their own link.

const NOW = '2026-11-23T08:00:00Z'; // Monday 10:00 in Athens
const START = '2026-11-24T10:00:00.000Z'; // Tuesday 12:00 in Athens
const OTHER = '2026-11-25T09:00:00.000Z'; // booked, then cancelled
const FIVE_BEFORE = '2026-11-24T09:55:00Z';
const THIRD = { fullName: 'Μαρία Τρίτη', email: 'maria.triti@example.gr' };
const PERSON = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos.video@example.gr', phone: '6912345678', language: 'el' };

let stack: TestStack;
let browser: Browser;
const links = {} as Record<'citizen' | 'employee' | 'interpreter' | 'third_person' | 'cancelled', string>;
const pages = {} as Record<'citizen' | 'employee' | 'interpreter' | 'third_person', Page>;
let appointmentId = '';

const env = useCallStack(NOW);
const browserLog = env.log;
// The file's tests read these once the stack is up.
beforeAll(() => {
  ({ stack, browser } = env);
});

const signIn = (provider: 'gsis' | 'gsis-gov', taxId: string) => signInOverHttp(stack, provider, taxId);

async function waitForMail(to: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = stack.mailCatcher!.messages().find((m) => m.to?.includes(to) && pattern.test(m.text ?? ''));
    if (found) return pattern.exec(found.text!)![0]!;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no e-mail to ${to} matching ${pattern}`);
}

async function newPage(phone = false): Promise<Page> {
  return newCallPage(browser, stack.url, { viewport: phone ? { width: 360, height: 740 } : undefined, log: browserLog });
}

/**
 * The test server's clock is shifted (stack.clock) but Node stamps the HTTP
 * Date header with the real time; the join page reads the server's time from
 * that header for its countdown, so the header is restamped with the shifted
 * clock, as a server really living at that time would send it.
 */
async function serverTimeHeader(page: Page) {
  await page.route('**/api/v1/join/**', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), date: stack.clock.now().toUTCString() } });
  });
}

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens a join link and waits for the device check to see the fake camera and microphone. */
async function deviceCheck(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('heading', { name: 'Βιντεοκλήση με τον δήμο' }).waitFor();
  await page.getByText('Η κάμερα και το μικρόφωνο λειτουργούν.').waitFor();
  await expect.poll(() => page.getByTestId('network-status').textContent()).toMatch(/καλή|αδύναμη/);
}

/** Clicks "Join" and waits until the page is in the waiting room or the call (an error notice fails at once). */
async function join(page: Page) {
  await page.getByRole('button', { name: 'Είσοδος στη βιντεοκλήση' }).click();
  const outcome = page.locator('[data-testid="waiting-room"], [data-testid="in-call"], .notice-error, [data-testid^="call-ended"]');
  await outcome.first().waitFor({ timeout: 20_000 });
  const testId = await outcome.first().getAttribute('data-testid');
  if (!testId || testId.startsWith('call-ended')) throw new Error(`join failed: ${await outcome.first().textContent()}`);
}

/**
 * What a page receives of the call: LiveKit's signalling frames (the room
 * metadata among them, as livekit-client reads it into room.metadata) and the
 * call API's answers, as text; and which call API paths it asked.
 */
function recordCallTraffic(page: Page) {
  const traffic = { frames: [] as string[], answers: [] as string[], asked: [] as string[] };
  page.on('websocket', (ws) => ws.on('framereceived', (f) => traffic.frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!/^\/api\/v1\/(join|calls)\//.test(path)) return;
    traffic.asked.push(path);
    r.text().then((text) => traffic.answers.push(text), () => undefined);
  });
  return traffic;
}
let guestTraffic: ReturnType<typeof recordCallTraffic>;

const remoteVideos = (page: Page, role: string) => page.locator(`video[data-remote="true"][data-role="${role}"]`).count();

describe('a video appointment in the browser', () => {
  it('is booked with interpretation and a third person; its links arrive', async () => {
    const athens = await stack.knex('municipalities').where({ slug: 'athens' }).first('id');
    await stack.knex('municipalities').where({ id: athens.id }).update({ third_person_invite_on_booking: true });
    const topic = await stack.knex('topics').where({ municipality_id: athens.id, name_en: 'Family status certificate' }).first('id');
    // A citizen holds one appointment per topic: the second (later cancelled) is for another topic.
    const otherTopic = await stack.knex('topics').where({ municipality_id: athens.id, name_en: 'Registration in the municipal roll' }).first('id');
    const citizen = await signIn('gsis', '045123787');
    const book = (start: string, extra: object, topicId = topic.id) =>
      citizen.post('/api/v1/appointments', {
        municipalityId: athens.id,
        topicId,
        mode: 'video',
        start,
        person: PERSON,
        declarations: { dataTrue: true, privacyRead: true },
        ...extra,
      });
    const booked = await book(START, { interpretation: 'gsl', thirdPerson: THIRD });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    appointmentId = booked.body.id;
    const other = await book(OTHER, {}, otherTopic.id);
    expect(other.status, JSON.stringify(other.body)).toBe(201);

    // The signed-in person's own link: the API picks the role from the session.
    const mine = await citizen.get(`/api/v1/appointments/${appointmentId}/join-link`);
    expect(mine.body).toMatchObject({ role: 'citizen', path: expect.stringMatching(/^\/join\//) });
    links.citizen = mine.body.path;
    links.cancelled = (await citizen.get(`/api/v1/appointments/${other.body.id}/join-link`)).body.path;
    expect((await citizen.post(`/api/v1/appointments/${other.body.id}/cancel`, {})).status).toBe(200);

    // Only the employee the call is assigned to gets the employee link.
    const assigned = await stack.knex('appointments').join('employees', 'employees.id', 'appointments.employee_id').where('appointments.id', appointmentId).first('employees.tax_id');
    const employee = await signIn('gsis-gov', assigned.tax_id);
    expect((await employee.post('/api/v1/session/municipality', { municipalityId: athens.id })).status).toBe(200);
    const staff = await employee.get(`/api/v1/appointments/${appointmentId}/join-link`);
    expect(staff.body.role).toBe('employee');
    links.employee = staff.body.path;

    const interpreter = await stack.knex('appointments').join('interpreters', 'interpreters.id', 'appointments.interpreter_id').where('appointments.id', appointmentId).first('interpreters.email');
    const joinUrl = new RegExp(`${stack.url}/join/[A-Za-z0-9_-]{20,}`);
    links.interpreter = new URL(await waitForMail(interpreter.email, joinUrl)).pathname;
    links.third_person = new URL(await waitForMail(THIRD.email, joinUrl)).pathname;
    expect(new Set(Object.values(links)).size).toBe(5);
    // The link the citizen opens is the one in their confirmation e-mail.
    const mailedLink = `${stack.url}${links.citizen}`;
    const deadline = Date.now() + 30_000;
    while (!stack.mailCatcher!.messages().some((m) => m.to?.includes(PERSON.email) && /^Επιβεβαίωση/.test(m.subject ?? '') && m.text?.includes(mailedLink))) {
      if (Date.now() > deadline) throw new Error('the confirmation e-mail with the citizen\'s join link did not arrive');
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it('before its window the link says when the call opens; a cancelled appointment’s link says so', async () => {
    const page = await newPage(true);
    await serverTimeHeader(page);
    await page.goto(links.citizen);
    const early = page.getByTestId('join-early');
    await early.waitFor();
    expect(await early.textContent()).toMatch(/Μπορείτε να μπείτε από Τρίτη 24 Νοεμβρίου 2026, 11:45/);
    expect(await early.textContent()).toMatch(/Ανοίγει σε 1 ημέρα 1 ώρα 4\d λεπτά/);
    expect(await page.getByRole('button', { name: 'Είσοδος στη βιντεοκλήση' }).count()).toBe(0);

    await page.goto(links.cancelled);
    await page.getByRole('heading', { name: 'Το ραντεβού ακυρώθηκε' }).waitFor();
    expect(await page.getByTestId('join-refused-cancelled').isVisible()).toBe(true);
    await page.context().close();

    // Booked in English, the link opens in English in a browser that chose no language (its e-mails were English too).
    await stack.knex('appointments').where({ id: appointmentId }).update({ language: 'en' });
    try {
      const english = await newPage(true);
      await english.goto(links.citizen);
      await english.getByRole('heading', { name: 'Video call with the municipality' }).waitFor();
      expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
      await english.context().close();
    } finally {
      await stack.knex('appointments').where({ id: appointmentId }).update({ language: 'el' });
    }
  });

  it('the citizen checks devices and waits; the employee sees them, admits them, and both see each other', async () => {
    stack.clock.set(FIVE_BEFORE);
    pages.citizen = await newPage(true); // a phone-sized screen
    await deviceCheck(pages.citizen, links.citizen);
    expect(await violations(pages.citizen), 'device check').toEqual([]);
    await join(pages.citizen);
    await pages.citizen.getByRole('heading', { name: 'Περιμένετε· ο υπάλληλος θα σας δεχτεί σύντομα' }).waitFor();
    await expect.poll(() => pages.citizen.getByTestId('employee-presence').textContent()).toBe('Ο υπάλληλος δεν έχει συνδεθεί ακόμη.');
    expect(await violations(pages.citizen), 'waiting room').toEqual([]);

    pages.employee = await newPage();
    await deviceCheck(pages.employee, links.employee);
    await join(pages.employee);
    await pages.employee.getByTestId('in-call').waitFor();
    await expect.poll(() => pages.citizen.getByTestId('employee-presence').textContent(), { timeout: 10_000 }).toMatch(/είναι συνδεδεμένος/);
    const waiting = pages.employee.getByTestId('person-citizen');
    await expect.poll(() => waiting.textContent(), { timeout: 10_000 }).toContain('περιμένει');
    await waiting.getByRole('button', { name: `Είσοδος ${PERSON.fullName}` }).click();

    await pages.citizen.getByTestId('in-call').waitFor({ timeout: 15_000 });
    await expect.poll(() => videoFlows(pages.citizen, 'employee'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.employee, 'citizen'), { timeout: 20_000 }).toBe(true);
  });

  it('identity step: the citizen is guided; the employee stops it for a poor picture, and the citizen is told', async () => {
    await pages.employee.getByRole('button', { name: 'Έναρξη ελέγχου ταυτότητας' }).click();
    const guide = pages.citizen.getByTestId('identity-guide');
    await guide.waitFor({ timeout: 10_000 });
    expect(await guide.textContent()).toContain('Βήμα 1 από 4: Η μπροστινή όψη');
    await guide.getByRole('button', { name: 'Επόμενο βήμα' }).click();
    expect(await guide.textContent()).toContain('Βήμα 2 από 4: Η πίσω όψη');

    const e = pages.employee;
    await e.getByLabel('Διακόπηκε λόγω κακής ποιότητας').check();
    await e.getByRole('button', { name: 'Καταχώριση αποτελέσματος' }).click();
    await guide.waitFor({ state: 'detached', timeout: 10_000 });
    // The guide closes at once: the citizen is told how the check ended, until they close the notice.
    const told = pages.citizen.getByTestId('identity-result-aborted');
    expect(await told.textContent()).toContain('Ο έλεγχος ταυτότητας διακόπηκε, γιατί η εικόνα δεν ήταν αρκετά καθαρή.');
    await told.getByRole('button', { name: 'Εντάξει' }).click();
    await told.waitFor({ state: 'detached' });
  });

  it('the interpreter (let in ahead) and the third person (let in from the waiting room) join through their own links', async () => {
    // The employee lets the expected interpreter in before they arrive.
    const ahead = pages.employee.getByTestId('person-interpreter');
    await ahead.getByRole('button', { name: /^Είσοδος/ }).click();
    await expect.poll(() => ahead.textContent()).toContain('θα μπει απευθείας');

    pages.interpreter = await newPage();
    await deviceCheck(pages.interpreter, links.interpreter);
    // The interpreter's picture is the interpretation: their camera is not offered off.
    expect(await pages.interpreter.getByTestId('camera-needed').textContent()).toContain('ο πολίτης χρειάζεται να σας βλέπει');
    expect(await pages.interpreter.getByLabel('Μπαίνω με ανοιχτή κάμερα').count()).toBe(0);
    // Time from clicking "Join" to the first remote video frame, measured inside the page.
    const firstFrameMs = await pages.interpreter.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          const look = () => {
            const v = [...document.querySelectorAll<HTMLVideoElement>('video[data-remote="true"]')].find((x) => x.videoWidth > 0);
            if (v) resolve(performance.now() - t0);
            else requestAnimationFrame(look);
          };
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Είσοδος στη βιντεοκλήση')!.click();
          look();
        }),
    );
    console.log(`join → first remote video frame on loopback: ${Math.round(firstFrameMs)} ms`);
    expect(firstFrameMs).toBeLessThan(15_000);
    // The interpreter is pinned large beside the speaker on the citizen's screen.
    await expect.poll(() => videoFlows(pages.citizen, 'interpreter'), { timeout: 20_000 }).toBe(true);
    expect(await pages.citizen.locator('.stage').getAttribute('class')).toContain('stage-pinned');

    pages.third_person = await newPage();
    guestTraffic = recordCallTraffic(pages.third_person);
    await deviceCheck(pages.third_person, links.third_person);
    await join(pages.third_person);
    await pages.third_person.getByTestId('waiting-room').waitFor();
    const third = pages.employee.getByTestId('person-third_person');
    await expect.poll(() => third.textContent(), { timeout: 10_000 }).toContain('περιμένει');
    await third.getByRole('button', { name: `Είσοδος ${THIRD.fullName}` }).click();
    await pages.third_person.getByTestId('in-call').waitFor({ timeout: 15_000 });
    await expect.poll(() => videoFlows(pages.third_person, 'employee'), { timeout: 20_000 }).toBe(true);
    // Who joins is shown, not only said: the deaf citizen and the interpreter hear no join sound.
    await expect.poll(() => pages.interpreter.getByTestId('presence-notice').textContent(), { timeout: 10_000 }).toContain(`Συνδέθηκε: ${THIRD.fullName}`);
  });

  it('a second identity check with the guest in the call: the guest hears that it ended, never how; the citizen and the interpreter are told', async () => {
    const e = pages.employee;
    await e.getByRole('button', { name: 'Νέος έλεγχος ταυτότητας' }).click();
    await pages.third_person.getByTestId('identity-running-notice').waitFor({ timeout: 10_000 });
    for (const point of ['Μπροστινή όψη', 'Πίσω όψη', 'Στοιχεία ασφαλείας (με κλίση)', 'Το πρόσωπο ταιριάζει με τη φωτογραφία']) await e.getByLabel(point).check();
    await e.getByLabel('Επιβεβαιώθηκε').check();
    await e.getByRole('button', { name: 'Καταχώριση αποτελέσματος' }).click();
    await expect.poll(() => e.getByTestId('identity-status').textContent()).toBe('Η ταυτότητα επιβεβαιώθηκε.');
    await pages.citizen.getByTestId('identity-result-verified').waitFor({ timeout: 10_000 });
    expect(await pages.citizen.getByTestId('identity-result-verified').textContent()).toContain('Η ταυτότητά σας επιβεβαιώθηκε.');
    const guestHeard = pages.third_person.getByTestId('announcer');
    await expect.poll(() => guestHeard.textContent(), { timeout: 10_000 }).toBe('Ο έλεγχος ταυτότητας τελείωσε.');
    expect(await pages.third_person.locator('body').textContent()).not.toMatch(/επιβεβαιώθηκε|απέτυχε|διακόπηκε/i);
    // Nor does the guest's browser hold it: the room metadata it received says only that the check ended, and it never asks how.
    expect(guestTraffic.frames.filter((t) => t.includes('"identityCheck":"ended"')).length).toBeGreaterThan(0);
    expect([...guestTraffic.frames, ...guestTraffic.answers].filter((t) => /"(verified|failed|aborted)"/.test(t))).toEqual([]);
    expect(guestTraffic.answers.length).toBeGreaterThan(0);
    expect(guestTraffic.asked.filter((path) => path.endsWith('/state'))).toEqual([]);
    // The interpreter interprets for the citizen: they take part in the check and are told.
    await expect.poll(() => pages.interpreter.getByTestId('announcer').textContent(), { timeout: 10_000 }).toBe('Η ταυτότητα επιβεβαιώθηκε.');
    const stored = await stack.knex('identity_checks').where({ appointment_id: appointmentId }).orderBy('outcome').select('outcome', 'document_type');
    expect(stored).toEqual([{ outcome: 'aborted_poor_quality', document_type: 'id_card' }, { outcome: 'verified', document_type: 'id_card' }]);
  });

  it('audio only: the employee’s and the guest’s video go away on every screen, the interpreter’s and the citizen’s stay; and back', async () => {
    await pages.employee.getByRole('switch', { name: 'Μόνο ήχος' }).click();
    for (const role of ['citizen', 'employee'] as const) await pages[role].getByTestId('audio-only-notice').waitFor({ timeout: 10_000 });
    await expect.poll(() => remoteVideos(pages.citizen, 'employee'), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => remoteVideos(pages.interpreter, 'employee'), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => remoteVideos(pages.employee, 'third_person'), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => remoteVideos(pages.citizen, 'third_person'), { timeout: 10_000 }).toBe(0);
    expect(await pages.employee.getByRole('button', { name: 'Άνοιγμα κάμερας' }).isDisabled()).toBe(true);
    // Sign language needs sight: the interpreter and the citizen they interpret for keep video.
    expect(await videoFlows(pages.citizen, 'interpreter')).toBe(true);
    expect(await videoFlows(pages.employee, 'interpreter')).toBe(true);
    expect(await videoFlows(pages.interpreter, 'citizen')).toBe(true);
    // Each is told whose pictures stay on, from where they stand.
    expect(await pages.interpreter.getByTestId('audio-only-notice').textContent()).toContain('η δική σας εικόνα και του πολίτη');
    expect(await pages.citizen.getByTestId('audio-only-notice').textContent()).toContain('η δική σας εικόνα και του διερμηνέα');

    // Either party may switch back: here the citizen.
    await pages.citizen.getByRole('switch', { name: 'Μόνο ήχος' }).click();
    await expect.poll(() => videoFlows(pages.citizen, 'employee'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.employee, 'third_person'), { timeout: 20_000 }).toBe(true);

    // An interpreter who switches the camera off is told at once what that means for the citizen.
    await pages.interpreter.getByRole('button', { name: 'Κλείσιμο κάμερας' }).click();
    await pages.interpreter.getByTestId('interpreter-camera-off').waitFor({ timeout: 10_000 });
    await pages.interpreter.getByRole('button', { name: 'Άνοιγμα κάμερας' }).click();
    await expect.poll(() => pages.interpreter.getByTestId('interpreter-camera-off').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => videoFlows(pages.citizen, 'interpreter'), { timeout: 20_000 }).toBe(true);
  });

  it('the employee leaves: the others are told, and the employee is led back to the appointment', async () => {
    await pages.employee.getByRole('button', { name: 'Αποχώρηση' }).click();
    const back = pages.employee.getByTestId('call-ended-to-appointment');
    await back.waitFor({ timeout: 10_000 });
    expect(await back.getAttribute('href')).toBe(`/console/appointments/${appointmentId}`);
    for (const role of ['citizen', 'third_person'] as const) {
      await pages[role].getByTestId('employee-left-notice').waitFor({ timeout: 10_000 });
      expect(await pages[role].getByTestId('employee-left-notice').textContent()).toContain('Ο υπάλληλος αποχώρησε από την κλήση.');
    }
  });

  it('once cancelled, each link says what its own holder can do: the guest has no "My appointments"', async () => {
    const staff = await signIn('gsis-gov', '135792468');
    const athens = await stack.knex('municipalities').where({ slug: 'athens' }).first('id');
    expect((await staff.post('/api/v1/session/municipality', { municipalityId: athens.id })).status).toBe(200);
    expect((await staff.post(`/api/v1/appointments/${appointmentId}/cancel`, { reason: 'test' })).status).toBe(200);
    const expected = {
      third_person: 'Δεν χρειάζεται να κάνετε κάτι. Αν κλειστεί νέο ραντεβού, θα λάβετε νέο email.',
      interpreter: 'Δεν χρειάζεται να κάνετε κάτι. Αν κλειστεί νέο ραντεβού, θα λάβετε νέο email.',
      employee: 'Το ραντεβού φαίνεται ακυρωμένο στην κονσόλα.',
    };
    for (const [role, next] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const page = await newPage();
      await page.goto(links[role]);
      await page.getByTestId('join-refused-cancelled').waitFor();
      expect(await page.getByTestId('join-refused-next').textContent(), role).toBe(next);
      expect(await page.getByRole('link', { name: 'Τα ραντεβού μου' }).count(), role).toBe(0);
      await page.context().close();
    }
  });
});
