// What the browser journeys share: a Greek page in Athens' zone with the
// browser clock frozen at the stack's start, the stand-in sign-in, the
// wizard's "continue", and waiting for an e-mail in the mail catcher.
import { signInAtStandIn as approveAtStandIn } from '@muni/identity/testing';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ApiClient } from '../services/api/src/testing/apiClient';
import type { TestStack } from './stack';

export function browserKit(env: { stack: TestStack; browser: Browser }, now: string) {
  return {
    async newPage(): Promise<Page> {
      const context = await env.browser.newContext({ baseURL: env.stack.url, locale: 'el-GR', timezoneId: 'Europe/Athens' });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(now));
      return page;
    },
    async waitForMail(to: string, subject: RegExp) {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const found = env.stack.mailCatcher!.messages().find((m) => m.to?.includes(to) && subject.test(m.subject ?? ''));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`no e-mail to ${to} matching ${subject}`);
    },
  };
}

/** Signs in at the GSIS stand-in page as the demo person with this tax number. */
export async function signInAtStandIn(page: Page, taxId: string) {
  await page.getByLabel(new RegExp(taxId)).check();
  await page.getByRole('button', { name: /Σύνδεση/ }).click();
}

/** Continue to the next wizard step and wait until its question is on screen (pages load lazily). */
export async function continueTo(page: Page, heading: string | RegExp) {
  await page.getByRole('button', { name: 'Συνέχεια' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

/** The wizard's first three answers, signed in already: Athens, a video call, the family status certificate; on to the time. */
export async function chooseAthensVideoCertificate(page: Page) {
  await page.getByRole('heading', { name: 'Με ποιον Δήμο θέλετε ραντεβού;' }).waitFor();
  await page.getByLabel('Δήμος Αθηναίων').check();
  await continueTo(page, 'Πώς θέλετε να εξυπηρετηθείτε;');
  await page.getByLabel(/Βιντεοκλήση/).check();
  await continueTo(page, 'Ποιο είναι το θέμα σας;');
  await page.getByLabel(/Πιστοποιητικό οικογενειακής κατάστασης/).check();
  await continueTo(page, 'Πότε σας εξυπηρετεί;');
}

/** Signs in over HTTP through the GSIS stand-in, as the web app's users do in the browser. */
export async function signInOverHttp(stack: Pick<TestStack, 'url'>, provider: 'gsis' | 'gsis-gov', taxId: string): Promise<ApiClient> {
  const c = new ApiClient(stack.url);
  const login = await c.raw(`/auth/${provider}/login?returnTo=/`);
  const callback = await approveAtStandIn(new URL(login.headers.get('location')!, stack.url).toString(), { taxId });
  expect((await c.raw(callback.toString())).status).toBe(302);
  c.resetCsrf();
  return c;
}

/** Stops the stack once LiveKit's "participant left" webhooks have landed (at most 10 s), so none hits a stopped database. */
export async function stopWhenCallsLeft(stack: TestStack | undefined): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (stack && Date.now() < deadline) {
    const open = await stack.knex('call_attendance').whereNull('left_at').count<{ n: string }[]>('* as n');
    if (Number(open[0]!.n) === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stack?.stop();
}
