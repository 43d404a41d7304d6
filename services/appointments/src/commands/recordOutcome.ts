import { OUTCOME_EDIT_DAYS, type Outcome, type RecordOutcomeInput } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { recordEvent } from '../booking/history';
import type { CommandDeps } from '../deps';
import { conflict, ruleBroken } from '../errors';
import { assertAppointmentAccess, requireStaff } from '../policies';
import { latestOutcomes, type OutcomeView } from '../queries/outcomes';

export interface RecordedOutcome {
  outcome: OutcomeView;
  /** false: the same as the current outcome, nothing saved and nobody told again. */
  changed: boolean;
  /** The citizen is e-mailed (false: no address was given at the desk; tell them on the phone). */
  citizenNotified: boolean;
}

/** What the outcome e-mail's payload carries: the outcome as saved, so the e-mail says exactly that. */
export interface OutcomeMailPayload {
  outcome: Outcome;
  outcomeVersion: number;
  /** A correction of an outcome the citizen was told before. */
  corrected: boolean;
}

const same = (a: Outcome, b: Outcome) =>
  a.kind === b.kind && a.text === b.text && a.followUpOn === b.followUpOn && JSON.stringify(a.documents) === JSON.stringify(b.documents);

/**
 * Staff of the appointment's municipality (the assigned employee or a
 * colleague) record what came of it, once it has started and unless it was
 * cancelled or missed. Every save is a new version; corrections are accepted
 * for OUTCOME_EDIT_DAYS after the first recording and each is audited. The
 * citizen is e-mailed the outcome; a correction e-mails them again, and an
 * earlier outcome e-mail not yet sent is dropped, so they get one e-mail with
 * the latest outcome however many corrections came before it went out.
 * Saving the same outcome again changes nothing.
 */
export async function recordOutcome(deps: CommandDeps, by: Requester, id: string, input: RecordOutcomeInput): Promise<RecordedOutcome> {
  const actor = by.actor;
  requireStaff(actor);
  const now = deps.now();
  return deps.knex.transaction(async (trx) => {
    const appt = assertAppointmentAccess(actor, await trx<AppointmentRow>('appointments').where({ id }).forUpdate().first());
    if (appt.status !== 'booked' && appt.status !== 'completed') {
      throw conflict(
        'outcome_not_applicable',
        'Αποτέλεσμα καταγράφεται μόνο για ραντεβού που έγινε (όχι για ακυρωμένο ή όταν ο πολίτης δεν προσήλθε).',
        'An outcome is recorded only for an appointment that took place (not a cancelled one or one the citizen missed).',
      );
    }
    if (appt.starts_at > now) throw ruleBroken('not_started', 'Το ραντεβού δεν έχει αρχίσει ακόμη.', 'The appointment has not started yet.');
    await assertFollowUpDay(trx, appt, input.followUpOn);

    const current = (await latestOutcomes(trx, [id])).get(id);
    const outcome: Outcome = { kind: input.kind, text: input.text, documents: input.documents, followUpOn: input.followUpOn };
    if (current && same(current, outcome)) return { outcome: current, changed: false, citizenNotified: false };
    if (current && now > current.editableUntil) {
      throw ruleBroken(
        'outcome_locked',
        `Το αποτέλεσμα διορθώνεται έως ${OUTCOME_EDIT_DAYS} ημέρες μετά την καταγραφή του· έχει πια κλειδώσει.`,
        `The outcome can be corrected for ${OUTCOME_EDIT_DAYS} days after it was recorded; it is now locked.`,
      );
    }

    const version = (current?.version ?? 0) + 1;
    await trx('appointment_outcomes').insert({
      appointment_id: id,
      municipality_id: appt.municipality_id,
      version,
      kind: outcome.kind,
      citizen_text: outcome.text,
      documents: JSON.stringify(outcome.documents),
      follow_up_on: outcome.followUpOn,
      recorded_by: actor.employeeId,
      recorded_at: now,
    });
    const action = version === 1 ? 'outcome_recorded' : 'outcome_corrected';
    await recordEvent(trx, id, action, actor, appt.version, { outcomeVersion: version, kind: outcome.kind }, now);
    await audit(trx, by, action, { outcomeVersion: version, kind: outcome.kind }, { kind: 'appointment', id, municipalityId: appt.municipality_id });
    const citizenNotified = await queueOutcomeEmail(trx, appt, { outcome, outcomeVersion: version, corrected: version > 1 }, now);
    return { outcome: (await latestOutcomes(trx, [id])).get(id)!, changed: true, citizenNotified };
  });
}

/** A follow-up date before the appointment's own day (in the municipality's calendar) is a slip. */
async function assertFollowUpDay(trx: Knex.Transaction, appt: AppointmentRow, followUpOn: string | null) {
  if (!followUpOn) return;
  const { time_zone: zone } = await trx('municipalities').where({ id: appt.municipality_id }).first('time_zone');
  const day = DateTime.fromJSDate(appt.starts_at, { zone }).toISODate()!;
  if (followUpOn < day) {
    throw ruleBroken('follow_up_before_appointment', 'Η ημερομηνία της επόμενης επικοινωνίας είναι πριν από το ραντεβού.', 'The follow-up date is before the appointment.', { field: 'followUpOn' });
  }
}

/**
 * The outcome goes to the person served only (never the interpreter or a
 * third person: it is their matter), by e-mail and, when they agreed to texts,
 * by text too (or only by text, booked at the desk without an address). Staff
 * send it on purpose, so the daily bound of the outbox does not hold it back.
 * Returns whether one was queued.
 */
async function queueOutcomeEmail(trx: Knex.Transaction, appt: AppointmentRow, payload: OutcomeMailPayload, now: Date): Promise<boolean> {
  await trx('notifications')
    .where({ appointment_id: appt.id, kind: 'outcome', status: 'pending' })
    .update({ status: 'skipped', last_error: 'skipped: replaced by a corrected outcome', claimed_by: null, claimed_at: null });
  const base = {
    appointment_id: appt.id,
    appointment_version: appt.version,
    kind: 'outcome',
    recipient_role: 'citizen',
    recipient_name: appt.person_full_name!,
    language: appt.language,
    send_after: now,
    payload: JSON.stringify(payload),
  };
  const rows = [
    ...(appt.person_email ? [{ ...base, channel: 'email', recipient_email: appt.person_email, recipient_phone: null }] : []),
    ...(appt.sms_phone ? [{ ...base, channel: 'sms', recipient_email: null, recipient_phone: appt.sms_phone }] : []),
  ];
  if (rows.length === 0) return false;
  await trx('notifications').insert(rows);
  return true;
}
