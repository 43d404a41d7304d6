import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useStackAndBrowser } from './stack';

// The municipal admin reads the statistics of a known month: every column of
// every table in sight without a sideways scroll (the no-show rate is the last
// column) on a desktop, a small laptop and a phone; the < 5 rule on screen;
// a chart under its table; each CSV downloads; axe finds nothing, in el and en.

const NOW = '2026-11-23T08:00:00Z'; // Monday 23 November 2026, 10:00 in Athens
const ADMIN = '135792468'; // Μαρία Γεωργίου, admin of Athens

const env = useStackAndBrowser(NOW);

/** Athens, March 2026: 12 held and 2 no-shows of the family status certificate in person, 6 held video registrations. */
beforeAll(async () => {
  const knex = env.stack.knex;
  const athens = await knex('municipalities').where({ slug: 'athens' }).first('id');
  const topic = async (en: string) => (await knex('topics').where({ municipality_id: athens.id, name_en: en }).first('id')).id as string;
  const family = await topic('Family status certificate');
  const roll = await topic('Registration in the municipal roll');
  const employees: string[] = await knex('employees').where({ municipality_id: athens.id }).orderBy('full_name').pluck('id');
  const rows = [
    ...Array.from({ length: 12 }, () => ({ topic: family, mode: 'in_person', status: 'completed' })),
    ...Array.from({ length: 2 }, () => ({ topic: family, mode: 'in_person', status: 'no_show' })),
    ...Array.from({ length: 6 }, () => ({ topic: roll, mode: 'video', status: 'completed' })),
  ];
  await knex('appointments').insert(
    rows.map((r, i) => {
      const starts = new Date(Date.UTC(2026, 2, 2 + Math.floor(i / 6), 7 + (i % 6)));
      const ends = new Date(starts.getTime() + 20 * 60_000);
      return {
        municipality_id: athens.id, topic_id: r.topic, mode: r.mode, status: r.status, employee_id: employees[i % employees.length],
        starts_at: starts, ends_at: ends, busy_until: ends, person_full_name: 'Ελένη Παπαδάκη', person_email: 'eleni@example.org',
        declared_true_at: starts, privacy_read_at: starts, created_at: new Date(starts.getTime() - 24 * 3_600_000),
      };
    }),
  );
});

const TEXTS = {
  el: { from: 'Από', last: 'Έως και', show: 'Εμφάνιση', outcomes: 'Αποτελέσματα ραντεβού', modes: 'Ανά τρόπο', csv: 'Λήψη CSV: Ανά υπηρεσία', held: 'Ολοκληρώθηκαν', inPerson: 'Δια ζώσης' },
  en: { from: 'From', last: 'Up to and including', show: 'Show', outcomes: 'Outcomes of appointments', modes: 'By mode', csv: 'Download CSV: By topic', held: 'Held', inPerson: 'In person' },
} as const;

async function openMarch(lang: 'el' | 'en', viewport: { width: number; height: number }): Promise<Page> {
  const context = await env.browser.newContext({ baseURL: env.stack.url, locale: lang === 'el' ? 'el-GR' : 'en-GB', timezoneId: 'Europe/Athens', viewport });
  await context.addInitScript((l) => localStorage.setItem('muni.lang', l), lang);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto('/auth/gsis-gov/login?returnTo=%2Fadmin%2Fstatistics');
  await page.getByLabel(new RegExp(ADMIN)).check();
  await page.locator('form button[type=submit]').first().click();
  await page.waitForURL((u) => u.pathname === '/admin/statistics');
  const x = TEXTS[lang];
  await page.getByLabel(x.from, { exact: true }).fill('2026-03-01');
  await page.getByLabel(x.last, { exact: true }).fill('2026-03-31');
  await page.getByRole('button', { name: x.show }).click();
  // The month's total, exact in the municipality's own row.
  await expect.poll(() => page.getByRole('table', { name: x.outcomes }).locator('tbody tr').first().innerText(), { timeout: 15_000 }).toMatch(/\b20\b/);
  return page;
}

/** Tables whose content is wider than their box (someone would have to scroll sideways to read the last columns), and the page's own sideways overflow. */
const overflowing = (page: Page) =>
  page.evaluate(() => ({
    tables: [...document.querySelectorAll('main table')].filter((t) => (t.parentElement?.scrollWidth ?? 0) > (t.parentElement?.clientWidth ?? 0) + 1).map((t) => t.querySelector('caption')?.textContent),
    page: document.documentElement.scrollWidth > window.innerWidth + 1,
  }));

describe('statistics for a municipal admin', () => {
  for (const [lang, name, viewport] of [
    ['el', 'desktop', { width: 1280, height: 800 }],
    ['en', 'small laptop', { width: 1024, height: 768 }],
    ['el', 'phone', { width: 390, height: 844 }],
  ] as const) {
    it(`${name} (${lang}): every column in sight without scrolling sideways; < 5 shown; charts; CSV; axe`, async () => {
      const page = await openMarch(lang, viewport);
      const x = TEXTS[lang];
      expect(await overflowing(page)).toEqual({ tables: [], page: false });

      // The no-show rate of the month: 2 of 20.
      const outcomes = page.getByRole('table', { name: x.outcomes });
      expect(await outcomes.locator('tbody tr').first().innerText()).toMatch(/10\s?%/);
      if (viewport.width > 600) {
        // Its heading, the last column, is inside the window: nothing to scroll to.
        const last = await outcomes.locator('thead th').last().boundingBox();
        expect(last!.x + last!.width).toBeLessThanOrEqual(viewport.width);
      }
      // Two no-shows in person point to people: shown as < 5.
      const inPerson = page.getByRole('table', { name: x.modes }).locator('tbody tr').filter({ hasText: x.inPerson });
      expect(await inPerson.innerText()).toContain('< 5');
      // A chart under each breakdown, the same figures as its table.
      await expect.poll(() => page.locator('.statistics-chart canvas').count(), { timeout: 15_000 }).toBeGreaterThan(0);

      const href = await page.getByRole('link', { name: x.csv }).getAttribute('href');
      const csv = await page.request.get(href!);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      expect((await csv.text()).split('\r\n')[0]).toContain(x.held);

      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});
