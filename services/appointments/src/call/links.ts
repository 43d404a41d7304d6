import { hashToken, hasVideoCall } from '@muni/domain';
import { type AppointmentRow, JoinLink, type JoinLinkRow } from '@muni/db';
import type { Knex } from 'knex';
import { joinWindow, type JoinWindow, type WindowSettings } from './callRules';
import { appointmentCancelled, callEnded, employeeDeactivated, linkReplaced, linkTakenOver, tooEarly, unknownLink } from './errors';
import { callHolder } from './holder';

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
}

// Tokens are HMAC-SHA256 in base64url (43 characters); anything else is not ours.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** The refusals every link shares, in the order that explains most. */
function assertCurrent(appt: AppointmentRow | undefined, version: number): asserts appt is AppointmentRow & { room_name: string } {
  if (!appt || !hasVideoCall(appt) || !appt.room_name) throw unknownLink();
  if (appt.status === 'cancelled') throw appointmentCancelled();
  if (appt.status === 'completed' || appt.status === 'no_show') throw callEnded();
  if (version !== appt.version) throw linkReplaced();
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
  const found = await JoinLink.query(knex).findById(tokenHash).withGraphFetched('appointment');
  if (!found) {
    const revoked = await knex('revoked_join_links').where({ token_hash: tokenHash }).first('appointment_id', 'appointment_version');
    if (!revoked) throw unknownLink();
    assertCurrent(await knex<AppointmentRow>('appointments').where({ id: revoked.appointment_id }).first(), revoked.appointment_version);
    throw linkTakenOver();
  }
  // Plain rows out, as before: the call code neither needs nor should mutate model instances.
  const { appointment, ...link } = found;
  const appt: AppointmentRow | undefined = appointment && { ...appointment };
  assertCurrent(appt, link.appointment_version);
  let employeeId: string | null = null;
  if (link.role === 'employee') {
    const holder = await callHolder(knex, appt);
    if (!holder.active) throw employeeDeactivated();
    employeeId = holder.employeeId;
  }
  const window = joinWindow(appt.starts_at, appt.ends_at, now, settings);
  return { link, appt, window, employeeId };
}

/** Only inside the window may a token be issued or the call be moderated. */
export function assertWindowOpen(call: LinkedCall): void {
  if (call.window.status === 'early') throw tooEarly(call.window.opensAt);
  if (call.window.status === 'ended') throw callEnded(call.window.closesAt);
}

/** Every participant expected in the call (the current version's links). */
export async function currentLinks(knex: Knex, appt: AppointmentRow): Promise<JoinLinkRow[]> {
  return knex<JoinLinkRow>('join_links').where({ appointment_id: appt.id, appointment_version: appt.version }).orderBy('role');
}
