// The person served manages their appointment from the link in THEIR e-mail,
// whoever booked it, without signing in: a booking made for another person,
// and a booking made at the desk.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserKit, signInAtStandIn } from './browserKit';
import { useStackAndBrowser } from './stack';

// Monday 23 November 2026, 10:00 in Athens.
const NOW = '2026-11-23T08:00:00Z';

const env = useStackAndBrowser(NOW);
const { newPage, waitForMail } = browserKit(env, NOW);

/** The manage link in an e-mail: the person's own page to change the time or cancel. */
function manageLinkIn(mail: { text?: string }): string {
  const found = new RegExp(`${env.stack.url}/manage/[A-Za-z0-9_-]{40,}`).exec(mail.text ?? '');
  if (!found) throw new Error('no manage link in the e-mail');
  return found[0];
}

/**
 * Opens the link in a browser that never signed in, picks a later day and
 * time on the "change the time" page and confirms. Returns the page, now on
 * the new link's page.
 */
async function rescheduleFromLink(link: string, reference: string): Promise<Page> {
  const page = await newPage();
  await page.goto(link);
  await page.getByRole('heading', { name: 'Το ραντεβού σας' }).waitFor();
  await expect.poll(() => page.getByText(reference).count()).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Αλλαγή ώρας', exact: true }).click();
  await page.getByRole('heading', { name: 'Αλλαγή ώρας ραντεβού' }).waitFor();
  await expect.poll(() => page.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(2);
  await page.locator('.day-option label').nth(2).click();
  await expect.poll(() => page.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(1);
  await page.locator('.time-option label').nth(1).click();
  await page.getByRole('button', { name: 'Αλλαγή ώρας', exact: true }).click();
  await expect.poll(() => page.getByText(new RegExp(`Η ώρα του ραντεβού ${reference} άλλαξε`)).count(), { timeout: 15_000 }).toBe(1);
  expect(page.url()).not.toBe(link); // the page goes on with the new link
  return page;
}

describe('the manage link of the person served', () => {
  it('a booking for another person: the represented person reschedules from their own e-mail', async () => {
    // Someone signs in and books for a relative (through the API the wizard uses).
    const booker = await newPage();
    await booker.goto('/auth/gsis/login?returnTo=/appointments');
    await signInAtStandIn(booker, '045123787');
    await booker.getByRole('heading', { name: 'Τα ραντεβού μου' }).waitFor();
    const { csrfToken } = await (await booker.request.get('/api/v1/session')).json();
    const athens = (await (await booker.request.get('/api/v1/municipalities')).json()).find((m: { slug: string }) => m.slug === 'athens');
    const topics = await (await booker.request.get(`/api/v1/municipalities/${athens.id}/topics?mode=in_person`)).json();
    const topicId = topics.find((t: { name: { en: string } }) => t.name.en === 'Family status certificate').id;
    const slots = (await (await booker.request.get(`/api/v1/municipalities/${athens.id}/slots?mode=in_person&topicId=${topicId}&from=2026-11-25&to=2026-11-25`)).json()).slots;
    const booked = await booker.request.post('/api/v1/appointments', {
      headers: { 'X-CSRF-Token': csrfToken },
      data: {
        municipalityId: athens.id,
        topicId,
        mode: 'in_person',
        start: slots[0].start,
        person: { fullName: 'Ευτυχία Μητσοπούλου', email: 'eftychia@example.gr', phone: '6911111111', language: 'el' },
        onBehalfOf: { kind: 'other', bookerFullName: 'Νικόλαος Παπαδόπουλος' },
        declarations: { dataTrue: true, privacyRead: true },
      },
    });
    expect(booked.status()).toBe(201);
    const { reference } = await booked.json();

    // Her confirmation carries her own manage link; she is not signed in and has never booked anything.
    const confirmation = await waitForMail('eftychia@example.gr', /^Επιβεβαίωση ραντεβού/);
    const link = manageLinkIn(confirmation);
    const page = await rescheduleFromLink(link, reference);

    // The new time's e-mail carries the link the page moved to; the old link says it was replaced.
    const moved = await waitForMail('eftychia@example.gr', /^Νέα ώρα ραντεβού/);
    expect(manageLinkIn(moved)).toBe(page.url());
    await page.goto(link);
    await expect.poll(() => page.getByText(/Το ραντεβού άλλαξε από τότε που στάλθηκε αυτός ο σύνδεσμος/).count()).toBeGreaterThan(0);
    // The booker sees the new time in their own list.
    const mine = await (await booker.request.get('/api/v1/me/appointments')).json();
    expect(mine.upcoming.find((a: { reference: string }) => a.reference === reference).version).toBe(2);
  });

  it('a desk booking: the clerk books with the console and reads the reference out; the caller reschedules from the e-mail', async () => {
    const clerk = await newPage();
    await clerk.goto('/console');
    await clerk.getByRole('link', { name: /Σύνδεση υπαλλήλου/ }).first().click();
    await signInAtStandIn(clerk, '135792468');
    await clerk.goto('/console/book');
    await clerk.getByRole('heading', { name: 'Νέο ραντεβού για πολίτη' }).waitFor();
    await clerk.getByLabel(/^Δια ζώσης/).check();
    await clerk.getByLabel(/Πιστοποιητικό οικογενειακής κατάστασης/).check();
    await expect.poll(() => clerk.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await clerk.locator('.day-option label').nth(1).click();
    await expect.poll(() => clerk.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await clerk.locator('.time-option label').first().click();
    await clerk.getByLabel('Ονοματεπώνυμο', { exact: true }).fill('Σταύρος Αλεξίου');
    await clerk.getByLabel('Email', { exact: true }).fill('stavros.desk@example.gr');
    await clerk.getByLabel('Κινητό τηλέφωνο').fill('6977777777');
    await clerk.getByLabel('ΑΦΜ του πολίτη (προαιρετικό)').fill('028765436');
    await clerk.getByLabel('Ο πολίτης δήλωσε ότι τα στοιχεία είναι αληθή.').check();
    await clerk.getByLabel('Ο πολίτης ενημερώθηκε για την προστασία των προσωπικών δεδομένων.').check();
    await clerk.getByRole('button', { name: 'Κλείσιμο ραντεβού' }).click();
    await clerk.getByRole('heading', { name: 'Το ραντεβού κλείστηκε' }).waitFor({ timeout: 15_000 });
    const reference = (await clerk.locator('.reference').first().textContent())!.trim();
    // The reference, spelled for reading out on the phone.
    await expect.poll(() => clerk.getByText(reference.split('-').map((p) => p.split('').join(' ')).join(' – '), { exact: false }).count()).toBeGreaterThan(0);

    const confirmation = await waitForMail('stavros.desk@example.gr', /^Επιβεβαίωση ραντεβού/);
    expect(confirmation.text).toContain('Χαίρετε,');
    const page = await rescheduleFromLink(manageLinkIn(confirmation), reference);
    const moved = await waitForMail('stavros.desk@example.gr', /^Νέα ώρα ραντεβού/);
    expect(manageLinkIn(moved)).toBe(page.url());
  });
});
