// What the video-call journeys share: a stack with LiveKit and a browser for
// the file (the pages' errors printed only when a step failed), a video
// appointment booked as the demo citizen, and the proof that video flows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ApiClient } from '../services/api/src/testing/apiClient';
import { launchBrowser } from './browser';
import { signInOverHttp, stopWhenCallsLeft } from './browserKit';
import { startTestStack, type TestStack } from './stack';

export interface CallEnv {
  stack: TestStack;
  browser: Browser;
  /** What the pages said (errors, LiveKit warnings); printed when a step fails, then cleared. */
  log: string[];
}

/** The stack (with its own LiveKit) and a browser for one test file. */
export function useCallStack(clockStart: string): CallEnv {
  const env = { log: [] as string[] } as CallEnv;
  beforeAll(async () => {
    [env.stack, env.browser] = await Promise.all([startTestStack(clockStart), launchBrowser()]);
    expect(env.stack.videoAvailable, 'LiveKit must run for these tests (npm run livekit:install)').toBe(true);
  });
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') console.log(env.log.join('\n'));
    env.log.length = 0;
  });
  afterAll(async () => {
    await env.browser?.close();
    await stopWhenCallsLeft(env.stack);
  });
  return env;
}

/** Keeps a page's errors and console errors (and warnings, unless `errorsOnly`) in the file's log. */
export function recordPageErrors(page: Page, log: string[], label = '', errorsOnly = false) {
  page.on('pageerror', (e) => log.push(`${label}pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || (!errorsOnly && m.type() === 'warning')) log.push(`${label}${m.type()}: ${m.text()}`);
  });
}

export const DESKTOP_SIZE = { width: 1280, height: 900 } as const;

export interface CallPageOptions {
  viewport?: { width: number; height: number };
  /** a phone: touch and the mobile viewport meta */
  mobile?: boolean;
  /** the page's language (muni.lang); the browser's locale follows it. Greek when absent. */
  lang?: 'el' | 'en';
  /** expose the call page's test hooks (window.__callTest: LiveKit's scenarios, a forced rating, a snapshot) */
  testHooks?: boolean;
  /** where the page's errors (and warnings) go */
  log?: string[];
  errorsOnly?: boolean;
}

/** A fresh browser context and page for a call: Athens time, fake camera and microphone allowed. */
export async function newCallPage(browser: Browser, baseURL: string, o: CallPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: o.lang === 'en' ? 'en-GB' : 'el-GR',
    timezoneId: 'Europe/Athens',
    viewport: o.viewport ?? DESKTOP_SIZE,
    isMobile: o.mobile,
    hasTouch: o.mobile,
    permissions: ['camera', 'microphone'],
  });
  if (o.lang) await context.addInitScript((l) => localStorage.setItem('muni.lang', l), o.lang);
  if (o.testHooks) await context.addInitScript(() => Object.assign(window, { __callTestHooks: true }));
  const page = await context.newPage();
  if (o.log) recordPageErrors(page, o.log, '', o.errorsOnly);
  return page;
}

/** Books a "Family status certificate" video call in Athens as the demo citizen; `extra` adds interpretation, a third person… */
export async function bookVideoCall(stack: TestStack, start: string, person: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<{ citizen: ApiClient; id: string }> {
  const athens = await stack.knex('municipalities').where({ slug: 'athens' }).first('id');
  const topic = await stack.knex('topics').where({ municipality_id: athens.id, name_en: 'Family status certificate' }).first('id');
  const citizen = await signInOverHttp(stack, 'gsis', '045123787');
  const booked = await citizen.post('/api/v1/appointments', {
    municipalityId: athens.id,
    topicId: topic.id,
    mode: 'video',
    start,
    person,
    declarations: { dataTrue: true, privacyRead: true },
    ...extra,
  });
  expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  return { citizen, id: booked.body.id as string };
}

/** True when the remote video of `role` shows decoded frames and keeps playing. */
export function videoFlows(page: Page, role: string): Promise<boolean> {
  return page.evaluate(async (r) => {
    const v = document.querySelector<HTMLVideoElement>(`video[data-remote="true"][data-role="${r}"]`);
    if (!v || v.videoWidth === 0) return false;
    const t = v.currentTime;
    await new Promise((res) => setTimeout(res, 400));
    return v.currentTime > t;
  }, role);
}

/** The join path (/join/<token>) of the appointment's assigned employee, as their console shows it. */
export async function employeeJoinPath(stack: TestStack, appointmentId: string): Promise<string> {
  const assigned = await stack.knex('appointments').join('employees', 'employees.id', 'appointments.employee_id').where('appointments.id', appointmentId).first('employees.tax_id', 'appointments.municipality_id');
  const staff = await signInOverHttp(stack, 'gsis-gov', assigned.tax_id);
  expect((await staff.post('/api/v1/session/municipality', { municipalityId: assigned.municipality_id })).status).toBe(200);
  return (await staff.get(`/api/v1/appointments/${appointmentId}/join-link`)).body.path;
}
