import { hashToken } from '@muni/domain';
import { type AppointmentRow, JoinLink, type JoinLinkRow } from '@muni/db';
import type { Knex } from 'knex';
import { joinWindow, type JoinWindow, type WindowSettings } from './callRules';
import { appointmentCancelled, callEnded, linkReplaced, tooEarly, unknownLink } from './errors';

export type { JoinLinkRow };

/** A join link of the appointment's current version, with its appointment and room. */
export interface LinkedCall {
  link: JoinLinkRow;
  appt: AppointmentRow & { room_name: string };
  window: JoinWindow;
}

// Tokens are HMAC-SHA256 in base64url (43 characters); anything else is not ours.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The link behind a token, or the refusal a person can act on: unknown (404);
 * replaced by a newer version, cancelled or finished (410). Order matters:
 * "cancelled" explains more than "replaced" (cancelling also bumps the version).
 */
export async function resolveJoinLink(knex: Knex, token: string, now: Date, settings: WindowSettings): Promise<LinkedCall> {
  if (!TOKEN_SHAPE.test(token)) throw unknownLink();
  const found = await JoinLink.query(knex).findById(hashToken(token)).withGraphFetched('appointment');
  if (!found) throw unknownLink();
  // Plain rows out, as before: the call code neither needs nor should mutate model instances.
  const { appointment, ...link } = found;
  const appt: AppointmentRow | undefined = appointment && { ...appointment };
  if (appt?.mode !== 'video' || !appt.room_name) throw unknownLink();
  if (appt.status === 'cancelled') throw appointmentCancelled();
  if (appt.status === 'completed' || appt.status === 'no_show') throw callEnded();
  if (link.appointment_version !== appt.version) throw linkReplaced();
  const window = joinWindow(appt.starts_at, appt.ends_at, now, settings);
  return { link, appt: appt as LinkedCall['appt'], window };
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
