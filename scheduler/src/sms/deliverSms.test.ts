// Texts through the outbox and a gateway that fails: the same claims, version
// checks and retries as e-mails (deliver.test.ts), against a real local HTTP server.
import { hashToken, shortLinkCode } from '@muni/domain';
import { countSegments } from '@muni/mail-templates';
import { seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import type { Transporter } from 'nodemailer';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS } from '../backoff';
import { OUTCOME_LINK_DAYS } from './deliverSms';
import { type DeliverDeps, deliverNotification } from '../deliver';
import { dispatchDueNotifications } from '../dispatch';
import { type FakeGateway, type FixtureIds, insertAppointment, insertNotification, loadFixtureIds, startFakeGateway } from '../testing';
import { createHttpGateway, DEFAULT_BODY_TEMPLATES } from './httpGateway';
import { SMS_OFF } from './deliverSms';

const db = useTestDatabase();
const PUBLIC_URL = 'https://rantevou.example.gr';
const SECRET = 'test-link-secret';
const PHONE = '+306912345678';
const HOUR = 3_600_000;

let ids: FixtureIds;
let clock: Date;
let gateway: FakeGateway | undefined;
let slot = 0;

// The e-mail transport is never used for texts.
const noMail = { sendMail: () => Promise.reject(new Error('no e-mail expected')) } as unknown as Transporter;

const deps = (over: Partial<DeliverDeps> = {}): DeliverDeps => ({
  knex: db.knex,
  transport: noMail,
  publicUrl: PUBLIC_URL,
  linkSecret: SECRET,
  from: 'Δήμος Αθηναίων <no-reply@rantevou.example.gr>',
  now: () => clock,
  sms: gateway
    ? { provider: createHttpGateway({ url: gateway.url, format: 'json', bodyTemplate: DEFAULT_BODY_TEMPLATES.json, username: 'muni', password: 'secret', timeoutMs: 2000 }), from: 'Rantevou', joinGraceMinutes: 30 }
    : undefined,
  ...over,
});

const nextStart = () => new Date(clock.getTime() + 24 * HOUR + slot++ * HOUR);
const row = (id: string) => db.knex('notifications').where({ id }).first();

beforeAll(async () => {
  await seedDemoData(db.knex);
  ids = await loadFixtureIds(db.knex);
  clock = new Date('2026-03-02T09:00:00Z');
});

afterEach(async () => {
  await gateway?.stop();
  gateway = undefined;
});

describe('texts through the outbox', () => {
  it('a gateway failing twice (503, then a timeout): retried after 30 s and 1 min, then sent; exactly one text taken, with the short link to the join link', async () => {
    const answers: (number | 'hang')[] = [503, 'hang', 200];
    gateway = await startFakeGateway((n) => answers[n] ?? 200);
    const start = nextStart();
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: start, reference: 'K7P-4XQ-92M' });
    const id = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', phone: PHONE, sendAfter: clock });
    const d = deps();
    const provider = createHttpGateway({ url: gateway.url, format: 'json', bodyTemplate: DEFAULT_BODY_TEMPLATES.json, timeoutMs: 300 });
    d.sms = { ...d.sms!, provider };

    expect(await deliverNotification(d, id)).toBe('retry');
    let r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1, claimed_by: null });
    expect(r.last_error).toMatch(/HTTP 503/);
    expect(r.send_after.getTime()).toBe(clock.getTime() + FIRST_RETRY_MS);
    // Not due yet: nothing is sent early.
    expect(await deliverNotification(d, id)).toBe('retry');
    expect(gateway.requests).toHaveLength(1);

    clock = new Date(clock.getTime() + FIRST_RETRY_MS);
    expect(await deliverNotification(d, id)).toBe('retry');
    r = await row(id);
    expect(r.attempts).toBe(2);
    expect(r.last_error).toMatch(/timed out/);
    expect(r.send_after.getTime()).toBe(clock.getTime() + 2 * FIRST_RETRY_MS);

    clock = new Date(clock.getTime() + 2 * FIRST_RETRY_MS);
    expect(await deliverNotification(d, id)).toBe('sent');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    // Sent once: a later run sends nothing more.
    expect(await deliverNotification(d, id)).toBe('skipped');
    expect(gateway.accepted()).toHaveLength(1);

    const body = JSON.parse(gateway.accepted()[0]!.body);
    expect(body).toMatchObject({ to: PHONE, from: 'Rantevou', reference: id });
    const code = shortLinkCode(SECRET, appointmentId, 'citizen', 'join', 1);
    expect(body.text).toMatch(/^Δήμος Αθηναίων: ραντεβού .* με βιντεοκλήση/);
    expect(body.text.endsWith(` ${PUBLIC_URL}/s/${code}`)).toBe(true);
    expect(countSegments(body.text).segments).toBeLessThanOrEqual(2);
    // Every attempt carried the same link; one row for it, expiring with the join link (end + 30 min grace).
    const texts = gateway.requests.map((q) => JSON.parse(q.body).text);
    expect(new Set(texts).size).toBe(1);
    const links = await db.knex('short_links').where({ appointment_id: appointmentId });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ code_hash: hashToken(code), target: 'join', role: 'citizen', appointment_version: 1 });
    expect(links[0].expires_at.getTime()).toBe(start.getTime() + 20 * 60_000 + 30 * 60_000);
  });

  it('a permanent refusal (4xx) stops at once: failed, with the gateway\'s answer without the number, never tried again', async () => {
    gateway = await startFakeGateway(() => 400);
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: nextStart(), mode: 'in_person' });
    const id = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', phone: PHONE, sendAfter: clock });

    expect(await deliverNotification(deps(), id)).toBe('failed');
    const r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: 1 });
    expect(r.last_error).toMatch(/HTTP 400/);
    expect(r.last_error).not.toContain('6912345678');
    clock = new Date(clock.getTime() + HOUR);
    expect(await deliverNotification(deps(), id)).toBe('skipped');
    expect(gateway.requests).toHaveLength(1);
    // In person: the link is the manage page's.
    expect(await db.knex('short_links').where({ appointment_id: appointmentId }).first('target')).toEqual({ target: 'manage' });
  });

  it('the dispatcher sends texts and e-mails\' checks apply: a reminder of an older version is skipped, a cancellation carries no link', async () => {
    gateway = await startFakeGateway(() => 200);
    const moved = await insertAppointment(db.knex, ids, { startsAt: nextStart(), version: 2 });
    const stale = await insertNotification(db.knex, { appointmentId: moved, kind: 'reminder', phone: PHONE, version: 1, sendAfter: clock });
    const cancelled = await insertAppointment(db.knex, ids, { startsAt: nextStart(), status: 'cancelled', reference: 'CAN-CEL-123' });
    const cancel = await insertNotification(db.knex, { appointmentId: cancelled, kind: 'cancelled', phone: PHONE, sendAfter: clock });

    const counts = await dispatchDueNotifications(deps(), { concurrency: 2, batchSize: 10 });
    expect(counts).toMatchObject({ sent: 1, skipped: 1 });
    expect((await row(stale)).last_error).toMatch(/written for version 1/);
    expect((await row(cancel)).status).toBe('sent');
    const text = JSON.parse(gateway.accepted()[0]!.body).text as string;
    expect(text).toMatch(/ακυρώθηκε το ραντεβού/);
    expect(text).not.toContain('/s/');
  });

  it('an outcome, once the appointment is over: its headline and a short link to the manage page (which shows it), lasting OUTCOME_LINK_DAYS', async () => {
    gateway = await startFakeGateway(() => 200);
    const held = await insertAppointment(db.knex, ids, { startsAt: nextStart(), status: 'completed' });
    const id = await insertNotification(db.knex, {
      appointmentId: held,
      kind: 'outcome',
      phone: PHONE,
      sendAfter: clock,
      payload: { outcome: { kind: 'needs_documents', text: 'Φέρτε τη βεβαίωση.', documents: [], followUpOn: null }, outcomeVersion: 1, corrected: false },
    });
    expect(await dispatchDueNotifications(deps(), { concurrency: 1, batchSize: 10 })).toMatchObject({ sent: 1 });
    expect((await row(id)).status).toBe('sent');
    const text = JSON.parse(gateway.accepted()[0]!.body).text as string;
    // The call's links no longer work, and a caller booked at the desk has no "My appointments".
    expect(text).toMatch(/: Χρειάζονται δικαιολογητικά\. Λεπτομέρειες: http\S+\/s\/[0-9A-Za-z]{10}$/);
    const [link] = await db.knex('short_links').where({ appointment_id: held });
    expect(link).toMatchObject({ target: 'manage', role: 'citizen' });
    expect(link.expires_at.getTime()).toBe(clock.getTime() + OUTCOME_LINK_DAYS * 86_400_000);
  });

  it('with texts off, their rows are skipped saying so (never left pending)', async () => {
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: nextStart() });
    const id = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', phone: PHONE, sendAfter: clock });
    expect(await deliverNotification(deps({ sms: undefined }), id)).toBe('skipped');
    expect((await row(id)).last_error).toBe(SMS_OFF);
  });
});
