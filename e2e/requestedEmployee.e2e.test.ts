// A requested employee is honoured or refused, never swapped: the citizen asks for an
// employee who was booked meanwhile at the chosen time, is told so with that
// employee's nearest times, takes one, and the appointment is with that employee.
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../services/api/src/testing/apiClient';
import { chooseAthensVideoCertificate, continueTo, signInOverHttp } from './browserKit';
import { useStackAndBrowser } from './stack';

// Monday 23 November 2026, 10:00 in Athens.
const NOW = '2026-11-23T08:00:00Z';
const env = useStackAndBrowser(NOW);

/** A clerk at the desk, signed in over HTTP through the public-sector stand-in. */
async function clerk(taxId: string, municipalityId: string): Promise<ApiClient> {
  const c = await signInOverHttp(env.stack, 'gsis-gov', taxId);
  expect((await c.post('/api/v1/session/municipality', { municipalityId })).status).toBe(200);
  return c;
}

describe('a requested employee taken meanwhile', () => {
  it('gives 409 with that employee\'s times in the wizard; the citizen takes one and is booked with that employee', async () => {
    const { knex } = env.stack;
    const athens = await knex('municipalities').where({ slug: 'athens' }).first('id');
    const context = await env.browser.newContext({ baseURL: env.stack.url, locale: 'el-GR', timezoneId: 'Europe/Athens' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(NOW));

    // The citizen picks a time in the wizard (held with whoever is free then).
    await page.goto('/auth/gsis/login?returnTo=/book');
    await page.getByLabel(/045123787/).check();
    await page.getByRole('button', { name: /Σύνδεση/ }).click();
    await chooseAthensVideoCertificate(page);
    await expect.poll(() => page.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.locator('.day-option label').nth(1).click();
    await expect.poll(() => page.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('.time-option label').first().click();
    await continueTo(page, 'Τα στοιχεία επικοινωνίας σας');
    const hold = await knex('appointments').where({ status: 'held' }).first('starts_at', 'employee_id', 'topic_id');

    // Meanwhile a clerk books Ανδρέας Δημητρίου or Μαρία Γεωργίου (whoever the hold did not take) at that very time.
    const staff = await knex('employees').where({ municipality_id: athens.id }).whereIn('tax_id', ['135792468', '055221137']).select('id', 'tax_id', 'full_name');
    const wanted = staff.find((e) => e.id !== hold.employee_id)!;
    const desk = await clerk('135792468', athens.id);
    const taken = await desk.post('/api/v1/console/appointments', {
      municipalityId: athens.id,
      topicId: hold.topic_id,
      mode: 'video',
      start: hold.starts_at.toISOString(),
      requestedEmployeeId: wanted.id,
      person: { fullName: 'Άλλος Πολίτης', email: 'allos@example.gr', phone: '6900000002', language: 'el' },
      declarations: { dataTrue: true, privacyRead: true },
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);

    // The citizen goes on and asks for that employee: refused, with that employee's times, never swapped.
    await page.getByLabel('Ονοματεπώνυμο').fill('Νικόλαος Παπαδόπουλος');
    await page.getByLabel('Email', { exact: true }).fill('nikos@example.gr');
    await page.getByLabel('Κινητό τηλέφωνο').fill('6912345678');
    await continueTo(page, 'Για ποιον είναι το ραντεβού;');
    await page.getByLabel('Για εμένα').check();
    await continueTo(page, 'Χρειάζεστε κάποια διευκόλυνση;');
    await continueTo(page, 'Θέλετε να σας εξυπηρετήσει συγκεκριμένος υπάλληλος;');
    await page.getByLabel(wanted.full_name).check();
    await page.getByRole('button', { name: 'Συνέχεια' }).click();
    const notice = page.getByText(new RegExp(`δεν είναι ελεύθερη με ${wanted.full_name}`));
    await notice.waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByRole('button', { name: new RegExp(`με οποιονδήποτε υπάλληλο`) }).count()).toBe(1);
    const offered = page.locator('section[aria-labelledby="slot-taken-title"] .time-option label');
    expect(await offered.count()).toBeGreaterThan(0); // that employee's nearest times
    await offered.first().click();
    await page.getByRole('button', { name: `Επιλογή αυτής της ώρας με ${wanted.full_name}` }).click();
    await page.getByRole('heading', { name: 'Δηλώσεις' }).waitFor();
    await page.getByLabel(/στοιχεία που έδωσα είναι αληθή/).check();
    await page.getByLabel(/Διάβασα τους/).check();
    await page.getByRole('button', { name: 'Συνέχεια' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ελέγξτε το ραντεβού σας' }).count()).toBe(1);
    await expect.poll(() => page.getByText(wanted.full_name).count()).toBeGreaterThan(0);
    await page.locator('form button[type=submit]').last().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Το ραντεβού σας κλείστηκε' }).count(), { timeout: 15_000 }).toBe(1);

    const mine = (await (await page.request.get('/api/v1/me/appointments')).json()).upcoming;
    expect(mine).toHaveLength(1);
    expect(mine[0].employee.id).toBe(wanted.id);
    expect(mine[0].start).not.toBe(hold.starts_at.toISOString());
    await context.close();
  });

  it("at the desk: the caller's employee is booked meanwhile; the clerk keeps the same time with anyone, offered beside that employee's times", async () => {
    const { knex } = env.stack;
    const athens = await knex('municipalities').where({ slug: 'athens' }).first('id');
    const wanted = await knex('employees').where({ municipality_id: athens.id, tax_id: '055221137' }).first('id', 'full_name'); // Ανδρέας Δημητρίου
    const context = await env.browser.newContext({ baseURL: env.stack.url, locale: 'el-GR', timezoneId: 'Europe/Athens' });
    const clerkPage = await context.newPage();
    await clerkPage.clock.setFixedTime(new Date(NOW));
    await clerkPage.goto('/auth/gsis-gov/login?returnTo=%2Fconsole%2Fbook');
    await clerkPage.getByLabel(/135792468/).check();
    await clerkPage.locator('form button[type=submit]').first().click();
    await clerkPage.getByRole('heading', { name: 'Νέο ραντεβού για πολίτη' }).waitFor();
    await clerkPage.getByLabel(/^Δια ζώσης/).check();
    await clerkPage.getByLabel(/Πιστοποιητικό οικογενειακής κατάστασης/).check();
    await clerkPage.getByLabel('Υπάλληλος (προαιρετικό)').selectOption({ label: wanted.full_name });
    await expect.poll(() => clerkPage.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    await clerkPage.locator('.day-option label').nth(2).click();
    await expect.poll(() => clerkPage.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await clerkPage.locator('.time-option label').first().click();
    const start = (await clerkPage.locator('.time-option input:checked').getAttribute('id'))!.replace(/^time-/, '');
    await clerkPage.getByLabel('Ονοματεπώνυμο', { exact: true }).fill('Ελένη Καλογήρου');
    await clerkPage.getByLabel('Email', { exact: true }).fill('eleni.desk@example.gr');
    await clerkPage.getByLabel('Κινητό τηλέφωνο').fill('6977777701');
    await clerkPage.getByLabel('Ο πολίτης δήλωσε ότι τα στοιχεία είναι αληθή.').check();
    await clerkPage.getByLabel('Ο πολίτης ενημερώθηκε για την προστασία των προσωπικών δεδομένων.').check();

    // Meanwhile a colleague books that employee at that very time.
    const colleague = await clerk('144321982', athens.id);
    const topic = await knex('topics').where({ municipality_id: athens.id, name_en: 'Family status certificate' }).first('id');
    const first = await colleague.post('/api/v1/console/appointments', {
      municipalityId: athens.id, topicId: topic.id, mode: 'in_person', start, requestedEmployeeId: wanted.id,
      person: { fullName: 'Άλλος Πολίτης', email: 'allos2@example.gr', phone: '6900000003', language: 'el' },
      declarations: { dataTrue: true, privacyRead: true },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);

    // The clerk's booking is refused with that employee's times, and the same time with anyone is offered too.
    await clerkPage.getByRole('button', { name: 'Κλείσιμο ραντεβού' }).click();
    await clerkPage.getByText(new RegExp(`δεν είναι ελεύθερη με ${wanted.full_name}`)).waitFor({ timeout: 15_000 });
    expect(await clerkPage.locator('section[aria-labelledby="slot-taken-title"] .time-option').count()).toBeGreaterThan(0);
    await clerkPage.getByRole('button', { name: /με οποιονδήποτε υπάλληλο/ }).click();
    await clerkPage.getByRole('heading', { name: 'Το ραντεβού κλείστηκε' }).waitFor({ timeout: 15_000 });

    const booked = await knex('appointments').where({ person_email: 'eleni.desk@example.gr', status: 'booked' }).select('starts_at', 'employee_id', 'requested_employee_id');
    expect(booked).toHaveLength(1);
    expect(booked[0].starts_at.toISOString()).toBe(start);
    expect(booked[0].employee_id).not.toBe(wanted.id);
    expect(booked[0].requested_employee_id).toBeNull();
    await context.close();
  });
});
