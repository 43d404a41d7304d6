import { hashToken, hasVideoCall } from '@muni/domain';
import { type AppointmentRow, type JoinLinkRow, preparedRead } from '@muni/db';
import type { Knex } from 'knex';
import { joinWindow, type JoinWindow, type WindowSettings } from './callRules';
import { type CallState, callStateFromRow, type CallStateRow } from './callState';
import { holderIdOf } from './holder';
import { appointmentCancelled, callEnded, employeeDeactivated, linkReplaced, linkTakenOver, tooEarly, unknownLink } from './errors';

export type { JoinLinkRow };

/** A join link of the appointment's current version, with its appointment and room. */
export interface LinkedCall {
  link: JoinLinkRow;
  appt: AppointmentRow & { room_name: string };
  window: JoinWindow;
  /**
   * The employee's link only: the employee who runs the call, the assigned one
   * or the colleague who took it over. Audit rows and identity checks name them.
   */
  employeeId: string | null;
  /**
   * Read in the same statement as the link: the call state of the current
   * version as it was then (a command that changes it reads it again under a
   * row lock) and the names the join page shows.
   */
  seen: { state: CallState; municipality: NamesOf & { time_zone: string }; topic: NamesOf };
}

interface NamesOf {
  name_el: string;
  name_en: string;
}

/**
 * The link, its appointment, the call state of the appointment's current
 * version, whether the call's holder (the acting or else the assigned
 * employee) is active, and the names: ONE statement, as every join, join page
 * and moderation request starts here (issue 17: it was six or seven). Planning
 * this join costs PostgreSQL far more than running it, hence prepared once per
 * connection.
 */
const lookUpLink = preparedRead(
  'join_link_lookup',
  `
select a.*,
  l.token_hash as "link.token_hash", l.appointment_id as "link.appointment_id", l.role as "link.role",
  l.appointment_version as "link.appointment_version", l.identity as "link.identity",
  l.display_name as "link.display_name", l.created_at as "link.created_at",
  s.appointment_id as "state.appointment_id", s.appointment_version as "state.appointment_version",
  s.admitted_identities as "state.admitted_identities", s.audio_only as "state.audio_only",
  s.identity_check as "state.identity_check", s.identity_check_started_at as "state.identity_check_started_at",
  s.identity_check_started_by as "state.identity_check_started_by", s.acting_employee_id as "state.acting_employee_id",
  s.takeovers as "state.takeovers",
  h.active as "holder.active",
  m.name_el as "municipality.name_el", m.name_en as "municipality.name_en", m.time_zone as "municipality.time_zone",
  t.name_el as "topic.name_el", t.name_en as "topic.name_en"
from join_links l
join appointments a on a.id = l.appointment_id
join municipalities m on m.id = a.municipality_id
join topics t on t.id = a.topic_id
left join call_states s on s.appointment_id = a.id and s.appointment_version = a.version
left join employees h on h.id = coalesce(s.acting_employee_id, a.employee_id)
where l.token_hash = $1`,
);

interface Found {
  appt: AppointmentRow;
  link: JoinLinkRow;
  state: CallState;
  holderActive: boolean;
  municipality: LinkedCall['seen']['municipality'];
  topic: NamesOf;
}

/** Splits the flat row by the dotted prefixes of lookUpLink's columns; the unprefixed columns are the appointment's. */
function split(row: Record<string, unknown>): Found {
  const parts: Record<string, Record<string, unknown>> = { appt: {}, link: {}, state: {}, holder: {}, municipality: {}, topic: {} };
  for (const [column, value] of Object.entries(row)) {
    const dot = column.indexOf('.');
    if (dot < 0) parts.appt![column] = value;
    else parts[column.slice(0, dot)]![column.slice(dot + 1)] = value;
  }
  return {
    appt: parts.appt as unknown as AppointmentRow,
    link: parts.link as unknown as JoinLinkRow,
    state: callStateFromRow(parts.state!.appointment_id === null ? undefined : (parts.state as unknown as CallStateRow)),
    holderActive: parts.holder!.active === true,
    municipality: parts.municipality as unknown as Found['municipality'],
    topic: parts.topic as unknown as NamesOf,
  };
}

// Tokens are HMAC-SHA256 in base64url (43 characters); anything else is not ours.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** The refusals every link shares, in the order that explains most. */
function assertCurrent(appt: AppointmentRow | undefined, version: number, linkRole: string): asserts appt is AppointmentRow & { room_name: string } {
  if (!appt || !hasVideoCall(appt) || !appt.room_name) throw unknownLink();
  if (appt.status === 'cancelled') throw appointmentCancelled(linkRole);
  if (appt.status === 'completed' || appt.status === 'no_show') throw callEnded(undefined, linkRole);
  if (version !== appt.version) throw linkReplaced(linkRole);
}

/**
 * The link behind a token, or the refusal a person can act on: unknown (404);
 * replaced by a newer version, cancelled or finished (410); an employee's link
 * after a colleague took the call over (410), or of a deactivated employee
 * (403). Order matters: "cancelled" explains more than "replaced" (cancelling
 * also bumps the version), and both more than "taken over".
 */
export async function resolveJoinLink(knex: Knex, token: string, now: Date, settings: WindowSettings): Promise<LinkedCall> {
  if (!TOKEN_SHAPE.test(token)) throw unknownLink();
  const tokenHash = hashToken(token);
  const rows = await lookUpLink(knex, [tokenHash]);
  if (!rows[0]) {
    const revoked = await knex('revoked_join_links').where({ token_hash: tokenHash }).first('appointment_id', 'appointment_version');
    if (!revoked) throw unknownLink();
    // Only employees' links are revoked (a colleague took the call over).
    assertCurrent(await knex<AppointmentRow>('appointments').where({ id: revoked.appointment_id }).first(), revoked.appointment_version, 'employee');
    throw linkTakenOver();
  }
  const { appt, link, state, holderActive, municipality, topic } = split(rows[0]);
  assertCurrent(appt, link.appointment_version, link.role);
  let employeeId: string | null = null;
  if (link.role === 'employee') {
    // holderActive is the SQL's reading of the same holder (coalesce(acting, assigned)).
    if (!holderActive) throw employeeDeactivated();
    employeeId = holderIdOf(appt, state);
  }
  const window = joinWindow(appt.starts_at, appt.ends_at, now, settings);
  return { link, appt, window, employeeId, seen: { state, municipality, topic } };
}

/** Only inside the window may a token be issued or the call be moderated. */
export function assertWindowOpen(call: LinkedCall): void {
  if (call.window.status === 'early') throw tooEarly(call.window.opensAt);
  if (call.window.status === 'ended') throw callEnded(call.window.closesAt, call.link.role);
}

/** Every participant expected in the call (the current version's links). */
export async function currentLinks(knex: Knex, appt: AppointmentRow): Promise<JoinLinkRow[]> {
  return knex<JoinLinkRow>('join_links').where({ appointment_id: appt.id, appointment_version: appt.version }).orderBy('role');
}
