import { Appointment, type AppointmentRow, type MunicipalityRow, type NotificationRow, type TopicRow } from '@muni/db';
import type { Knex } from 'knex';

type Event = 'created' | 'rescheduled' | 'cancelled';

/** Whose e-mail it is. The scheduler picks the join link and the wording from this, never from the kind. */
export type RecipientRole = NotificationRow['recipient_role'];

/** An e-mail address, or a mobile (E.164) for texts. */
interface Recipient {
  role: RecipientRole;
  email?: string;
  phone?: string;
  name: string;
  language: NotificationRow['language'];
}

type OutboxRow = Pick<
  NotificationRow,
  'appointment_id' | 'appointment_version' | 'kind' | 'recipient_role' | 'channel' | 'recipient_email' | 'recipient_phone' | 'recipient_name' | 'language' | 'send_after'
> & { status?: 'held_back'; last_error?: string; payload?: string };

/** The first message each recipient gets about an appointment. */
const FIRST_MESSAGE: Record<OutboxRow['recipient_role'], string> = { citizen: 'confirmation', interpreter: 'invite_interpreter', third_person: 'invite_third_person' };

/** Where the bound counts a row: its address (lower-cased) or its mobile. */
const contactOf = (r: Pick<OutboxRow, 'channel' | 'recipient_email' | 'recipient_phone'>): string =>
  r.channel === 'sms' ? r.recipient_phone! : r.recipient_email!.toLowerCase();

/**
 * Abuse bound: an address that did not book (the person booked for, the
 * citizen of a desk booking, a third person) gets at most this many opening
 * e-mails (confirmation, invitation, new time) in 24 hours. Over it the
 * booking still succeeds and the e-mail is stored as held back: never sent,
 * shown to staff.
 */
export const DAILY_MAILS_PER_ADDRESS = 5;
const BOUND_WINDOW_MS = 24 * 3_600_000;
/** Kinds that tell an address about an appointment, counted by the bound. */
const COUNTED_KINDS = ['confirmation', 'invite_third_person', 'rescheduled'];
/** A held-back one of these keeps the later e-mails of its appointment to that recipient back too. */
const OPENING_KINDS = ['confirmation', 'invite_third_person'];

/**
 * Why the municipality itself moved or cancelled the appointment (a closure,
 * an absence): written into the payload of the change's own e-mails (new time,
 * cancellation) so each recipient's e-mail says why (see the scheduler's mailProps).
 */
export interface StaffChangeMail {
  reason: 'municipality_closed' | 'employee_absent' | 'hours_changed';
  /** The time it had, for "moved … instead of …". */
  previousStartsAt?: string;
  /** Cancelled because no free time was left within the booking window. */
  noFreeTime?: boolean;
}

/** The appointment as it was before the change (a reschedule may change its interpreter). */
export type PreviousState = Pick<AppointmentRow, 'interpreter_id' | 'starts_at' | 'ends_at'>;

/**
 * The e-mails a change of an appointment owes, written in the caller's
 * transaction (outbox), each with its recipient's role. The scheduler delivers
 * them; a row whose appointment_version is no longer current is skipped, so a
 * reminder of a moved appointment is never sent. When a reschedule changes the
 * interpreter, the previous one gets a cancellation of their part (their link
 * stopped working with the old version) and the new one an invitation.
 */
export async function enqueueNotifications(
  trx: Knex.Transaction,
  event: Event,
  appt: AppointmentRow,
  municipality: MunicipalityRow,
  topic: TopicRow,
  now: Date,
  previous?: PreviousState,
  change?: StaffChangeMail,
): Promise<void> {
  const base = { appointment_id: appt.id, appointment_version: appt.version, send_after: now };
  const rows: OutboxRow[] = [];
  const to = (r: Recipient, kind: string, extra: Partial<OutboxRow> = {}) => {
    // The change's own e-mails say why the municipality made it; reminders do not.
    const payload = change && kind === event ? JSON.stringify({ ...(extra.payload ? JSON.parse(extra.payload) : {}), ...change }) : extra.payload;
    const contact = r.phone ? { channel: 'sms' as const, recipient_email: null, recipient_phone: r.phone } : { channel: 'email' as const, recipient_email: r.email!, recipient_phone: null };
    rows.push({ ...base, kind, recipient_role: r.role, ...contact, recipient_name: r.name, language: r.language, ...extra, ...(payload ? { payload } : {}) });
  };

  // The person served: by e-mail, and by text when they gave a mobile and agreed
  // (or, booked at the desk without an address, by text instead). A caller with
  // neither gets nothing: the desk reads the reference out instead.
  const citizens: Recipient[] = [];
  const person = { role: 'citizen' as const, name: appt.person_full_name!, language: languageOfRole('citizen', appt) };
  if (appt.person_email) citizens.push({ ...person, email: appt.person_email });
  if (appt.sms_phone) citizens.push({ ...person, phone: appt.sms_phone });
  // Reminders at the municipality's offsets, written anew with every version (older ones are skipped as out of date).
  const remind = (r: Recipient) => {
    if (event === 'cancelled') return;
    for (const minutes of municipality.reminder_offsets_minutes) {
      const at = new Date(appt.starts_at.getTime() - minutes * 60_000);
      if (at > now) to(r, 'reminder', { send_after: at });
    }
  };
  for (const citizen of citizens) {
    // The confirmation lists the topic's documents: the documents e-mail is the employee's to send, or the topic's when its list changes.
    to(citizen, event === 'created' ? FIRST_MESSAGE.citizen : event);
    remind(citizen);
  }

  if (appt.mode === 'video' && appt.third_person_email && (await thirdPersonTold(trx, appt, municipality, event))) {
    const third: Recipient = { role: 'third_person', email: appt.third_person_email, name: appt.third_person_name!, language: languageOfRole('third_person', appt) };
    to(third, event === 'created' ? FIRST_MESSAGE.third_person : event);
  }

  const interpreters = await interpreterChange(trx, appt, event, previous);
  if (interpreters.released) {
    // Their part is cancelled at the time they had agreed to; the appointment goes on.
    const payload = JSON.stringify({ withdrawn: true, startsAt: previous!.starts_at.toISOString(), endsAt: previous!.ends_at.toISOString() });
    to(interpreters.released, 'cancelled', { payload });
    await supersede(trx, appt.id, interpreters.released.email, 'skipped: no longer the interpreter of this appointment');
  }
  if (interpreters.current) {
    const kind = interpreters.invite ? FIRST_MESSAGE.interpreter : event;
    if (interpreters.invite) await supersede(trx, appt.id, interpreters.current.email, 'skipped: invited again', 'cancelled');
    to(interpreters.current, kind);
    // The interpreter is a person with a day of other calls too: reminded as the citizen is.
    remind(interpreters.current);
  }

  if (rows.length === 0) return;
  if (event === 'rescheduled') await firstMessageInstead(trx, appt.id, rows);
  await holdBackOverBound(trx, appt, rows, now);
  await trx('notifications').insert(rows);
}

/**
 * The third person hears of a change when they were invited: at booking (the
 * municipality's setting) or later by staff.
 */
async function thirdPersonTold(trx: Knex.Transaction, appt: AppointmentRow, municipality: MunicipalityRow, event: Event): Promise<boolean> {
  if (municipality.third_person_invite_on_booking) return true;
  if (event === 'created') return false;
  const invited = await trx('notifications').where({ appointment_id: appt.id, recipient_role: 'third_person', kind: 'invite_third_person' }).first('id');
  return Boolean(invited);
}

/**
 * The language of a participant's messages, by their role: the person served
 * and their guest get the language the appointment was booked in; interpreters
 * (and employees) work for the service, in Greek. Their join pages open in it too.
 */
export function languageOfRole(role: 'citizen' | 'third_person' | 'interpreter' | 'employee', appt: Pick<AppointmentRow, 'language'>): NotificationRow['language'] {
  return role === 'citizen' || role === 'third_person' ? appt.language : 'el';
}

/** The interpreter to write to now, and the one a reschedule replaced (if it did). */
async function interpreterChange(trx: Knex.Transaction, appt: AppointmentRow, event: Event, previous?: PreviousState) {
  const recipient = (i: { email: string; full_name: string } | undefined | null): (Recipient & { email: string }) | undefined =>
    i ? { role: 'interpreter', email: i.email, name: i.full_name, language: languageOfRole('interpreter', appt) } : undefined;
  const { interpreter } = await Appointment.fetchGraph(appt, 'interpreter(contact)', { transaction: trx }).modifiers({
    contact: (q) => q.select('email', 'full_name'),
  });
  const current = recipient(interpreter);
  const changed = event === 'rescheduled' && previous !== undefined && previous.interpreter_id !== appt.interpreter_id;
  if (!changed || !previous?.interpreter_id) return { current, released: undefined, invite: event === 'created' || changed };
  const released = recipient(await trx('interpreters').where({ id: previous.interpreter_id }).first('email', 'full_name'));
  return { current, released, invite: true };
}

/**
 * Moved before its confirmation or invitation went out (a person who changes
 * their mind at once, a clerk correcting a desk booking): that message would be
 * skipped as out of date, and the recipient's first e-mail would be a "new
 * time" for an appointment they never heard of. Instead the pending one is
 * dropped and the first message goes out at the new time. One a scheduler has
 * already claimed may be on its way: then the "new time" follows it as usual.
 */
async function firstMessageInstead(trx: Knex.Transaction, appointmentId: string, rows: OutboxRow[]): Promise<void> {
  for (const row of rows) {
    if (row.kind !== 'rescheduled') continue;
    const first = FIRST_MESSAGE[row.recipient_role];
    const pending = trx('notifications')
      .where({ appointment_id: appointmentId, kind: first, recipient_role: row.recipient_role, channel: row.channel, status: 'pending' })
      .whereNull('claimed_by');
    if (row.channel === 'sms') pending.where({ recipient_phone: row.recipient_phone });
    else pending.whereRaw('lower(recipient_email) = lower(?)', [row.recipient_email]);
    const dropped = await pending.update({ status: 'skipped', last_error: 'skipped: replaced by one at the new time' }).returning('id');
    if (dropped.length > 0) row.kind = first;
  }
}

/** Pending e-mails to someone whose part changed would carry a link that is no longer theirs: they are not sent. */
async function supersede(trx: Knex.Transaction, appointmentId: string, email: string, reason: string, kind?: string): Promise<void> {
  const q = trx('notifications')
    .where({ appointment_id: appointmentId, recipient_role: 'interpreter', status: 'pending' })
    .whereRaw('lower(recipient_email) = lower(?)', [email]);
  if (kind) q.where({ kind });
  await q.update({ status: 'skipped', last_error: reason, claimed_by: null, claimed_at: null });
}

/**
 * Marks `rows` held back where the daily bound says so (see
 * DAILY_MAILS_PER_ADDRESS). The booker's own signed-in address and
 * interpreters (staff) are not bounded.
 */
async function holdBackOverBound(trx: Knex.Transaction, appt: AppointmentRow, rows: OutboxRow[], now: Date): Promise<void> {
  // A signed-in citizen booking for themselves (or for their company) gave the person's address as their own.
  // A desk booking linked to a citizen's tax id was not booked by them: its address stays bounded.
  const ownBooking = appt.user_id && !appt.booked_by_employee_id;
  // The same holds for the mobile they gave for texts.
  const ownAddresses = ownBooking && appt.on_behalf_kind !== 'other' ? [appt.person_email, appt.sms_phone] : [];
  if (ownBooking) ownAddresses.push((await trx('users').where({ id: appt.user_id }).first('email'))?.email ?? null);
  const bounded = rows.filter((r) => r.recipient_role !== 'interpreter' && !ownAddresses.some((own) => sameAddress(contactOf(r), own)));
  const addresses = [...new Set(bounded.map(contactOf))].sort();
  if (addresses.length === 0) return;
  // One booking at a time per address (in a fixed order, so two bookings cannot wait on each other).
  for (const a of addresses) await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`mail-bound:${a}`]);

  // Addresses and mobiles are counted apart (each has its own index); a mobile never contains '@'.
  const emails = addresses.filter((a) => a.includes('@'));
  const phones = addresses.filter((a) => !a.includes('@'));
  const counted = new Map<string, number>();
  const recent: { address: string; n: string | number }[] = await trx('notifications')
    .where((q) => q.whereRaw('lower(recipient_email) = ANY(?)', [emails]).orWhereRaw('recipient_phone = ANY(?)', [phones]))
    .whereIn('kind', COUNTED_KINDS)
    .whereNot('status', 'held_back')
    .where('send_after', '>', new Date(now.getTime() - BOUND_WINDOW_MS))
    .groupByRaw(CONTACT_SQL)
    .select(trx.raw(`${CONTACT_SQL} AS address`), trx.raw('count(*) AS n'));
  for (const r of recent) counted.set(r.address, Number(r.n));
  // Recipients who were never told of this appointment: each opening message to them was held back.
  const heldBefore: { role: RecipientRole; address: string }[] = await trx('notifications')
    .where({ appointment_id: appt.id })
    .whereIn('kind', OPENING_KINDS)
    .groupBy('recipient_role')
    .groupByRaw(CONTACT_SQL)
    .havingRaw("bool_and(status = 'held_back')")
    .select('recipient_role as role', trx.raw(`${CONTACT_SQL} AS address`));

  // Decided per recipient: all of one recipient's rows of this change go, or none.
  const recipients = new Map<string, OutboxRow[]>();
  for (const r of bounded) {
    const key = `${r.recipient_role}|${contactOf(r)}`;
    recipients.set(key, [...(recipients.get(key) ?? []), r]);
  }
  for (const [key, mine] of recipients) {
    const [role, address] = key.split('|') as [RecipientRole, string];
    const opening = mine.filter((r) => COUNTED_KINDS.includes(r.kind)).length;
    const keptBack = heldBefore.some((h) => h.role === role && h.address === address);
    const seen = counted.get(address) ?? 0;
    if (keptBack || (opening > 0 && seen + opening > DAILY_MAILS_PER_ADDRESS)) {
      const text = !address.includes('@');
      const reason = keptBack
        ? text
          ? 'held back: the first text of this appointment to this number was held back'
          : 'held back: the first e-mail of this appointment to this address was held back'
        : text
          ? `held back: more than ${DAILY_MAILS_PER_ADDRESS} texts to this number within 24 hours`
          : `held back: more than ${DAILY_MAILS_PER_ADDRESS} e-mails to this address within 24 hours`;
      for (const r of mine) Object.assign(r, { status: 'held_back', last_error: reason });
    } else {
      counted.set(address, seen + opening);
    }
  }
}

const sameAddress = (a: string, b: string | null | undefined): boolean => Boolean(b) && a.trim().toLowerCase() === b!.trim().toLowerCase();

/** A row's address (lower-cased) or mobile, in SQL: what the bound counts. */
const CONTACT_SQL = 'coalesce(lower(recipient_email), recipient_phone)';

/**
 * One e-mail an employee asks for (required documents, the third person's
 * invitation), for the appointment's current version. Staff ask for it on
 * purpose, so the daily bound does not hold it back. Returns the row's id.
 */
export async function queueEmail(
  knex: Knex,
  appt: AppointmentRow,
  kind: 'documents' | 'invite_third_person',
  recipient: { role: RecipientRole; email: string; name: string },
  now: Date,
  payload: Record<string, unknown> = {},
): Promise<string> {
  const [row] = await knex('notifications')
    .insert({
      appointment_id: appt.id,
      appointment_version: appt.version,
      kind,
      recipient_role: recipient.role,
      recipient_email: recipient.email,
      recipient_name: recipient.name,
      language: appt.language,
      send_after: now,
      payload,
    })
    .returning('id');
  return row.id;
}

/**
 * A topic's list of required documents changed: everyone served in one of its
 * upcoming appointments gets the new list (the e-mail reads the list when it
 * is sent). Not those without an address, nor those whose e-mails of the
 * appointment are held back. Returns how many e-mails were queued.
 */
export async function enqueueDocumentsChanged(trx: Knex.Transaction, topicId: string, now: Date): Promise<number> {
  const upcoming: Pick<AppointmentRow, 'id' | 'version' | 'person_email' | 'person_full_name' | 'language'>[] = await trx('appointments as a')
    .where({ 'a.topic_id': topicId, 'a.status': 'booked' })
    .where('a.starts_at', '>', now)
    .whereNotNull('a.person_email')
    .whereNotExists((q) =>
      q.from('notifications as n').whereRaw('n.appointment_id = a.id').where({ 'n.recipient_role': 'citizen', 'n.status': 'held_back', 'n.channel': 'email' }).whereIn('n.kind', OPENING_KINDS.concat('confirmation')),
    )
    .select('a.id', 'a.version', 'a.person_email', 'a.person_full_name', 'a.language');
  if (upcoming.length === 0) return 0;
  await trx('notifications').insert(
    upcoming.map((a) => ({
      appointment_id: a.id,
      appointment_version: a.version,
      kind: 'documents',
      recipient_role: 'citizen',
      recipient_email: a.person_email,
      recipient_name: a.person_full_name,
      language: a.language,
      send_after: now,
      payload: { listChanged: true },
    })),
  );
  return upcoming.length;
}
