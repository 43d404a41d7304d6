import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserKit } from './browserKit';
import { useStackAndBrowser } from './stack';

// Staff and administrators in the browser: a closure added over a booked day
// is warned about with the list and moves the appointment (the citizen's
// e-mail says why); an employee of two municipalities cannot be booked twice
// by two clerks at once.

// Monday 23 November 2026, 10:00 in Athens.
const NOW = '2026-11-23T08:00:00Z';
const SHARED = '144321982'; // Ευαγγελία Μιχαηλίδου, employee of Athens and Thessaloniki

const env = useStackAndBrowser(NOW);
const { newPage, waitForMail } = browserKit(env, NOW);

/** An employee signs in at the GSIS stand-in and lands in the console (one municipality each here). */
async function signInClerk(page: Page, taxId: string) {
  await page.goto('/console');
  await page.getByRole('link', { name: /Σύνδεση υπαλλήλου/ }).click();
  await page.getByLabel(new RegExp(taxId)).check();
  await page.getByRole('button', { name: /Σύνδεση/ }).click();
  await page.waitForURL(/\/console/);
}

/** Books through the API as the signed-in clerk of the page (the console's own request). */
async function bookAsClerk(page: Page, body: Record<string, unknown>) {
  const session = await (await page.request.get('/api/v1/session')).json();
  const r = await page.request.post('/api/v1/console/appointments', {
    headers: { 'X-CSRF-Token': session.csrfToken as string, 'Idempotency-Key': `staff-e2e-${Date.now()}` },
    data: { declarations: { dataTrue: true, privacyRead: true }, ...body },
  });
  expect([200, 201], await r.text()).toContain(r.status());
  return (await r.json()) as { id: string; reference: string; start: string };
}

/** Signs in Athens' admin and books, as her, the first free video time of `day` for `person`. */
async function adminBooksFirstVideoTime(page: Page, day: string, person: Record<string, string>) {
  await signInClerk(page, '135792468'); // Μαρία Γεωργίου, admin of Athens
  const athens = (await (await page.request.get('/api/v1/municipalities')).json()).find((m: { slug: string }) => m.slug === 'athens');
  const topic = (await (await page.request.get(`/api/v1/municipalities/${athens.id}/topics?mode=video`)).json())[0];
  const free = await (await page.request.get(`/api/v1/municipalities/${athens.id}/slots?mode=video&topicId=${topic.id}&from=${day}&to=${day}`)).json();
  return bookAsClerk(page, { municipalityId: athens.id, topicId: topic.id, mode: 'video', start: free.slots[0].start, person });
}

describe('a closure over a booked day, added in the admin page', () => {
  it('warns with the list of appointments, moves them on confirmation, and the citizen is e-mailed why', async () => {
    const page = await newPage();
    // Friday 27 November, the first free time.
    const booked = await adminBooksFirstVideoTime(page, '2026-11-27', { fullName: 'Ελένη Κλειστή', email: 'eleni.closed@example.gr', phone: '6900000002', language: 'el' });
    // A closure comes days later: her confirmation has gone out by then (had it not, she would get the confirmation at the new time instead).
    await waitForMail('eleni.closed@example.gr', /^Επιβεβαίωση ραντεβού/);

    await page.goto('/admin/closures');
    await page.getByLabel('Ημερομηνία', { exact: true }).fill('2026-11-27');
    await page.getByLabel('Περιγραφή', { exact: true }).fill('Απολύμανση κτιρίου');
    await page.getByRole('button', { name: 'Προσθήκη', exact: true }).click();

    const warning = page.getByTestId('affected-appointments');
    await warning.waitFor();
    await expect.poll(() => warning.getByText(booked.reference).count()).toBe(1);
    expect(await warning.textContent()).toContain('Ελένη Κλειστή');
    // Nothing was saved yet.
    const closures = await (await page.request.get('/api/v1/admin/municipality/closures')).json();
    expect(closures.map((c: { date: string }) => c.date)).not.toContain('2026-11-27');

    await warning.getByRole('button', { name: 'Μεταφορά στην πλησιέστερη ελεύθερη ώρα' }).click();
    const notice = page.locator('.notice-success');
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain(`Το ραντεβού ${booked.reference} μεταφέρθηκε`);
    await expect.poll(() => page.getByRole('cell', { name: 'Απολύμανση κτιρίου', exact: true }).count()).toBe(1);

    const appt = await env.stack.knex('appointments').where({ id: booked.id }).first('status', 'starts_at', 'version');
    expect(appt).toMatchObject({ status: 'booked', version: 2 });
    expect(appt.starts_at.toISOString() > '2026-11-28').toBe(true);
    const mail = await waitForMail('eleni.closed@example.gr', /^Νέα ώρα ραντεβού/);
    expect(mail.text).toContain('Ο δήμος θα είναι κλειστός εκείνη την ημέρα');
    expect(mail.text).toContain(booked.reference);
    expect(mail.text).toMatch(new RegExp(`${env.stack.url}/join/[A-Za-z0-9_-]{20,}`));
    await page.context().close();
  });
});

describe('narrower opening hours over a booked day, saved in the settings page', () => {
  it('asks first with the list, then moves the appointment inside the new hours and the citizen is e-mailed why', async () => {
    const page = await newPage();
    // Thursday 3 December, 08:00: the first free time.
    const booked = await adminBooksFirstVideoTime(page, '2026-12-03', { fullName: 'Ωρες Αλλαγμένες', email: 'ores@example.gr', phone: '6900000004', language: 'el' });
    await waitForMail('ores@example.gr', /^Επιβεβαίωση ραντεβού/);

    await page.goto('/admin');
    await page.locator('#openingHours-4-0-start').fill('10:00'); // Thursday from 10:00
    await page.getByRole('button', { name: 'Αποθήκευση ρυθμίσεων' }).click();
    const warning = page.getByTestId('affected-appointments');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('εκτός του νέου ωραρίου');
    await expect.poll(() => warning.getByText(booked.reference).count()).toBe(1);
    // Nothing was saved yet.
    expect((await (await page.request.get('/api/v1/admin/municipality')).json()).openingHours['4'][0].start).toBe('08:00');

    await warning.getByRole('button', { name: 'Μεταφορά στην πλησιέστερη ελεύθερη ώρα' }).click();
    await expect.poll(() => page.locator('.notice-success').textContent(), { timeout: 15_000 }).toContain(`Το ραντεβού ${booked.reference} μεταφέρθηκε`);
    const appt = await env.stack.knex('appointments').where({ id: booked.id }).first('status', 'starts_at', 'version');
    expect(appt).toMatchObject({ status: 'booked', version: 2 });
    expect(appt.starts_at.toISOString() >= '2026-12-03T08:00:00.000Z').toBe(true); // 10:00 in Athens or later
    const mail = await waitForMail('ores@example.gr', /^Νέα ώρα ραντεβού/);
    expect(mail.text).toContain('Ο δήμος άλλαξε το ωράριο λειτουργίας του');
    await page.context().close();
  });
});

describe('an employee of two municipalities', () => {
  /** Fills the console's booking form for her at Tuesday 24 November, 10:00, leaving only the submit. */
  async function fillFor(page: Page, topic: RegExp, citizen: string) {
    await page.goto('/console/book');
    await page.getByLabel('Βιντεοκλήση').check();
    await page.getByLabel(topic).check();
    const employee = page.locator('select#requestedEmployeeId');
    await employee.waitFor();
    const her = await employee.locator('option', { hasText: 'Μιχαηλίδου' }).getAttribute('value');
    await employee.selectOption(her!);
    await page.locator('.day-option label', { hasText: '24' }).first().click();
    // A label reads "09:30 – 10:00" (start, then the end for screen readers): the one starting at 10:00.
    await page.locator('.time-option label', { hasText: /^10:00/ }).first().click();
    await page.getByLabel('Ονοματεπώνυμο').fill(citizen);
    await page.getByLabel('Email', { exact: true }).fill(`${citizen.split(' ')[0]!.toLowerCase()}@example.org`);
    await page.getByLabel('Κινητό τηλέφωνο').fill('6900000003');
    await page.getByLabel('Ο πολίτης δήλωσε ότι τα στοιχεία είναι αληθή.').check();
    await page.getByLabel('Ο πολίτης ενημερώθηκε για την προστασία των προσωπικών δεδομένων.').check();
  }

  it('two clerks book her at the same time from Athens and Thessaloniki: one succeeds, the other is refused with free times', async () => {
    const athens = await newPage();
    const thess = await newPage();
    await Promise.all([signInClerk(athens, '135792468'), signInClerk(thess, '109876540')]);
    await fillFor(athens, /Πιστοποιητικό οικογενειακής κατάστασης/, 'Anna Athens');
    await fillFor(thess, /Βεβαίωση μόνιμης κατοικίας/, 'Theo Thessaloniki');

    const submit = (p: Page) => p.getByRole('button', { name: 'Κλείσιμο ραντεβού' }).click();
    await Promise.all([submit(athens), submit(thess)]);

    const outcome = async (p: Page) => {
      const done = p.getByRole('heading', { name: 'Το ραντεβού κλείστηκε' });
      const refused = p.locator('#slot-taken-title');
      await expect.poll(async () => (await done.count()) + (await refused.count()), { timeout: 15_000 }).toBe(1);
      return (await done.count()) === 1 ? 'booked' : 'refused';
    };
    const results = [await outcome(athens), await outcome(thess)];
    expect([...results].sort()).toEqual(['booked', 'refused']);

    const loser = results[0] === 'refused' ? athens : thess;
    const alternatives = loser.locator('section.notice-warning .time-option input');
    expect(await alternatives.count()).toBeGreaterThan(0);
    // The refused time is not among the ones offered instead.
    expect(await loser.locator('section.notice-warning .time-option input[id$="-2026-11-24T08:00:00.000Z"]').count()).toBe(0);

    // One timeline: exactly one of her two records holds the time.
    const rows = await env.stack.knex('appointments as a').join('employees as e', 'e.id', 'a.employee_id').where({ 'e.tax_id': SHARED, 'a.status': 'booked' }).select('a.starts_at');
    expect(rows.map((r: { starts_at: Date }) => r.starts_at.toISOString())).toEqual(['2026-11-24T08:00:00.000Z']);
    await athens.context().close();
    await thess.context().close();
  });
});

describe('an employee of two municipalities with two tabs open', () => {
  it('a tab left on Athens notices the switch to Thessaloniki made in the other, at its next request: header and data agree', async () => {
    // Seen on a walk: the old tab still said Athens over Thessaloniki's appointments.
    const first = await newPage();
    await first.goto('/console');
    await first.getByRole('link', { name: /Σύνδεση υπαλλήλου/ }).click();
    await first.getByLabel(new RegExp(SHARED)).check();
    await first.getByRole('button', { name: /Σύνδεση/ }).click();
    await first.waitForURL(/\/console/);
    const pick = async (page: Page, name: string) => {
      await page.goto('/console/municipality');
      await page.getByLabel(name).check();
      await page.getByRole('button', { name: 'Συνέχεια' }).click();
      await page.locator('.console-acting strong', { hasText: name }).waitFor();
    };
    await pick(first, 'Δήμος Αθηναίων');

    const second = await first.context().newPage(); // the same browser: the same session
    await pick(second, 'Δήμος Θεσσαλονίκης');

    // The first tab makes its next request (here: opening the desk form) and follows.
    await first.getByRole('link', { name: 'Νέο ραντεβού για πολίτη' }).first().click();
    await expect.poll(() => first.locator('.console-acting strong').textContent(), { timeout: 10_000 }).toBe('Δήμος Θεσσαλονίκης');
    await first.context().close();
  });
});
