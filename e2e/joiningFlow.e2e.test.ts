import AxeBuilder from '@axe-core/playwright';
import { upsertPlatformAdmin } from '@muni/appointments';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserKit, continueTo, signInAtStandIn } from './browserKit';
import { useStackAndBrowser } from './stack';

// The decree's joining flow in the browser: the platform admin creates a
// municipality with its admin; the admin signs in, fills in the joining form
// and submits it; citizens do not see the municipality in the booking wizard
// until the platform admin has reviewed and approved it; then they pick it.

// Monday 23 November 2026, 10:00 in Athens.
const NOW = '2026-11-23T08:00:00Z';
const PLATFORM_ADMIN = '028765436'; // Σταύρος Αλεξίου, a demo citizen made platform admin
const NEW_ADMIN = '144321982'; // Ευαγγελία Μιχαηλίδου, a demo employee (also of Athens and Thessaloniki)
const CITIZEN = '045123787';
const PATRAS = 'Δήμος Πατρέων';

const env = useStackAndBrowser(NOW);
const { newPage } = browserKit(env, NOW);

/** The citizen's first wizard step: the municipalities on offer. */
async function wizardMunicipalities(page: Page): Promise<string[]> {
  await page.goto('/book/municipality');
  await page.getByRole('heading', { name: 'Με ποιον Δήμο θέλετε ραντεβού;' }).waitFor();
  await expect.poll(() => page.locator('input[type=radio]').count()).toBeGreaterThan(0);
  return page.locator('input[type=radio] + label').allTextContents();
}

describe('a municipality joins the service', () => {
  it('created by the platform admin, filled in and submitted by its admin, hidden from citizens until approved, then bookable', async () => {
    // What `npm run create-platform-admin` does.
    await upsertPlatformAdmin(env.stack.knex, { taxId: PLATFORM_ADMIN });

    // 1. The platform admin signs in, switches to the role and creates Patras with its admin.
    const platform = await newPage();
    await platform.goto('/platform');
    // The first page of a freshly started stack may take a while on a loaded machine.
    await platform.getByRole('heading', { name: 'Διαχείριση πλατφόρμας' }).waitFor({ timeout: 60_000 });
    await platform.locator('main').getByRole('link', { name: 'Σύνδεση', exact: true }).click();
    await signInAtStandIn(platform, PLATFORM_ADMIN);
    await platform.waitForURL(/\/platform$/);
    await platform.getByRole('button', { name: 'Συνέχεια ως διαχειριστής πλατφόρμας' }).click();
    await platform.getByRole('heading', { name: 'Δήμοι', exact: true }).waitFor();
    await platform.getByRole('link', { name: 'Νέος δήμος' }).click();
    await platform.getByLabel('Όνομα δήμου (ελληνικά)').fill(PATRAS);
    await platform.getByLabel('Όνομα δήμου (αγγλικά)').fill('Municipality of Patras');
    await platform.getByLabel('Σύντομο όνομα (slug)').fill('patras');
    await platform.getByLabel('ΑΦΜ', { exact: true }).fill(NEW_ADMIN);
    await platform.getByLabel('Ονοματεπώνυμο', { exact: true }).fill('Ευαγγελία Μιχαηλίδου');
    await platform.getByLabel('E-mail', { exact: true }).fill('e.michailidou@example.gr');
    await platform.getByRole('button', { name: 'Δημιουργία δήμου' }).click();
    await platform.getByRole('heading', { name: PATRAS }).waitFor();
    await expect.poll(() => platform.locator('.notice-success').textContent()).toContain('Δημιουργήθηκε σε σύνταξη: Δήμος Πατρέων.');
    expect(await platform.locator('.tag').first().textContent()).toBe('σε σύνταξη');

    // 2. Its admin signs in (public-sector GSIS), switches to Patras and fills in the joining form.
    const admin = await newPage();
    await admin.goto('/admin');
    await admin.getByRole('link', { name: 'Σύνδεση υπαλλήλου' }).click();
    await signInAtStandIn(admin, NEW_ADMIN);
    await admin.getByRole('button', { name: `Εργασία για: ${PATRAS}` }).click();
    await admin.getByRole('link', { name: 'Ένταξη στην υπηρεσία' }).click();
    await admin.getByRole('heading', { name: 'Ένταξη του δήμου στην υπηρεσία' }).waitFor();
    const missing = admin.getByTestId('joining-missing');
    await expect.poll(() => missing.textContent()).toContain('Τουλάχιστον μία ενεργή υπηρεσία');
    expect(await missing.textContent()).toContain('Στοιχεία επικοινωνίας');

    // Submitted incomplete, the form says what is missing.
    await admin.getByRole('button', { name: 'Υποβολή αίτησης ένταξης' }).click();
    await expect.poll(() => admin.locator('.notice-error').first().textContent()).toContain('Η αίτηση ένταξης δεν είναι πλήρης');

    // A topic by video handled by the admin herself…
    await admin.getByRole('link', { name: 'Υπηρεσίες', exact: true }).click();
    await admin.getByRole('link', { name: 'Νέα υπηρεσία' }).click();
    await admin.getByLabel('Όνομα στα ελληνικά').fill('Βεβαίωση μόνιμης κατοικίας');
    await admin.getByLabel('Όνομα στα αγγλικά').fill('Certificate of permanent residence');
    await admin.getByLabel('Βιντεοκλήση', { exact: true }).first().check();
    await admin.getByLabel('Ευαγγελία Μιχαηλίδου').check();
    await admin.getByRole('button', { name: 'Δημιουργία υπηρεσίας' }).click();
    await expect.poll(() => admin.locator('.notice-success').textContent()).toContain('Δημιουργήθηκε η υπηρεσία');

    // The topic is offered in person too (the municipality's modes are the default): that needs an office with an address.
    await admin.getByRole('link', { name: 'Ένταξη στην υπηρεσία' }).click();
    await expect.poll(() => admin.getByTestId('joining-missing').textContent()).toContain('Ένα γραφείο με διεύθυνση');
    await admin.getByRole('link', { name: 'Γραφεία', exact: true }).click();
    await admin.getByRole('link', { name: 'Νέο γραφείο' }).click();
    await admin.getByLabel('Όνομα γραφείου').fill('ΚΕΠ Δημαρχείου');
    await admin.getByLabel('Διεύθυνση').fill('Μαιζώνος 108, Πάτρα');
    await admin.getByRole('button', { name: 'Δημιουργία γραφείου' }).click();
    await expect.poll(() => admin.locator('.notice-success').textContent()).toContain('Δημιουργήθηκε το γραφείο');

    // …and the contact; then the form is complete and goes for approval.
    await admin.getByRole('link', { name: 'Ένταξη στην υπηρεσία' }).click();
    await admin.getByLabel('Υπεύθυνος επικοινωνίας').fill('Γραφείο Δημάρχου Πατρέων');
    await admin.getByLabel('E-mail υπευθύνου').fill('grafeio@patras.example.gr');
    await admin.getByLabel('Τηλέφωνο υπευθύνου').fill('2610000000');
    await admin.getByRole('button', { name: 'Αποθήκευση στοιχείων επικοινωνίας' }).click();
    await expect.poll(() => admin.getByTestId('joining-missing').count()).toBe(0);
    await admin.getByRole('button', { name: 'Υποβολή αίτησης ένταξης' }).click();
    await expect.poll(() => admin.locator('.notice-success').textContent()).toContain('Η αίτηση ένταξης υποβλήθηκε για έγκριση');
    expect(await admin.locator('.tag').first().textContent()).toBe('προς έγκριση');

    // 3. A citizen does not see Patras in the booking wizard.
    const citizen = await newPage();
    await citizen.goto('/auth/gsis/login?returnTo=/book/municipality');
    await signInAtStandIn(citizen, CITIZEN);
    await citizen.waitForURL(/\/book\/municipality/);
    const before = await wizardMunicipalities(citizen);
    expect(before).toContain('Δήμος Αθηναίων');
    expect(before).not.toContain(PATRAS);

    // 4. The platform admin reviews the submitted form and approves it.
    await platform.getByRole('link', { name: 'Όλοι οι δήμοι' }).click();
    await platform.getByLabel('Κατάσταση').selectOption('submitted');
    await platform.getByRole('link', { name: `Έλεγχος ${PATRAS}` }).click();
    await platform.getByRole('heading', { name: 'Αίτηση ένταξης' }).waitFor();
    await expect.poll(() => platform.locator('.tag').first().textContent()).toBe('προς έγκριση');
    const form = await platform.locator('main').textContent();
    expect(form).toContain('Γραφείο Δημάρχου Πατρέων');
    expect(form).toContain('Βεβαίωση μόνιμης κατοικίας');
    expect(form).toContain('Βιντεοκλήση (20 λεπτά)');
    expect(form).toContain('Δεν επιτρέπεται'); // the third-person rule
    await platform.getByRole('button', { name: 'Έγκριση ένταξης' }).click();
    await expect.poll(() => platform.locator('.notice-success').textContent()).toContain('Εγκρίθηκε η ένταξη του δήμου Δήμος Πατρέων');
    expect(await platform.locator('.tag').first().textContent()).toBe('ενεργός');

    // 5. Now citizens see Patras, pick it and are offered its topic and free times.
    expect(await wizardMunicipalities(citizen)).toContain(PATRAS);
    await citizen.getByLabel(PATRAS).check();
    await continueTo(citizen, 'Πώς θέλετε να εξυπηρετηθείτε;');
    await citizen.getByLabel(/Βιντεοκλήση/).check();
    await continueTo(citizen, 'Ποιο είναι το θέμα σας;');
    await citizen.getByLabel(/Βεβαίωση μόνιμης κατοικίας/).check();
    await continueTo(citizen, 'Πότε σας εξυπηρετεί;');
    await expect.poll(() => citizen.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // The audit log has the platform's steps for Patras.
    await platform.getByRole('link', { name: 'Αρχείο ενεργειών' }).click();
    await platform.getByLabel('Δήμος', { exact: true }).selectOption({ label: PATRAS });
    await platform.getByRole('button', { name: 'Εφαρμογή φίλτρων' }).click();
    // Each action in words, with its code beside it for auditors.
    await expect.poll(() => platform.getByRole('cell', { name: 'Έγκριση ένταξης δήμου platform_approve_municipality' }).count()).toBe(1);
    expect(await platform.getByRole('cell', { name: 'Υποβολή αίτησης ένταξης admin_submit_joining' }).count()).toBe(1);
    // The action filter offers the same words.
    await platform.getByLabel('Ενέργεια', { exact: true }).selectOption({ label: 'Έγκριση ένταξης δήμου' });
    await platform.getByRole('button', { name: 'Εφαρμογή φίλτρων' }).click();
    await expect.poll(() => platform.locator('tbody tr').count()).toBe(1);
    for (const p of [platform, admin, citizen]) await p.context().close();
  });
});

/** axe (WCAG 2.1 A and AA) on the page, once its heading is there; as e2e/accessibility.e2e.test.ts does. */
async function violations(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['el', 'en'] as const)('the platform pages and the joining page are accessible in %s', (lang) => {
  it('axe finds nothing on every platform page, an error summary and the admin\'s joining page', async () => {
    await upsertPlatformAdmin(env.stack.knex, { taxId: PLATFORM_ADMIN });
    const context = await env.browser.newContext({ baseURL: env.stack.url, locale: lang === 'el' ? 'el-GR' : 'en-GB', timezoneId: 'Europe/Athens' });
    await context.addInitScript((l) => localStorage.setItem('muni.lang', l), lang);
    const page = await context.newPage();
    expect(await (await page.goto('/platform'))?.status()).toBe(200);
    expect(await violations(page), 'platform: signed out').toEqual([]);
    await page.goto('/auth/gsis/login?returnTo=/platform');
    await signInAtStandIn(page, PLATFORM_ADMIN);
    await page.waitForURL(/\/platform$/);
    expect(await violations(page), 'platform: switch to the role').toEqual([]);
    await page.locator('main button.button-start').click();
    await page.locator('main table').waitFor();

    const athens = await env.stack.knex('municipalities').where({ slug: 'athens' }).first('id');
    const pool = await env.stack.knex('interpreters').whereNull('municipality_id').first('id');
    for (const path of ['/platform', `/platform/municipalities/${athens.id}`, '/platform/interpreters', '/platform/interpreters/new', `/platform/interpreters/${pool.id}`, '/platform/audit', '/platform/statistics', '/platform/municipalities/new']) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
    // Sent empty, the new-municipality form shows its error summary.
    await page.locator('main form button[type=submit]').click();
    await page.locator('.error-summary').waitFor();
    expect(await violations(page), 'new municipality: error summary').toEqual([]);

    const admin = await context.browser()!.newContext({ baseURL: env.stack.url, locale: lang === 'el' ? 'el-GR' : 'en-GB', timezoneId: 'Europe/Athens' });
    await admin.addInitScript((l) => localStorage.setItem('muni.lang', l), lang);
    const adminPage = await admin.newPage();
    await adminPage.goto('/auth/gsis-gov/login?returnTo=/admin/joining');
    await signInAtStandIn(adminPage, '135792468'); // Μαρία Γεωργίου, admin of Athens
    await adminPage.waitForURL(/\/admin\/joining$/);
    await adminPage.locator('main form').first().waitFor();
    expect(await violations(adminPage), '/admin/joining').toEqual([]);
    // The municipality's interpreters page lists the shared pool's interpreters who serve it too.
    await adminPage.goto('/admin/interpreters');
    await adminPage.getByText('Ελένη Νικολάου (ΕΝΓ)').waitFor();
    expect(await violations(adminPage), '/admin/interpreters').toEqual([]);
    await admin.close();
    await context.close();
  });
});
