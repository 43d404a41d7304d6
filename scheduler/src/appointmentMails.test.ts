// The e-mails the application's commands owe, delivered by the scheduler into
// an SMTP sink: who gets what after a booking, a change of interpreter, a
// cancellation, and the daily bound on addresses that did not book.
import {
  type AppDeps,
  bookAppointment,
  cancelAppointment,
  DAILY_MAILS_PER_ADDRESS,
  loadConfig,
  publicSlots,
  type Requester,
  rescheduleAppointment,
  sendThirdPersonInvite,
  viewAppointment,
} from '@muni/appointments';
import { type AppointmentRow, seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import { type BookingInput, joinToken, type Mode } from '@muni/domain';
import { simpleParser } from 'mailparser';
import type { Transporter } from 'nodemailer';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliverDeps } from './deliver';
import { dispatchDueNotifications } from './dispatch';
import { icsLocalTime, icsProperties, type SmtpSink, startSmtpSink } from './testing';
import { createTransport } from './transport';

const db = useTestDatabase();
const PUBLIC_URL = 'https://rantevou.example.gr';
const clock = new Date('2026-11-23T08:00:00Z'); // Monday, 10:00 in Athens
let app: AppDeps;
let sink: SmtpSink;
let transport: Transporter;
let athens: { id: string; topicId: string };

const deliverDeps = (): DeliverDeps => ({
  knex: db.knex,
  transport,
  publicUrl: PUBLIC_URL,
  linkSecret: app.linkSecret,
  from: 'Δήμος Αθηναίων <no-reply@rantevou.example.gr>',
  now: () => clock,
});

const person = { fullName: 'Ευαγγελία Πολίτου', email: 'evangelia@example.org', phone: '6900000042', language: 'el' as const };
const third = { fullName: 'Θεόδωρος Τρίτος', email: 'theodoros@example.org' };

async function clerk(): Promise<Requester> {
  const e = await db.knex('employees').where({ municipality_id: athens.id, active: true }).orderBy('full_name').first('id', 'tax_id', 'is_admin');
  return { actor: { kind: 'employee', taxId: e.tax_id, employeeId: e.id, municipalityId: athens.id, isAdmin: e.is_admin }, ip: '127.0.0.1' };
}

async function citizen(taxId: string, email: string | null): Promise<Requester> {
  const [u] = await db.knex('users').insert({ tax_id: taxId, first_name: 'ΔΟΚΙΜΑΣΤΙΚΗ', last_name: 'ΠΟΛΙΤΙΣ', email }).onConflict('tax_id').merge().returning('id');
  return { actor: { kind: 'citizen', userId: u.id, taxId, isCompany: false }, ip: '127.0.0.1' };
}

async function slotsOn(day: string, mode: Mode, interpretation: 'gsl' | null = null) {
  const { slots } = await publicSlots(db.knex, clock, athens.id, { topicId: athens.topicId, mode, from: day, to: day, interpretation });
  return slots;
}

async function book(by: Requester, start: Date, mode: Mode, extra: Partial<BookingInput> = {}): Promise<AppointmentRow> {
  const { appointment } = await bookAppointment(app, by, {
    municipalityId: athens.id,
    topicId: athens.topicId,
    mode,
    start,
    person,
    onBehalfOf: { kind: 'self' },
    interpretation: null,
    thirdPerson: null,
    requestedEmployeeId: null,
    declarations: { dataTrue: true, privacyRead: true },
    ...extra,
  });
  return appointment;
}

/** Delivers everything due and returns the new messages, parsed, by recipient address. */
async function deliverDue() {
  const before = sink.accepted.length;
  await dispatchDueNotifications(deliverDeps(), { concurrency: 2, batchSize: 200 });
  const mails = await Promise.all(
    sink.accepted.slice(before).map(async (m) => {
      const mail = await simpleParser(m.raw);
      const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'))?.content.toString('utf8');
      const all = [mail.html || '', mail.text ?? '', ...mail.attachments.map((a) => a.content.toString('utf8').replace(/\r?\n[ \t]/g, ''))].join('\n');
      return { to: m.to[0]!, subject: mail.subject ?? '', all, ics: ics ? icsProperties(ics) : undefined };
    }),
  );
  return (address: string) => mails.filter((m) => m.to === address);
}

const tokensIn = (s: string) => [...new Set([...s.matchAll(/\/join\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]))];
const icsTime = (d: Date) => icsLocalTime(d);

beforeAll(async () => {
  await seedDemoData(db.knex);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  app = { knex: db.knex, config, logger: pino({ level: 'silent' }), now: () => clock, linkSecret: config.LINK_SECRET };
  const m = await db.knex('municipalities').where({ slug: 'athens' }).first('id');
  const topic = await db.knex('topics').where({ municipality_id: m.id, name_en: 'Family status certificate' }).first('id');
  athens = { id: m.id, topicId: topic.id };
  // Several bookings by one citizen here; the per-citizen limits have their own tests.
  await db.knex('municipalities').where({ id: m.id }).update({ max_future_per_citizen: 1000, one_per_topic: false });
  sink = await startSmtpSink();
  transport = createTransport(sink.url, { maxConnections: 2 });
});

afterAll(async () => {
  transport?.close();
  await sink?.stop();
});

describe('a change of interpreter', () => {
  it('cancels the old interpreter\'s part and invites the new one; everyone else gets the new time with their own link', async () => {
    const interpreters = await db.knex('interpreters').whereIn('email', ['interpreter1@example.gr', 'interpreter2@example.gr']).select('id', 'email');
    const idOf = (email: string) => interpreters.find((i) => i.email === email)!.id;
    // 08:00 in Athens: only the Athens interpreter (08:00–13:00) works; 14:00: only the other one (09:00–15:00).
    const early = (await slotsOn('2026-11-25', 'video', 'gsl')).find((s) => s.start.toISOString() === '2026-11-25T06:00:00.000Z')!;
    const late = (await slotsOn('2026-11-25', 'video', 'gsl')).find((s) => s.start.toISOString() === '2026-11-25T12:00:00.000Z')!;
    const by = await clerk();
    const appt = await book(by, early.start, 'video', { interpretation: 'gsl', thirdPerson: third });
    expect(appt.interpreter_id).toBe(idOf('interpreter2@example.gr'));
    await sendThirdPersonInvite(app, by, appt.id);
    const booked = await deliverDue();
    expect(booked('interpreter2@example.gr').map((m) => m.subject)).toEqual([expect.stringMatching(/^Πρόσκληση διερμηνέα/)]);
    expect(booked(third.email)).toHaveLength(1);

    const moved = await rescheduleAppointment(app, by, appt.id, late.start);
    expect(moved.interpreter_id).toBe(idOf('interpreter1@example.gr'));
    const after = await deliverDue();

    const [old] = after('interpreter2@example.gr');
    expect(after('interpreter2@example.gr')).toHaveLength(1);
    expect(old!.subject).toMatch(/^Η διερμηνεία σας δεν χρειάζεται πια: /);
    expect(tokensIn(old!.all)).toEqual([]);
    expect(old!.ics?.get('METHOD')).toBe('CANCEL');
    expect(old!.ics?.get('DTSTART')).toBe(icsTime(early.start)); // the time they had agreed to

    const [fresh] = after('interpreter1@example.gr');
    expect(after('interpreter1@example.gr')).toHaveLength(1);
    expect(fresh!.subject).toMatch(/^Πρόσκληση διερμηνέα/);
    expect(tokensIn(fresh!.all)).toEqual([joinToken(app.linkSecret, appt.id, 'interpreter', moved.version)]);
    expect(fresh!.ics?.get('DTSTART')).toBe(icsTime(late.start));

    const [toCitizen] = after(person.email);
    expect(toCitizen!.subject).toMatch(/^Νέα ώρα ραντεβού/);
    expect(tokensIn(toCitizen!.all)).toEqual([joinToken(app.linkSecret, appt.id, 'citizen', moved.version)]);
    const [toThird] = after(third.email);
    expect(toThird!.subject).toMatch(/^Νέα ώρα βιντεοκλήσης/);
    expect(tokensIn(toThird!.all)).toEqual([joinToken(app.linkSecret, appt.id, 'third_person', moved.version)]);
    expect(toThird!.all).not.toContain(appt.reference!);

    // A cancellation then reaches the current three, none with a link to join.
    await cancelAppointment(app, by, appt.id, 'asked by phone');
    const cancelled = await deliverDue();
    for (const address of [person.email, third.email, 'interpreter1@example.gr']) {
      const mails = cancelled(address);
      expect(mails, address).toHaveLength(1);
      expect(tokensIn(mails[0]!.all), address).toEqual([]);
      expect(mails[0]!.ics?.get('METHOD')).toBe('CANCEL');
    }
    expect(cancelled('interpreter2@example.gr')).toEqual([]);
  });
});

describe('moved before its first e-mails went out', () => {
  it('the citizen gets one confirmation and the interpreter one invitation, both at the new time; no "new time" e-mail to either', async () => {
    const by = await clerk();
    const [first, second] = (await slotsOn('2026-11-26', 'video', 'gsl')).filter((s) => s.start.toISOString() < '2026-11-26T07:00:00.000Z');
    const appt = await book(by, first!.start, 'video', { interpretation: 'gsl', person: { ...person, email: 'moved.at.once@example.org' } });
    // A minute later, before the scheduler's next round: the clerk corrects the time.
    const moved = await rescheduleAppointment(app, by, appt.id, second!.start);
    const mails = await deliverDue();

    const toCitizen = mails('moved.at.once@example.org');
    expect(toCitizen.map((m) => m.subject)).toEqual([expect.stringMatching(/^Επιβεβαίωση ραντεβού/)]);
    expect(toCitizen[0]!.ics?.get('DTSTART')).toBe(icsTime(second!.start));
    expect(tokensIn(toCitizen[0]!.all)).toEqual([joinToken(app.linkSecret, appt.id, 'citizen', moved.version)]);
    const interpreter = await db.knex('interpreters').where({ id: moved.interpreter_id }).first('email');
    const toInterpreter = mails(interpreter.email);
    expect(toInterpreter.map((m) => m.subject)).toEqual([expect.stringMatching(/^Πρόσκληση διερμηνέα/)]);
    expect(toInterpreter[0]!.ics?.get('DTSTART')).toBe(icsTime(second!.start));
  });
});

describe('the daily bound on addresses that did not book', () => {
  it(`books a ${DAILY_MAILS_PER_ADDRESS + 1}th time for the same address, holds its e-mails back, never sends them and shows them to staff`, async () => {
    const by = await clerk();
    const flood = { ...person, email: 'victim@example.org' };
    const booked: AppointmentRow[] = [];
    for (let i = 0; i <= DAILY_MAILS_PER_ADDRESS; i++) {
      const [slot] = await slotsOn('2026-11-26', 'in_person');
      booked.push(await book(by, slot!.start, 'in_person', { person: flood }));
    }
    const last = booked.at(-1)!;
    expect(last.status).toBe('booked'); // the booking itself succeeds

    const rows = await db.knex('notifications').where({ appointment_id: last.id }).select('kind', 'status');
    expect(rows.map((r) => r.kind).sort()).toEqual(['confirmation', 'reminder', 'reminder']);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['held_back']));
    for (const a of booked.slice(0, -1)) {
      expect(await db.knex('notifications').where({ appointment_id: a.id, kind: 'confirmation' }).first('status')).toEqual({ status: 'pending' });
    }

    const sent = await deliverDue();
    expect(sent(flood.email).filter((m) => /^Επιβεβαίωση/.test(m.subject))).toHaveLength(DAILY_MAILS_PER_ADDRESS);
    expect(new Set(await db.knex('notifications').where({ appointment_id: last.id }).pluck('status'))).toEqual(new Set(['held_back']));

    const detail = await viewAppointment(app, by, last.id);
    expect(detail.staff!.emails.find((e) => e.kind === 'confirmation')).toMatchObject({ status: 'held_back', recipient_role: 'citizen', recipient_email: flood.email });

    // Its later e-mails stay back too: the address never heard of this appointment.
    const [later] = await slotsOn('2026-11-27', 'in_person');
    await rescheduleAppointment(app, by, last.id, later!.start);
    expect(await db.knex('notifications').where({ appointment_id: last.id, kind: 'rescheduled' }).first('status')).toEqual({ status: 'held_back' });
    await cancelAppointment(app, by, last.id);
    expect(await db.knex('notifications').where({ appointment_id: last.id, kind: 'cancelled' }).first('status')).toEqual({ status: 'held_back' });
    expect((await deliverDue())(flood.email)).toEqual([]);
  });

  it('does not bound the address a signed-in citizen gave for themselves (GSIS gives no e-mail)', async () => {
    const self = await citizen('077777774', null);
    const address = 'self.booker@example.org';
    const booked: AppointmentRow[] = [];
    for (let i = 0; i <= DAILY_MAILS_PER_ADDRESS; i++) {
      const [slot] = await slotsOn('2026-12-01', 'in_person');
      booked.push(await book(self, slot!.start, 'in_person', { person: { ...person, email: address } }));
    }
    for (const a of booked) {
      expect(await db.knex('notifications').where({ appointment_id: a.id, kind: 'confirmation' }).first('status')).toEqual({ status: 'pending' });
    }
  });

  it('bounds a third person invited again and again, but not the booker\'s own signed-in address', async () => {
    const own = 'own.address@example.org';
    const booker = await citizen('099999990', own);
    await db.knex('municipalities').where({ id: athens.id }).update({ third_person_invite_on_booking: true });
    const target = { fullName: 'Άγνωστος Παραλήπτης', email: 'stranger@example.org' };
    const booked: AppointmentRow[] = [];
    for (let i = 0; i <= DAILY_MAILS_PER_ADDRESS; i++) {
      const [slot] = await slotsOn('2026-11-30', 'video');
      booked.push(await book(booker, slot!.start, 'video', { person: { ...person, email: own.toUpperCase() }, thirdPerson: target }));
    }
    await db.knex('municipalities').where({ id: athens.id }).update({ third_person_invite_on_booking: false });

    const statusOf = (a: AppointmentRow, kind: string) => db.knex('notifications').where({ appointment_id: a.id, kind }).first('status');
    for (const a of booked) expect(await statusOf(a, 'confirmation')).toEqual({ status: 'pending' });
    for (const a of booked.slice(0, -1)) expect(await statusOf(a, 'invite_third_person')).toEqual({ status: 'pending' });
    expect(await statusOf(booked.at(-1)!, 'invite_third_person')).toEqual({ status: 'held_back' });

    // Staff may still send the held-back invitation on purpose.
    const resent = await sendThirdPersonInvite(app, await clerk(), booked.at(-1)!.id);
    expect(resent.alreadyQueued).toBe(false);
    const sent = await deliverDue();
    expect(sent(target.email)).toHaveLength(DAILY_MAILS_PER_ADDRESS + 1);
  });
});
