import { type AppointmentStatus, callRoles, joinToken, type Mode } from '@muni/domain';
import type { AppointmentRow, NotificationRow } from '@muni/db';
import { DateTime } from 'luxon';
import type { Actor, Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { ruleBroken } from '../errors';
import { employeeDeactivated, notAVideoCall, notYourCall } from '../call/errors';
import { callHolder, employeeLinkToken } from '../call/holder';
import { assertAppointmentAccess, requireCitizen, requireStaff } from '../policies';
import { type AppointmentGraph, withRelations, withRelationsOne } from './appointmentGraph';
import { parseSearchTerm, searchedFields, whereMatches } from './consoleSearch';

type ReadDeps = Pick<AppDeps, 'knex' | 'now'>;

/** An appointment the caller may see (owner, or staff of its municipality); "not found" otherwise. */
export async function accessibleAppointment(deps: Pick<AppDeps, 'knex'>, actor: Actor, id: string): Promise<AppointmentRow> {
  return assertAppointmentAccess(actor, await deps.knex<AppointmentRow>('appointments').where({ id }).first());
}

/** A citizen's own appointments: upcoming (soonest first) and past (latest first). */
export async function myAppointments(deps: ReadDeps, actor: Actor): Promise<{ upcoming: AppointmentGraph[]; past: AppointmentGraph[] }> {
  requireCitizen(actor);
  const rows = await deps.knex<AppointmentRow>('appointments').where({ user_id: actor.userId }).whereNot('status', 'held').orderBy('starts_at');
  const now = deps.now();
  const all = await withRelations(deps.knex, rows);
  const upcoming = (a: AppointmentRow) => a.status === 'booked' && a.ends_at > now;
  return { upcoming: all.filter(upcoming), past: all.filter((a) => !upcoming(a)).reverse() };
}

export interface AppointmentDetail {
  appointment: AppointmentGraph;
  /** For staff only: what happened, by whom, the e-mails, and who interprets (to reach them). */
  staff: { history: AppointmentEvent[]; emails: AppointmentEmail[]; interpreter: { full_name: string; email: string } | null } | null;
}

export interface AppointmentEvent {
  at: Date;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  version: number;
  details: Record<string, unknown>;
}

export interface AppointmentEmail {
  kind: string;
  /** Whose e-mail: the person served, the interpreter or the third person. */
  recipient_role: NotificationRow['recipient_role'];
  /** The address, or for a text (SMS) null and recipient_phone the mobile. */
  recipient_email: string | null;
  recipient_phone: string | null;
  /** held_back: over the daily bound for an address that did not book; never sent. */
  status: NotificationRow['status'];
  attempts: number;
  last_error: string | null;
  send_after: Date;
  sent_at: Date | null;
  /** The appointment's version the message was written for. */
  appointment_version: number;
}

/** One appointment as its owner or staff see it; staff's look is audited. */
export async function viewAppointment(deps: ReadDeps, by: Requester, id: string): Promise<AppointmentDetail> {
  const appt = await accessibleAppointment(deps, by.actor, id);
  const appointment = await withRelationsOne(deps.knex, appt);
  if (by.actor.kind !== 'employee') return { appointment, staff: null };
  await audit(deps.knex, by, 'view_appointment', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
  const [history, emails, interpreter] = await Promise.all([
    deps.knex('appointment_events').where({ appointment_id: id }).orderBy('id').select('at', 'action', 'actor_kind', 'actor_id', 'version', 'details'),
    deps.knex('notifications').where({ appointment_id: id }).orderBy('send_after').select('kind', 'recipient_role', 'recipient_email', 'recipient_phone', 'status', 'attempts', 'last_error', 'send_after', 'sent_at', 'appointment_version'),
    appt.interpreter_id ? deps.knex('interpreters').where({ id: appt.interpreter_id }).first('full_name', 'email') : undefined,
  ]);
  return { appointment, staff: { history, emails, interpreter: interpreter ?? null } };
}

/** Any appointment the caller may see, with its relations (for the calendar file and the like). */
export async function appointmentWithRelations(deps: ReadDeps, actor: Actor, id: string): Promise<AppointmentGraph> {
  return withRelationsOne(deps.knex, await accessibleAppointment(deps, actor, id));
}

export interface ConsoleFilter {
  /** The first day; required unless searching (a search without it looks at every date). */
  date?: string;
  to?: string;
  status?: AppointmentStatus;
  mode?: Mode;
  employeeId?: string;
  topicId?: string;
  /** Reference, name, ΑΦΜ, phone or e-mail (see consoleSearch.ts). */
  q?: string;
}

/** Why the list is read: each is its own line in the audit trail. */
export type ConsolePurpose = 'list' | 'export';

/** A search over every date answers this many appointments at most, latest first. */
export const CONSOLE_SEARCH_LIMIT = 50;

/**
 * The console's list: the employee's municipality only, days in its time zone,
 * at most 62 of them, narrowed by the filters and the search term; audited
 * (which filters were used and how many rows came back, never the term).
 */
export async function consoleAppointments(deps: ReadDeps, by: Requester, q: ConsoleFilter, purpose: ConsolePurpose = 'list'): Promise<AppointmentGraph[]> {
  const actor = by.actor;
  requireStaff(actor);
  const term = q.q?.trim() ? parseSearchTerm(q.q) : null;
  if (!q.date && !term) {
    throw ruleBroken('invalid_input', 'Δώστε ημερομηνία ή κάτι για αναζήτηση.', 'Give a date or something to search for.', { field: 'date' });
  }
  const rows = deps.knex<AppointmentRow>('appointments').where({ municipality_id: actor.municipalityId }).whereNot('status', 'held');
  if (q.date) {
    const zone = (await deps.knex('municipalities').where({ id: actor.municipalityId }).first('time_zone')).time_zone;
    const from = DateTime.fromISO(q.date, { zone }).startOf('day');
    const to = DateTime.fromISO(q.to ?? q.date, { zone }).plus({ days: 1 }).startOf('day');
    if (to.diff(from, 'days').days > 62) {
      throw ruleBroken('invalid_input', 'Ζητήστε έως 62 ημέρες τη φορά.', 'Ask for at most 62 days at a time.', { field: 'to' });
    }
    rows.where('starts_at', '>=', from.toJSDate()).where('starts_at', '<', to.toJSDate()).orderBy('starts_at');
  } else {
    rows.orderBy('starts_at', 'desc').limit(CONSOLE_SEARCH_LIMIT);
  }
  if (q.status) rows.where({ status: q.status });
  if (q.mode) rows.where({ mode: q.mode });
  if (q.employeeId) rows.where({ employee_id: q.employeeId });
  if (q.topicId) rows.where({ topic_id: q.topicId });
  if (term) whereMatches(deps.knex, rows, term);
  const list = await rows;
  const action = purpose === 'export' ? 'export_appointments' : term ? 'search_appointments' : 'list_appointments';
  const filters = (['status', 'mode', 'employeeId', 'topicId'] as const).filter((k) => q[k]);
  await audit(deps.knex, by, action, {
    date: q.date ?? null,
    to: q.to ?? null,
    count: list.length,
    ...(filters.length ? { filters } : {}),
    ...(term ? { searchedIn: searchedFields(term) } : {}),
  });
  return withRelations(deps.knex, list);
}

/**
 * The caller's own join link for an appointment with a video call: the
 * citizen's for its owner (video appointments only: in person the citizen is
 * at the counter); the employee's only for the employee who runs the call (the assigned
 * one, or the colleague who took it over). Another staff member of the
 * municipality is refused, told who runs it and how to take it over
 * (takeOverCall: confirmed in the console, audited).
 */
export async function ownJoinLink(deps: Pick<AppDeps, 'knex' | 'linkSecret'>, actor: Actor, id: string): Promise<{ role: 'citizen' | 'employee'; token: string }> {
  const appt = await accessibleAppointment(deps, actor, id);
  const roles = callRoles(appt);
  if (appt.status !== 'booked' || !roles.includes(actor.kind === 'employee' ? 'employee' : 'citizen')) throw notAVideoCall();
  if (actor.kind !== 'employee') return { role: 'citizen', token: joinToken(deps.linkSecret, appt.id, 'citizen', appt.version) };
  const holder = await callHolder(deps.knex, appt);
  if (holder.employeeId !== actor.employeeId) throw notYourCall(appt.id, holder.name);
  if (!holder.active) throw employeeDeactivated();
  return { role: 'employee', token: employeeLinkToken(deps.linkSecret, appt, holder) };
}
