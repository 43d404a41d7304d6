import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { startTestStack, type TestStack } from './stack';

// Monday 23 November 2026, 10:00 in Athens.
const NOW = '2026-11-23T08:00:00Z';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startTestStack(NOW);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: stack.url, locale: 'el-GR', timezoneId: 'Europe/Athens' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  return page;
}

/** Signs in at the GSIS stand-in page as the demo person with this tax number. */
async function signInAtStandIn(page: Page, taxId: string) {
  await page.getByLabel(new RegExp(taxId)).check();
  await page.getByRole('button', { name: /Σύνδεση/ }).click();
}

/** Continue to the next wizard step and wait until its question is on screen (pages load lazily). */
async function continueTo(page: Page, heading: string | RegExp) {
  await page.getByRole('button', { name: 'Συνέχεια' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

async function waitForMail(to: string, subject: RegExp) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = stack.mailCatcher!.messages().find((m) => m.to?.includes(to) && subject.test(m.subject ?? ''));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no e-mail to ${to} matching ${subject}`);
}

describe('a citizen books a video appointment in the browser', () => {
  it('signs in with Taxisnet, walks the wizard, gets the confirmation e-mail and signs out', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Κλείστε ραντεβού' }).first().click();
    await page.getByRole('link', { name: /Σύνδεση με κωδικούς Taxisnet/ }).click();
    await signInAtStandIn(page, '045123787');

    await page.getByRole('heading', { name: 'Με ποιον Δήμο θέλετε ραντεβού;' }).waitFor();
    await page.getByLabel('Δήμος Αθηναίων').check();
    await continueTo(page, 'Πώς θέλετε να εξυπηρετηθείτε;');
    await page.getByLabel(/Βιντεοκλήση/).check();
    await continueTo(page, 'Ποιο είναι το θέμα σας;');
    await page.getByLabel(/Πιστοποιητικό οικογενειακής κατάστασης/).check();
    await continueTo(page, 'Πότε σας εξυπηρετεί;');

    // Date and time: the first free day, the first free time.
    await expect.poll(() => page.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('.time-option label').first().click();
    await continueTo(page, 'Τα στοιχεία επικοινωνίας σας');

    await page.getByLabel('Ονοματεπώνυμο').fill('Νικόλαος Παπαδόπουλος');
    await page.getByLabel('Email', { exact: true }).fill('nikos@example.gr');
    await page.getByLabel('Κινητό τηλέφωνο').fill('6912345678');
    await continueTo(page, 'Για ποιον είναι το ραντεβού;');
    await page.getByLabel('Για εμένα').check();
    await continueTo(page, 'Χρειάζεστε κάποια διευκόλυνση;');
    await continueTo(page, 'Θέλετε να σας εξυπηρετήσει συγκεκριμένος υπάλληλος;'); // no special requirements
    await continueTo(page, 'Δηλώσεις'); // no preferred employee
    await page.getByLabel(/στοιχεία που έδωσα είναι αληθή/).check();
    await page.getByLabel(/Διάβασα τους/).check();
    await page.getByRole('button', { name: 'Συνέχεια' }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'Ελέγξτε το ραντεβού σας' }).count()).toBe(1);
    await page.locator('form button[type=submit]').last().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Το ραντεβού σας κλείστηκε' }).count(), { timeout: 15_000 }).toBe(1);
    const reference = await page.locator('.reference, [data-reference]').first().textContent();

    // The confirmation e-mail arrives through SMTP with the join link of this appointment.
    const mail = await waitForMail('nikos@example.gr', /./);
    expect(mail.subject).toMatch(/Επιβεβαίωση|ραντεβού/i);
    expect(mail.text).toContain(reference?.trim() ?? '');
    expect(mail.text).toMatch(new RegExp(`${stack.url}/join/[A-Za-z0-9_-]{20,}`));

    // My appointments lists it; sign out ends the session.
    await page.goto('/appointments');
    await expect.poll(() => page.getByText(reference!.trim()).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Αποσύνδεση' }).click();
    await page.waitForURL(/\/$/);
    const session = await page.request.get('/api/v1/session');
    expect((await session.json()).user).toBeNull();
  });
});
