import { describe, expect, it } from 'vitest';
import { browserKit, chooseAthensVideoCertificate, continueTo, signInAtStandIn } from './browserKit';
import { useStackAndBrowser } from './stack';

// Monday 23 November 2026, 10:00 in Athens.
const NOW = '2026-11-23T08:00:00Z';

const env = useStackAndBrowser(NOW);
const { newPage, waitForMail } = browserKit(env, NOW);

describe('a citizen books a video appointment in the browser', () => {
  it('signs in with Taxisnet, walks the wizard, gets the confirmation e-mail and signs out', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Κλείστε ραντεβού' }).first().click();
    await page.getByRole('link', { name: /Σύνδεση με κωδικούς Taxisnet/ }).click();
    await signInAtStandIn(page, '045123787');

    await chooseAthensVideoCertificate(page);

    // Date and time: the second free day (so it can still be changed later), the first free time.
    await expect.poll(() => page.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.locator('.day-option label').nth(1).click();
    await expect.poll(() => page.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('.time-option label').first().click();
    await continueTo(page, 'Τα στοιχεία επικοινωνίας σας');

    await page.getByLabel('Ονοματεπώνυμο').fill('Νικόλαος Παπαδόπουλος');
    await page.getByLabel('Email', { exact: true }).fill('nikos@example.gr');
    await page.getByLabel('Κινητό τηλέφωνο').fill('6912345678');
    await continueTo(page, 'Για ποιον είναι το ραντεβού;');
    await page.getByLabel('Για εμένα').check();
    await continueTo(page, 'Χρειάζεστε κάποια διευκόλυνση;');
    // A relative joins the call: who invites them, and when, is said on the last page.
    await page.getByLabel('Θέλω να συμμετάσχει και τρίτο πρόσωπο στη βιντεοκλήση').check();
    await page.getByLabel('Ονοματεπώνυμο τρίτου προσώπου').fill('Ελένη Βοηθού');
    await page.getByLabel('Email τρίτου προσώπου').fill('eleni.voithou@example.gr');
    await continueTo(page, 'Θέλετε να σας εξυπηρετήσει συγκεκριμένος υπάλληλος;');
    await continueTo(page, 'Δηλώσεις'); // no preferred employee
    await page.getByLabel(/στοιχεία που έδωσα είναι αληθή/).check();
    await page.getByLabel(/Διάβασα τους/).check();
    await page.getByRole('button', { name: 'Συνέχεια' }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'Ελέγξτε το ραντεβού σας' }).count()).toBe(1);
    await page.locator('form button[type=submit]').last().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Το ραντεβού σας κλείστηκε' }).count(), { timeout: 15_000 }).toBe(1);
    const reference = await page.locator('.reference, [data-reference]').first().textContent();
    const athensInvites = (await env.stack.knex('municipalities').where({ slug: 'athens' }).first('third_person_invite_on_booking')).third_person_invite_on_booking;
    expect(await page.getByTestId('done-third-person').textContent()).toContain(
      athensInvites ? 'Το τρίτο πρόσωπο (Ελένη Βοηθού) θα λάβει πρόσκληση με email' : 'Την πρόσκληση στο τρίτο πρόσωπο (Ελένη Βοηθού) θα τη στείλει με email ο υπάλληλος του δήμου',
    );

    // The confirmation e-mail arrives through SMTP with the join link of this appointment.
    const mail = await waitForMail('nikos@example.gr', /^Επιβεβαίωση ραντεβού/);
    expect(mail.text).toContain(reference?.trim() ?? '');
    expect(mail.text).toMatch(new RegExp(`${env.stack.url}/join/[A-Za-z0-9_-]{20,}`));

    // My appointments lists it; sign out ends the session.
    await page.goto('/appointments');
    await expect.poll(() => page.getByText(reference!.trim()).count()).toBeGreaterThan(0);
    const mine = await (await page.request.get('/api/v1/me/appointments')).json();
    booked = { reference: reference!.trim(), start: mine.upcoming[0].start };
    await page.getByRole('button', { name: 'Αποσύνδεση' }).click();
    await page.waitForURL(/\/$/);
    const session = await page.request.get('/api/v1/session');
    expect((await session.json()).user).toBeNull();
  });

  it('asks for a lip-reading interpreter at a time none is free: told so, and given the nearest times with one', async () => {
    const page = await newPage();
    await page.goto('/book');
    await page.getByRole('link', { name: /Σύνδεση με κωδικούς Taxisnet/ }).click();
    await signInAtStandIn(page, '068933130');
    await chooseAthensVideoCertificate(page);
    // Tuesday's first time, 08:00: the municipality is open, the lip-reading interpreters start at 09:00.
    await expect.poll(() => page.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.locator('.day-option label').filter({ hasText: /24/ }).click();
    await page.locator('.time-option label').filter({ hasText: '08:00' }).click();
    await continueTo(page, 'Τα στοιχεία επικοινωνίας σας');
    await page.getByLabel('Ονοματεπώνυμο').fill('Μαρία Κωνσταντίνου');
    await page.getByLabel('Email', { exact: true }).fill('maria.k@example.gr');
    await page.getByLabel('Κινητό τηλέφωνο').fill('6987654321');
    await continueTo(page, 'Για ποιον είναι το ραντεβού;');
    await page.getByLabel('Για εμένα').check();
    await continueTo(page, 'Χρειάζεστε κάποια διευκόλυνση;');
    await page.getByLabel('Διερμηνέας χειλεανάγνωσης').check();
    await page.getByRole('button', { name: 'Συνέχεια' }).click();

    const notice = page.locator('section.notice').filter({ has: page.getByRole('heading', { name: 'Αυτή την ώρα δεν είναι διαθέσιμος διερμηνέας' }) });
    await notice.waitFor();
    const offered = await notice.locator('.time-option label').allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.join(' ')).not.toMatch(/\b08:00\b/);
    await notice.locator('.time-option label').first().click();
    await notice.getByRole('button', { name: 'Επιλογή αυτής της ώρας' }).click();
    await page.getByRole('heading', { name: 'Θέλετε να σας εξυπηρετήσει συγκεκριμένος υπάλληλος;' }).waitFor();
    const hold = await env.stack.knex('appointments').where({ status: 'held', interpretation: 'lip_reading' }).first('interpretation', 'interpreter_id');
    expect(hold).toMatchObject({ interpretation: 'lip_reading' });
    expect(hold.interpreter_id).not.toBeNull();

    // Back at the time step, only times with an interpreter are offered now.
    await page.goto('/book/date');
    await page.getByRole('heading', { name: 'Πότε σας εξυπηρετεί;' }).waitFor();
    await page.locator('.day-option label').filter({ hasText: /24/ }).click();
    await expect.poll(() => page.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.time-option label').filter({ hasText: '08:00' }).count()).toBe(0);
  });

  it('an employee of two municipalities signs in, picks Athens and sees that booking in the console', async () => {
    expect(booked, 'the booking test ran first').toBeDefined();
    const page = await newPage();
    await page.goto('/console');
    await page.getByRole('link', { name: /Σύνδεση υπαλλήλου/ }).click();
    await signInAtStandIn(page, '144321982');
    await page.getByRole('heading', { name: 'Για ποιον Δήμο εργάζεστε τώρα;' }).waitFor();
    await page.getByLabel('Δήμος Αθηναίων').check();
    await page.getByRole('button', { name: 'Συνέχεια' }).click();
    const day = new Date(booked!.start).toLocaleDateString('en-CA', { timeZone: 'Europe/Athens' });
    await page.goto(`/console?date=${day}`);
    await expect.poll(() => page.getByText(booked!.reference).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByText(booked!.reference).first().click();
    await expect.poll(() => page.getByText('Νικόλαος Παπαδόπουλος').count()).toBeGreaterThan(0);
  });

  it('the citizen reschedules and then cancels from My appointments, with e-mails for both', async () => {
    const page = await newPage();
    await page.goto('/auth/gsis/login?returnTo=/appointments');
    await signInAtStandIn(page, '045123787');
    await page.getByRole('heading', { name: 'Τα ραντεβού μου' }).waitFor();

    await page.getByRole('link', { name: /^Αλλαγή ώρας/ }).first().click();
    await page.getByRole('heading', { name: 'Αλλαγή ώρας ραντεβού' }).waitFor();
    await expect.poll(() => page.locator('.day-option input').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    await page.locator('.day-option label').nth(2).click(); // a later day, still before the change cut-off
    await expect.poll(() => page.locator('.time-option input').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.locator('.time-option label').nth(1).click();
    await page.getByRole('button', { name: 'Αλλαγή ώρας' }).click();
    await page.getByRole('heading', { name: 'Τα ραντεβού μου' }).waitFor();
    const moved = (await (await page.request.get('/api/v1/me/appointments')).json()).upcoming[0];
    expect(moved.version).toBe(2);
    expect(moved.start).not.toBe(booked!.start);
    await waitForMail('nikos@example.gr', /^Νέα ώρα ραντεβού/);

    await page.getByRole('link', { name: /^Ακύρωση ραντεβού/ }).first().click();
    await page.getByRole('heading', { name: 'Θέλετε σίγουρα να ακυρώσετε το ραντεβού;' }).waitFor();
    await page.getByRole('button', { name: 'Ναι, ακύρωση ραντεβού' }).click();
    await page.getByRole('heading', { name: 'Τα ραντεβού μου' }).waitFor();
    const after = await (await page.request.get('/api/v1/me/appointments')).json();
    expect(after.upcoming).toEqual([]);
    expect(after.past[0]).toMatchObject({ reference: booked!.reference, status: 'cancelled' });
    const cancelMail = await waitForMail('nikos@example.gr', /^Ακύρωση ραντεβού/);
    expect(cancelMail.attachments?.some((a) => a.contentType?.includes('calendar'))).toBe(true);
  });
});

let booked: { reference: string; start: string } | undefined;
