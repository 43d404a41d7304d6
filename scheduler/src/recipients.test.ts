// Every e-mail belongs to one recipient: its link, its words and what it shows
// follow the recipient's role, whatever the kind of message. Rendered end to
// end: outbox row → claim → render → SMTP sink → parsed message.
import { joinToken, manageToken } from '@muni/domain';
import { seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import { simpleParser } from 'mailparser';
import type { Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeliverDeps, deliverNotification } from './deliver';
import { dispatchDueNotifications } from './dispatch';
import { NOTIFICATION_KINDS, type NotificationKind, type RecipientRole } from './notificationRow';
import { type FixtureIds, icsLocalTime, icsProperties, insertAppointment, insertNotification, loadFixtureIds, type SmtpSink, startSmtpSink } from './testing';
import { createTransport } from './transport';

const db = useTestDatabase();
const PUBLIC_URL = 'https://rantevou.example.gr';
const SECRET = 'test-link-secret';
const HOUR = 3_600_000;
const VERSION = 2;
const ROLES: RecipientRole[] = ['citizen', 'interpreter', 'third_person'];
/** E-mails about the person served's own matters. */
const CITIZEN_ONLY: NotificationKind[] = ['documents', 'outcome'];
const OUTCOME = { kind: 'follow_up', text: 'Θα σας καλέσουμε για την υπογραφή.', documents: [], followUpOn: '2026-03-20' } as const;

let ids: FixtureIds;
let sink: SmtpSink;
let transport: Transporter;
let interpreter: { id: string; email: string; full_name: string };
let slot = 0;
const clock = new Date('2026-03-02T09:00:00Z');

const deps = (): DeliverDeps => ({
  knex: db.knex,
  transport,
  publicUrl: PUBLIC_URL,
  linkSecret: SECRET,
  from: 'Δήμος Αθηναίων <no-reply@rantevou.example.gr>',
  now: () => clock,
});

const citizen = { name: 'Ελένη Παπαδάκη', email: 'eleni.citizen@example.org', phone: '6971234567', notes: 'Χρειάζομαι βοήθεια με τη γραφή' };
const third = { name: 'Σταύρος Τρίτος', email: 'stavros.third@example.org' };

/** A booked (or cancelled) video appointment with all three people, each test at its own hour. */
async function appointment(status: 'booked' | 'cancelled' = 'booked') {
  const startsAt = new Date(clock.getTime() + 48 * HOUR + slot++ * HOUR);
  const reference = `R${String(slot).padStart(2, '0')}-ABC-XYZ`;
  const id = await insertAppointment(db.knex, ids, { startsAt, status, version: VERSION, reference, personFullName: citizen.name, personEmail: citizen.email });
  await db.knex('appointments').where({ id }).update({
    person_phone: citizen.phone,
    notes: citizen.notes,
    third_person_name: third.name,
    third_person_email: third.email,
    interpreter_id: interpreter.id,
    interpretation: 'gsl',
  });
  return { id, reference, startsAt };
}

function recipientOf(role: RecipientRole) {
  if (role === 'citizen') return { email: citizen.email, name: citizen.name };
  if (role === 'interpreter') return { email: interpreter.email, name: interpreter.full_name };
  return { email: third.email, name: third.name };
}

/** Everything of the message a person could read: subject, HTML, text, every attachment and its name. */
async function readable(raw: string) {
  const mail = await simpleParser(raw);
  const attachments = mail.attachments.map((a) => `${a.filename ?? ''}\n${a.content.toString('utf8').replace(/\r?\n[ \t]/g, '')}`);
  const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
  return {
    mail,
    all: [mail.subject ?? '', mail.html || '', mail.text ?? '', ...attachments].join('\n'),
    ics: ics ? icsProperties(ics.content.toString('utf8')) : undefined,
  };
}

const tokensIn = (s: string) => [...new Set([...s.matchAll(/\/join\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]))];
const manageTokensIn = (s: string) => [...new Set([...s.matchAll(/\/manage\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]))];

/** What a recipient of each role must never see of the others. */
function othersData(role: RecipientRole, appt: { id: string; reference: string }): string[] {
  // Any manage link: the page to change or cancel is the citizen's alone.
  const ofCitizen = [citizen.email, citizen.phone, citizen.notes, appt.reference, `${PUBLIC_URL}/manage/`, `/appointments/${appt.id}`];
  const ofInterpreter = [interpreter.full_name, interpreter.email];
  const ofThird = [third.name, third.email];
  if (role === 'citizen') return [...ofInterpreter, ...ofThird];
  // The third person is told who invited them (the citizen's name), nothing else of the citizen.
  if (role === 'third_person') return [...ofCitizen, ...ofInterpreter];
  return [...ofCitizen, citizen.name, ...ofThird];
}

/** Words only the role's own e-mails have. */
const OWN_WORDS: Record<RecipientRole, (appt: { reference: string }) => RegExp> = {
  citizen: (appt) => new RegExp(`Κωδικός ραντεβού: ${appt.reference}`),
  interpreter: () => /διερμην/i,
  third_person: () => new RegExp(`Πρόσκληση από: ${citizen.name}`),
};

beforeAll(async () => {
  await seedDemoData(db.knex);
  ids = await loadFixtureIds(db.knex);
  interpreter = await db.knex('interpreters').orderBy('full_name').first('id', 'email', 'full_name');
  sink = await startSmtpSink();
  transport = createTransport(sink.url, { maxConnections: 2 });
});

afterAll(async () => {
  transport?.close();
  await sink?.stop();
});

describe('every kind of e-mail to every recipient role', () => {
  const matrix = NOTIFICATION_KINDS.flatMap((kind) => ROLES.map((role) => [kind, role] as [NotificationKind, RecipientRole]));

  it.each(matrix)('%s to the %s: their own link and words, nobody else\'s data', async (kind, role) => {
    const appt = await appointment(kind === 'cancelled' ? 'cancelled' : 'booked');
    const to = recipientOf(role);
    const payload = kind === 'documents' ? { text: 'Φέρτε και το παλιό πιστοποιητικό.' } : kind === 'outcome' ? { outcome: OUTCOME, outcomeVersion: 1, corrected: false } : {};
    const id = await insertNotification(db.knex, { appointmentId: appt.id, kind, role, version: VERSION, sendAfter: clock, email: to.email, name: to.name, payload });
    const before = sink.accepted.length;

    const outcome = await deliverNotification(deps(), id);

    if (CITIZEN_ONLY.includes(kind) && role !== 'citizen') {
      // The documents with the employee's note, and the outcome, are the citizen's: nobody else gets them.
      expect(outcome).toBe('skipped');
      expect(sink.accepted.length).toBe(before);
      expect((await db.knex('notifications').where({ id }).first('last_error')).last_error).toBe(`skipped: ${kind} is not for the ${role}`);
      return;
    }
    expect(outcome).toBe('sent');
    expect(sink.accepted.length).toBe(before + 1);
    const message = sink.accepted.at(-1)!;
    expect(message.to).toEqual([to.email]);
    const { all, ics } = await readable(message.raw);

    const tokens = tokensIn(all);
    if (kind === 'cancelled') {
      expect(tokens).toEqual([]); // nothing to join: no link in the HTML, the text or the .ics
      expect(ics?.get('METHOD')).toBe('CANCEL');
    } else if (CITIZEN_ONLY.includes(kind)) {
      expect(tokens).toEqual([]); // the list of documents or the outcome, no call to join
    } else {
      expect(tokens).toEqual([joinToken(SECRET, appt.id, role, VERSION)]);
    }
    for (const secret of othersData(role, appt)) expect(all, `${kind} to the ${role} shows "${secret}"`).not.toContain(secret);
    expect(all).toMatch(OWN_WORDS[role](appt));
    if (kind === 'outcome') expect(all).toContain(OUTCOME.text);
    // The manage link is the person served's own, for this version; nobody else gets one, nor does a cancellation or an outcome (nothing left to change).
    const manage = manageTokensIn(all);
    if (role === 'citizen' && kind !== 'cancelled' && kind !== 'outcome') expect(manage).toEqual([manageToken(SECRET, appt.id, VERSION)]);
    else expect(manage, `${kind} to the ${role} carries a manage link`).toEqual([]);
  });
});

describe('participants whose part ends, and held-back e-mails', () => {
  it('a replaced interpreter gets a cancellation of their part, at the time they had, without a link', async () => {
    const appt = await appointment('booked');
    const had = { startsAt: new Date(appt.startsAt.getTime() - 5 * HOUR), endsAt: new Date(appt.startsAt.getTime() - 5 * HOUR + 20 * 60_000) };
    const id = await insertNotification(db.knex, {
      appointmentId: appt.id,
      kind: 'cancelled',
      role: 'interpreter',
      version: VERSION,
      sendAfter: clock,
      email: 'old.interpreter@example.org',
      name: 'Παλιός Διερμηνέας',
      payload: { withdrawn: true, startsAt: had.startsAt.toISOString(), endsAt: had.endsAt.toISOString() },
    });

    expect(await deliverNotification(deps(), id)).toBe('sent');
    const { mail, all, ics } = await readable(sink.accepted.at(-1)!.raw);
    expect(mail.subject).toMatch(/^Η διερμηνεία σας δεν χρειάζεται πια: /);
    expect(tokensIn(all)).toEqual([]);
    expect(ics?.get('METHOD')).toBe('CANCEL');
    expect(ics?.get('DTSTART')).toBe(icsLocalTime(had.startsAt));
    for (const secret of othersData('interpreter', appt)) expect(all).not.toContain(secret);
  });

  it('never sends a held-back e-mail, alone or in a batch', async () => {
    const appt = await appointment('booked');
    const id = await insertNotification(db.knex, { appointmentId: appt.id, kind: 'invite_third_person', role: 'third_person', status: 'held_back', version: VERSION, sendAfter: clock, email: third.email, name: third.name });
    const before = sink.attempts;

    expect(await deliverNotification(deps(), id)).toBe('skipped');
    const counts = await dispatchDueNotifications(deps(), { concurrency: 2, batchSize: 50 });
    expect(counts.claimed).toBe(0);
    expect(sink.attempts).toBe(before);
    expect(await db.knex('notifications').where({ id }).first('status', 'attempts')).toEqual({ status: 'held_back', attempts: 0 });
  });
});
