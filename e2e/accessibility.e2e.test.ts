import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStackAndBrowser } from './stack';

// axe (WCAG 2.1 A and AA rules) on every page a citizen, a clerk or an admin
// sees, in Greek and in English, on a phone-sized and a desktop screen.
const NOW = '2026-11-23T08:00:00Z';
const LANGUAGES = ['el', 'en'] as const;

const env = useStackAndBrowser(NOW);

async function contextFor(lang: string, phone = false): Promise<BrowserContext> {
  const context = await env.browser.newContext({
    baseURL: env.stack.url,
    locale: lang === 'el' ? 'el-GR' : 'en-GB',
    timezoneId: 'Europe/Athens',
    viewport: phone ? { width: 360, height: 740 } : { width: 1280, height: 900 },
  });
  await context.addInitScript((l) => localStorage.setItem('muni.lang', l), lang);
  await context.clock.setFixedTime(new Date(NOW));
  return context;
}

async function signIn(page: Page, provider: 'gsis' | 'gsis-gov', taxId: string, returnTo: string) {
  await page.goto(`/auth/${provider}/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(new RegExp(taxId)).check();
  await page.locator('form button[type=submit]').first().click();
  await page.waitForURL((u) => u.pathname === returnTo);
}

async function violations(page: Page) {
  await page.locator('main h1').first().waitFor();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(LANGUAGES)('accessibility in %s', (lang) => {
  it('public pages and the booking wizard on a phone', async () => {
    const context = await contextFor(lang, true);
    const page = await context.newPage();
    for (const path of ['/', '/manual', '/book', '/no-such-page']) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
    }
    await signIn(page, 'gsis', '068933130', '/book/municipality');
    expect(await violations(page), 'wizard: municipality').toEqual([]);
    await page.locator('input[type=radio]').first().check();
    await page.locator('form button[type=submit]').last().click();
    await page.waitForURL(/\/book\/mode/);
    expect(await violations(page), 'wizard: mode').toEqual([]);
    // A step submitted empty shows the error summary: it must be accessible too.
    await page.locator('form button[type=submit]').last().click();
    await page.locator('.error-summary, [role=alert]').first().waitFor();
    expect(await violations(page), 'wizard: error summary').toEqual([]);
    await page.goto('/appointments');
    expect(await violations(page), 'my appointments').toEqual([]);
    await context.close();
  });

  it('the employee console and the municipal admin', async () => {
    const context = await contextFor(lang);
    const page = await context.newPage();
    await signIn(page, 'gsis-gov', '135792468', '/console');
    expect(await violations(page), 'console').toEqual([]);
    for (const path of ['/console/book', '/admin', '/admin/closures', '/admin/offices', '/admin/topics', '/admin/employees', '/admin/interpreters']) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }

    // A booked video appointment: its console page, and its join link before the call opens.
    const session = await (await page.request.get('/api/v1/session')).json();
    const csrf = session.csrfToken as string;
    const athens = (await (await page.request.get('/api/v1/municipalities')).json()).find((m: { slug: string }) => m.slug === 'athens');
    // Booked with the signed-in clerk, who alone gets the employee's join link.
    const me = session.user.memberships.find((m: { municipalityId: string }) => m.municipalityId === athens.id).employeeId as string;
    const topic = (await (await page.request.get(`/api/v1/municipalities/${athens.id}/topics?mode=video`)).json())[0];
    const slots = await (await page.request.get(`/api/v1/municipalities/${athens.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-25&to=2026-11-25&employeeId=${me}`)).json();
    const booked = await page.request.post('/api/v1/console/appointments', {
      headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': `a11y-${lang}` },
      data: { municipalityId: athens.id, topicId: topic.id, mode: 'video', start: slots.slots[0].start, requestedEmployeeId: me, person: { fullName: 'Ελένη Δοκιμή', email: 'eleni@example.gr', phone: '6900000001', language: lang }, declarations: { dataTrue: true, privacyRead: true } },
    });
    expect([200, 201]).toContain(booked.status());
    const id = (await booked.json()).id as string;
    await page.goto(`/console/appointments/${id}`);
    expect(await violations(page), 'console appointment').toEqual([]);
    const link = await (await page.request.get(`/api/v1/appointments/${id}/join-link`)).json();
    await page.goto(link.path);
    expect(await violations(page), 'join page before the window').toEqual([]);
    await context.close();
  });
});
