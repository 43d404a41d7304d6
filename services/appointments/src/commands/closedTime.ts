import { type AppointmentRow, getMunicipality, getTopic } from '@muni/db';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { type BookingContext, loadBookingContext } from '../booking/context';
import { freeSlots, localDate } from '../booking/freeSlots';
import { writeCancel, writeMove } from '../booking/moves';
import type { StaffChangeMail } from '../booking/outbox';
import { AppError, conflict } from '../errors';

/**
 * Booked appointments inside a time the municipality closes (a closure) or an
 * employee will be away (an absence). The admin is told first (409
 * appointments_affected with the list); sent again with what to do, each one
 * is moved or cancelled in the same transaction as the closure, with every
 * recipient's e-mail saying why. Nothing stays booked in that time.
 *
 * Where a moved appointment goes: the nearest free time after the start of
 * the closed day (or of the absence), same topic, mode and interpretation,
 * within the booking window: its own employee's nearest free time if they
 * have one (the employee promise of reschedules), otherwise the nearest free
 * time with any employee. With none free, it is cancelled and the e-mail says so.
 */

export type AffectedDecision = 'move' | 'cancel';

/** One booked appointment in the closed time, as the admin sees it before deciding. */
export interface AffectedAppointment {
  id: string;
  reference: string | null;
  start: string;
  end: string;
  mode: AppointmentRow['mode'];
  topic: { el: string; en: string };
  employeeName: string;
  personFullName: string | null;
}

/** What became of one. */
export interface AffectedOutcome {
  id: string;
  reference: string | null;
  outcome: 'moved' | 'cancelled';
  from: { start: string; end: string };
  to: { start: string; end: string } | null;
  employeeChanged: boolean;
}

export interface ClosedTimeCause {
  reason: StaffChangeMail['reason'];
  /** Audit and history: what closed the time. */
  subject: { kind: 'closure' | 'employee_absence' | 'opening_hours'; id: string };
  /** A move goes to a free time from here on (the closed day's start, the absence's start). */
  notBefore: (appt: AppointmentRow, zone: string) => Date;
}

/** How many were moved and how many cancelled: the audit row's summary. */
export function countOutcomes(outcomes: AffectedOutcome[]): { moved: number; cancelled: number } {
  return { moved: outcomes.filter((o) => o.outcome === 'moved').length, cancelled: outcomes.filter((o) => o.outcome === 'cancelled').length };
}

/** The 409 that lists the appointments before anything is written. */
export async function appointmentsAffectedError(
  knex: Knex,
  rows: AppointmentRow[],
  what: { el: string; en: string },
  verb: { el: string; en: string } = { el: 'καλύπτει', en: 'covers' },
): Promise<AppError> {
  const described: AffectedAppointment[] = (
    await knex('appointments as a')
      .join('topics as t', 't.id', 'a.topic_id')
      .join('employees as e', 'e.id', 'a.employee_id')
      .whereIn('a.id', rows.map((r) => r.id))
      .orderBy('a.starts_at')
      .select('a.id', 'a.reference', 'a.starts_at', 'a.ends_at', 'a.mode', 't.name_el', 't.name_en', 'e.full_name as employee_name', 'a.person_full_name')
  ).map((r) => ({
    id: r.id,
    reference: r.reference,
    start: r.starts_at.toISOString(),
    end: r.ends_at.toISOString(),
    mode: r.mode,
    topic: { el: r.name_el, en: r.name_en },
    employeeName: r.employee_name,
    personFullName: r.person_full_name,
  }));
  const n = described.length;
  return conflict(
    'appointments_affected',
    `${what.el} ${verb.el} ${n === 1 ? '1 κλεισμένο ραντεβού' : `${n} κλεισμένα ραντεβού`}. Επιλέξτε αν θα μεταφερθούν στην πλησιέστερη ελεύθερη ώρα ή θα ακυρωθούν· όσοι αφορούν θα ενημερωθούν με e-mail.`,
    `${what.en} ${verb.en} ${n === 1 ? '1 booked appointment' : `${n} booked appointments`}. Choose whether they are moved to the nearest free time or cancelled; everyone concerned is told by e-mail.`,
    { affectedAppointments: described },
  );
}

/**
 * Moves (or cancels) each locked appointment as decided, in the caller's
 * transaction, and audits each change. Returns the outcomes and the changed
 * rows, whose old calls the caller ends after commit (closeRoomFor).
 */
export async function settleAffected(
  trx: Knex.Transaction,
  deps: { linkSecret: string },
  by: Requester,
  rows: AppointmentRow[],
  decision: AffectedDecision,
  cause: ClosedTimeCause,
  now: Date,
): Promise<{ outcomes: AffectedOutcome[]; changed: AppointmentRow[] }> {
  const outcomes: AffectedOutcome[] = [];
  const changed: AppointmentRow[] = [];
  const DETAILS = {
    closure: { cause: 'closure', closureId: cause.subject.id },
    employee_absence: { cause: 'absence', absenceId: cause.subject.id },
    opening_hours: { cause: 'opening_hours' },
  };
  const details = DETAILS[cause.subject.kind];
  for (const appt of rows) {
    const from = { start: appt.starts_at.toISOString(), end: appt.ends_at.toISOString() };
    const subject = { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id };
    if (decision === 'move') {
      const moved = await moveToNearest(trx, deps, by, appt, cause, now, details);
      if (moved) {
        const employeeChanged = moved.employee_id !== appt.employee_id;
        outcomes.push({ id: appt.id, reference: appt.reference, outcome: 'moved', from, to: { start: moved.starts_at.toISOString(), end: moved.ends_at.toISOString() }, employeeChanged });
        changed.push(moved);
        await audit(trx, by, 'reschedule', { ...details, employeeChanged }, subject);
        continue;
      }
    }
    const noFreeTime = decision === 'move';
    const municipality = (await getMunicipality(trx, appt.municipality_id))!;
    const topic = (await getTopic(trx, appt.municipality_id, appt.topic_id))!;
    const cancelled = await writeCancel(trx, by.actor, appt, { municipality, topic }, now, {
      mail: { reason: cause.reason, noFreeTime },
      details: { ...details, reason: cause.reason, noFreeTime },
    });
    outcomes.push({ id: appt.id, reference: appt.reference, outcome: 'cancelled', from, to: null, employeeChanged: false });
    changed.push(cancelled);
    await audit(trx, by, 'cancel', { ...details, noFreeTime }, subject);
  }
  return { outcomes, changed };
}

/** Days searched at a time: most moves find a time in the first chunk. */
const SEARCH_DAYS = 14;
/** Free times tried in order when the nearest ones are lost to races meanwhile. */
const TRIES = 5;

async function moveToNearest(
  trx: Knex.Transaction,
  deps: { linkSecret: string },
  by: Requester,
  appt: AppointmentRow,
  cause: ClosedTimeCause,
  now: Date,
  details: Record<string, unknown>,
): Promise<AppointmentRow | null> {
  let ctx: BookingContext;
  try {
    ctx = await loadBookingContext(trx, { municipalityId: appt.municipality_id, topicId: appt.topic_id, mode: appt.mode });
  } catch (err) {
    if (err instanceof AppError) return null; // the topic or mode is no longer offered: nowhere to move it
    throw err;
  }
  const zone = ctx.municipality.time_zone;
  const notBefore = new Date(Math.max(cause.notBefore(appt, zone).getTime(), now.getTime()));
  const lastDay = localDate(new Date(now.getTime() + ctx.municipality.booking_window_days * 86_400_000), zone);
  const mail: StaffChangeMail = { reason: cause.reason, previousStartsAt: appt.starts_at.toISOString() };
  // Its own employee first, then anyone (its own employee still preferred where free).
  for (const employeeId of [appt.employee_id, null]) {
    for (let from = localDate(notBefore, zone); from <= lastDay; from = plusDays(from, SEARCH_DAYS, zone)) {
      const to = minDate(plusDays(from, SEARCH_DAYS - 1, zone), lastDay);
      const slots = await freeSlots(trx, ctx, { from, to, now, employeeId, interpretation: appt.interpretation, excludeAppointmentId: appt.id });
      for (const slot of slots.filter((s) => s.start >= notBefore).slice(0, TRIES)) {
        const wish = { start: slot.start, interpretation: appt.interpretation, excludeAppointmentId: appt.id, requestedEmployeeId: employeeId };
        const moved = await writeMove(trx, deps.linkSecret, by.actor, appt, ctx, slot, wish, now, { mail, details });
        if (moved) return moved;
      }
      if (slots.length) break; // free times were there but all lost: let the next pass try
    }
  }
  return null;
}

const plusDays = (isoDate: string, days: number, zone: string) => DateTime.fromISO(isoDate, { zone }).plus({ days }).toISODate()!;
const minDate = (a: string, b: string) => (a < b ? a : b);

/** The start of an instant's local day. */
export const startOfLocalDay = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).startOf('day').toJSDate();
