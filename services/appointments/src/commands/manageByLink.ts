import { managePath, manageToken } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { assertManageLinkCurrent, findByManageToken } from '../booking/manageLinks';
import type { AppDeps, EffectDeps } from '../deps';
import { type AppointmentGraph, withRelationsOne } from '../queries/appointmentGraph';
import { cancelAppointment, rescheduleAppointment } from './changeAppointment';

/*
 * The person served manages their appointment with the link of their e-mails,
 * whoever booked it (they themselves, someone for them, or the municipality at
 * the desk or on the phone) and whether or not they are signed in. The token
 * in the path is the credential. Seeing changes nothing (mail scanners open
 * links); a change is a POST, with a citizen's cut-off, and spends the link:
 * the answer carries the new version's link, and the e-mail of the change too.
 */

type LinkDeps = Pick<AppDeps, 'knex' | 'now' | 'linkSecret'>;

const subject = (a: AppointmentRow) => ({ kind: 'appointment', id: a.id, municipalityId: a.municipality_id });

export interface ManagedView {
  appointment: AppointmentGraph;
  /** Whether the signed-in caller is the appointment's owner (they may also use "My appointments"). */
  ownedBySignedIn: boolean;
}

/** The appointment behind a manage link of its current version (audited as seen; nothing else is written). */
export async function viewByManageLink(deps: LinkDeps, by: Requester, token: string): Promise<ManagedView> {
  const { appt, version } = await findByManageToken(deps.knex, deps.linkSecret, token);
  assertManageLinkCurrent(appt, version);
  await audit(deps.knex, by, 'manage_link_view', {}, subject(appt));
  const ownedBySignedIn = by.actor.kind === 'citizen' && by.actor.userId === appt.user_id;
  return { appointment: await withRelationsOne(deps.knex, appt), ownedBySignedIn };
}

export interface ManagedChange {
  appointment: AppointmentGraph;
  /** The new version's manage link (the e-mail of the change carries it too); null once cancelled. */
  managePath: string | null;
}

/** A new time through the manage link: it keeps its employee unless `anyEmployee`, as a citizen's own reschedule. */
export async function rescheduleByManageLink(deps: EffectDeps, by: Requester, token: string, start: Date, opts: { anyEmployee?: boolean } = {}): Promise<ManagedChange> {
  const { appt, version } = await findByManageToken(deps.knex, deps.linkSecret, token);
  const moved = await rescheduleAppointment(deps, by, appt.id, start, { anyEmployee: opts.anyEmployee, access: { via: 'manage_link', version } });
  return { appointment: await withRelationsOne(deps.knex, moved), managePath: managePath(manageToken(deps.linkSecret, moved.id, moved.version)) };
}

/** Cancels through the manage link, until the citizen's cut-off. */
export async function cancelByManageLink(deps: EffectDeps, by: Requester, token: string, reason?: string): Promise<ManagedChange> {
  const { appt, version } = await findByManageToken(deps.knex, deps.linkSecret, token);
  const cancelled = await cancelAppointment(deps, by, appt.id, reason, { via: 'manage_link', version });
  return { appointment: await withRelationsOne(deps.knex, cancelled), managePath: null };
}
