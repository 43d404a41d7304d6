import type { Requester } from '../actor';
import { audit } from '../audit';
import { queueEmail } from '../booking/outbox';
import type { CommandDeps } from '../deps';
import { conflict } from '../errors';
import { requireStaff } from '../policies';
import { accessibleAppointment } from '../queries/appointments';

/** The employee sends the required-documents e-mail (with an optional note) to the person served. */
export async function sendDocumentsEmail(deps: CommandDeps, by: Requester, id: string, text: string | undefined): Promise<{ notificationId: string }> {
  requireStaff(by.actor);
  const appt = await accessibleAppointment(deps, by.actor, id);
  if (appt.status !== 'booked') throw conflict('not_booked', 'Το ραντεβού δεν είναι ενεργό.', 'The appointment is not active.');
  const email = appt.person_email;
  if (!email) throw conflict('no_email', 'Δεν έχει δοθεί e-mail για αυτό το ραντεβού: πείτε τα δικαιολογητικά στο τηλέφωνο.', 'No e-mail address was given for this appointment: tell the documents on the phone.');
  return deps.knex.transaction(async (trx) => {
    const notificationId = await queueEmail(trx, appt, 'documents', { role: 'citizen', email, name: appt.person_full_name! }, deps.now(), { text: text ?? null });
    await audit(trx, by, 'documents_email', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    return { notificationId };
  });
}

/**
 * The decree has the employee send the third person's invitation (unless the
 * municipality sends it at booking). Sending again for the same version is a no-op.
 */
export async function sendThirdPersonInvite(deps: CommandDeps, by: Requester, id: string): Promise<{ notificationId: string; alreadyQueued: boolean }> {
  requireStaff(by.actor);
  const appt = await accessibleAppointment(deps, by.actor, id);
  if (appt.status !== 'booked' || appt.mode !== 'video' || !appt.third_person_email) {
    throw conflict('no_third_person', 'Το ραντεβού δεν είναι ενεργή βιντεοκλήση με τρίτο πρόσωπο.', 'The appointment is not an active video call with a third person.');
  }
  return deps.knex.transaction(async (trx) => {
    const existing = await trx('notifications')
      .where({ appointment_id: appt.id, appointment_version: appt.version, kind: 'invite_third_person' })
      .whereNotIn('status', ['failed', 'held_back']) // a held-back one was never sent: staff may send it
      .first('id');
    if (existing) return { notificationId: existing.id as string, alreadyQueued: true };
    const notificationId = await queueEmail(trx, appt, 'invite_third_person', { role: 'third_person', email: appt.third_person_email!, name: appt.third_person_name! }, deps.now());
    await audit(trx, by, 'third_person_invite', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    return { notificationId, alreadyQueued: false };
  });
}
