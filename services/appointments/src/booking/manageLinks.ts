import { timingSafeEqual } from 'node:crypto';
import { manageToken, manageTokenAppointmentId } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import { gone, notFound } from '../errors';

/**
 * The person served's manage links (see @muni/domain manageToken): the token
 * is the credential, like a join link's. One per appointment version; a change
 * makes the older ones answer "gone" with the reason a person can act on.
 */

export const unknownManageLink = () =>
  notFound(
    'manage_link_unknown',
    'Ο σύνδεσμος δεν αντιστοιχεί σε κάποιο ραντεβού. Ελέγξτε ότι τον αντιγράψατε ολόκληρο από το e-mail.',
    'This link does not match any appointment. Check that you copied all of it from the e-mail.',
  );

/** Why an older version's link no longer works: the appointment's state explains most. */
export function manageLinkRevoked(appt: Pick<AppointmentRow, 'status'>) {
  if (appt.status === 'cancelled') {
    return gone('appointment_cancelled', 'Το ραντεβού έχει ακυρωθεί.', 'The appointment has been cancelled.');
  }
  if (appt.status === 'completed' || appt.status === 'no_show') {
    return gone('appointment_finished', 'Το ραντεβού έχει ολοκληρωθεί.', 'The appointment is over.');
  }
  return gone(
    'manage_link_replaced',
    'Το ραντεβού άλλαξε από τότε που στάλθηκε αυτός ο σύνδεσμος. Χρησιμοποιήστε τον σύνδεσμο του πιο πρόσφατου e-mail ή συνδεθείτε με τους κωδικούς Taxisnet.',
    'The appointment has changed since this link was sent. Use the link in the latest e-mail, or sign in with your Taxisnet credentials.',
  );
}

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The version whose manage token this is, or null. Versions are few: each is tried. */
export function manageTokenVersion(secret: string, appt: Pick<AppointmentRow, 'id' | 'version'>, token: string): number | null {
  for (let v = appt.version; v >= 1; v--) if (sameToken(manageToken(secret, appt.id, v), token)) return v;
  return null;
}

export interface ManagedAppointment {
  appt: AppointmentRow;
  /** The version the link was made for (the appointment's current one when it still works). */
  version: number;
}

/**
 * The appointment behind a manage token: unknown (404) when it names none or
 * its MAC is wrong (another appointment's token, a typo), `version` otherwise.
 * Whether that version is still current is the caller's question.
 */
export async function findByManageToken(knex: Knex | Knex.Transaction, secret: string, token: string): Promise<ManagedAppointment> {
  const id = manageTokenAppointmentId(token);
  if (!id) throw unknownManageLink();
  const appt = await knex<AppointmentRow>('appointments').where({ id }).whereNot('status', 'held').first();
  const version = appt ? manageTokenVersion(secret, appt, token) : null;
  if (!appt || version === null) throw unknownManageLink();
  return { appt, version };
}

/** The link works only for the appointment's current version. */
export function assertManageLinkCurrent(appt: AppointmentRow, version: number): void {
  if (version !== appt.version) throw manageLinkRevoked(appt);
}
