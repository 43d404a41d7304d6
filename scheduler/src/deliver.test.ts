import { joinToken, manageToken } from '@muni/domain';
import { seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import { simpleParser } from 'mailparser';
import type { Transporter } from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DeliverDeps, deliverNotification } from './deliver';
import { dispatchDueNotifications } from './dispatch';
import { type FixtureIds, icsLocalTime, icsProperties, insertAppointment, insertNotification, loadFixtureIds, type SmtpSink, startSmtpSink, waitFor } from './testing';
import { createTransport } from './transport';

const db = useTestDatabase();
const PUBLIC_URL = 'https://rantevou.example.gr';
const SECRET = 'test-link-secret';
const HOUR = 3_600_000;

let ids: FixtureIds;
let clock: Date;
let sink: SmtpSink;
let transport: Transporter;
let slot = 0;

const deps = (): DeliverDeps => ({
  knex: db.knex,
  transport,
  publicUrl: PUBLIC_URL,
  linkSecret: SECRET,
  from: 'Δήμος Αθηναίων <no-reply@rantevou.example.gr>',
  now: () => clock,
});

/** Each test's appointment gets its own time, so the no-overlap constraint holds. */
const nextStart = () => new Date(clock.getTime() + 24 * HOUR + slot++ * HOUR);

async function useSink(opts: Parameters<typeof startSmtpSink>[0] = {}) {
  sink = await startSmtpSink(opts);
  transport = createTransport(sink.url, { maxConnections: 2 });
}

const row = (id: string) => db.knex('notifications').where({ id }).first();

beforeAll(async () => {
  await seedDemoData(db.knex);
  ids = await loadFixtureIds(db.knex);
  clock = new Date('2026-03-02T09:00:00Z');
});

afterEach(async () => {
  transport?.close();
  await sink?.stop();
});

afterAll(() => undefined);

describe('deliverNotification', () => {
  it('sends a video confirmation with join link, manage link, stable Message-ID and a parseable .ics', async () => {
    await useSink();
    const start = nextStart();
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: start, reference: 'K7P-4XQ-92M', personEmail: 'eleni@example.org' });
    const id = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', sendAfter: clock });

    expect(await deliverNotification(deps(), id)).toBe('sent');

    expect(sink.accepted).toHaveLength(1);
    const mail = await simpleParser(sink.accepted[0]!.raw);
    expect(sink.accepted[0]!.to).toEqual(['eleni@example.org']);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined).toBe('eleni@example.org');
    expect(mail.subject).toMatch(/^Επιβεβαίωση ραντεβού: /);
    expect(mail.messageId).toBe(`<${id}@rantevou.example.gr>`);

    const joinUrl = `${PUBLIC_URL}/join/${joinToken(SECRET, appointmentId, 'citizen', 1)}`;
    const manageUrl = `${PUBLIC_URL}/manage/${manageToken(SECRET, appointmentId, 1)}`;
    expect(mail.html).toContain(joinUrl);
    expect(mail.text).toContain(joinUrl);
    expect(mail.html).toContain(manageUrl);
    expect(mail.text).toContain(manageUrl);

    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
    expect(ics).toBeDefined();
    const props = icsProperties(ics!.content.toString('utf8'));
    expect(props.get('METHOD')).toBe('REQUEST');
    expect(props.get('UID')).toBe(`${appointmentId}@rantevou.example.gr`);
    expect(props.get('SEQUENCE')).toBe('1');
    expect(props.get('DTSTART')).toBe(icsLocalTime(start));

    const after = await row(id);
    expect(after).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(after.sent_at).toEqual(clock);
    // Already sent: a second call does not send again.
    expect(await deliverNotification(deps(), id)).toBe('skipped');
    expect(sink.accepted).toHaveLength(1);
  });

  it('skips a reminder written before the appointment was rescheduled, and one whose time is past the start', async () => {
    await useSink();
    const rescheduled = await insertAppointment(db.knex, ids, { startsAt: nextStart(), version: 2 });
    const stale = await insertNotification(db.knex, { appointmentId: rescheduled, kind: 'reminder', version: 1, sendAfter: clock });
    const startingNow = await insertAppointment(db.knex, ids, { startsAt: new Date(clock.getTime() - 60_000) });
    const late = await insertNotification(db.knex, { appointmentId: startingNow, kind: 'reminder', sendAfter: new Date(clock.getTime() - HOUR) });

    expect(await deliverNotification(deps(), stale)).toBe('skipped');
    expect(await deliverNotification(deps(), late)).toBe('skipped');

    expect(sink.attempts).toBe(0);
    expect(await row(stale)).toMatchObject({ status: 'skipped', attempts: 0 });
    expect((await row(stale)).last_error).toMatch(/version 1.*version 2/);
    expect(await row(late)).toMatchObject({ status: 'skipped' });
  });

  it('sends a cancelled appointment only its cancellation, with METHOD:CANCEL and the new SEQUENCE', async () => {
    await useSink();
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: nextStart(), status: 'cancelled', version: 2 });
    const confirmation = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', version: 1, sendAfter: clock });
    const reminder = await insertNotification(db.knex, { appointmentId, kind: 'reminder', version: 1, sendAfter: clock });
    const cancelled = await insertNotification(db.knex, { appointmentId, kind: 'cancelled', version: 2, sendAfter: clock });

    const counts = await dispatchDueNotifications(deps(), { concurrency: 3, batchSize: 10 });
    expect(counts).toMatchObject({ sent: 1, skipped: 2 });

    expect(sink.accepted).toHaveLength(1);
    const mail = await simpleParser(sink.accepted[0]!.raw);
    expect(mail.messageId).toBe(`<${cancelled}@rantevou.example.gr>`);
    expect(mail.subject).toMatch(/^Ακύρωση ραντεβού: /);
    const props = icsProperties(mail.attachments.find((a) => a.filename?.endsWith('.ics'))!.content.toString('utf8'));
    expect(props.get('METHOD')).toBe('CANCEL');
    expect(props.get('SEQUENCE')).toBe('2');
    expect(props.get('UID')).toBe(`${appointmentId}@rantevou.example.gr`);
    expect((await row(confirmation)).status).toBe('skipped');
    expect((await row(reminder)).status).toBe('skipped');
  });

  it('while sent marks are still being written, no more messages go out than there are lanes (a crash resends at most that many)', async () => {
    await useSink({ keepRaw: false });
    const rows: string[] = [];
    for (let i = 0; i < 6; i++) {
      const appointmentId = await insertAppointment(db.knex, ids, { startsAt: nextStart() });
      rows.push(await insertNotification(db.knex, { appointmentId, kind: 'reminder', sendAfter: clock }));
    }
    // A database that takes its time over the marks: each waits until let go.
    const held: (() => void)[] = [];
    const markSent = () => new Promise<void>((resolve) => held.push(resolve));
    const dispatch = dispatchDueNotifications({ ...deps(), markSent }, { concurrency: 2, batchSize: 10 });
    await waitFor(() => sink.accepted.length >= 2);
    await new Promise((r) => setTimeout(r, 400));
    expect(sink.accepted).toHaveLength(2);
    while (sink.accepted.length < 6 || held.length > 0) {
      held.splice(0).forEach((letGo) => letGo());
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await dispatch).toMatchObject({ claimed: 6, sent: 6 });
    expect(sink.accepted.map((m) => m.messageId).sort()).toEqual(rows.map((id) => `<${id}@rantevou.example.gr>`).sort());
  });

  it('retries after 451 with growing back-off and delivers exactly once', async () => {
    await useSink({ reply: (attempt) => (attempt <= 2 ? 451 : undefined) });
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: nextStart() });
    const id = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', sendAfter: clock });
    const t0 = clock;

    expect(await deliverNotification(deps(), id)).toBe('retry');
    let r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1 });
    expect(r.last_error).toMatch(/^SMTP 451/);
    expect(r.send_after.getTime() - t0.getTime()).toBe(30_000);

    // Not due yet: nothing is attempted.
    expect(await deliverNotification(deps(), id)).toBe('retry');
    expect(sink.attempts).toBe(1);

    clock = new Date(t0.getTime() + 30_000);
    expect(await deliverNotification(deps(), id)).toBe('retry');
    r = await row(id);
    expect(r.attempts).toBe(2);
    expect(r.send_after.getTime() - clock.getTime()).toBe(60_000);

    clock = new Date(clock.getTime() + 60_000);
    expect(await deliverNotification(deps(), id)).toBe('sent');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(sink.attempts).toBe(3);
    expect(sink.accepted.map((m) => m.messageId)).toEqual([`<${id}@rantevou.example.gr>`]);
    clock = t0;
  });

  it('gives up on 550 and keeps no address in last_error', async () => {
    await useSink({ reply: () => 550 });
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: nextStart() });
    const id = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', sendAfter: clock, email: 'nobody@example.org' });

    expect(await deliverNotification(deps(), id)).toBe('failed');
    const r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: 1 });
    expect(r.last_error).toMatch(/^SMTP 550/);
    expect(r.last_error).not.toContain('@');
    expect(sink.accepted).toHaveLength(0);
  });

  it('leaves a row alone while another worker holds it', async () => {
    await useSink();
    const appointmentId = await insertAppointment(db.knex, ids, { startsAt: nextStart() });
    const id = await insertNotification(db.knex, { appointmentId, kind: 'confirmation', sendAfter: clock });
    await db.knex.transaction(async (trx) => {
      await trx('notifications').where({ id }).forUpdate().first();
      expect(await deliverNotification(deps(), id)).toBe('skipped');
    });
    expect(sink.attempts).toBe(0);
    expect((await row(id)).status).toBe('pending');
  });
});
