import { representationToProve } from '@muni/domain';
import type { Actor } from '../actor';
import { recordEvent } from '../booking/history';
import { auditCall } from './callAudit';
import { broadcastState, type CallDeps, presentState } from './callDeps';
import { checklistProblem, type IdentityCheckOutcome, REPRESENTATION_POINT, seesIdentityDocument, statusAfterCheck } from './callRules';
import { changeCallState } from './callState';
import { applyToConnected } from './grants';
import { assertEmployee } from './moderation';
import type { LinkedCall } from './links';
import { conflict, ruleBroken } from '../errors';

export interface IdentityCheckInput {
  documentType: 'id_card' | 'passport' | 'residence_permit' | 'driving_licence';
  /** representation: the proof that the person represents the business (bookings on behalf of a business). */
  checklist: { front: boolean; back: boolean; securityFeatures: boolean; faceMatch: boolean; representation?: boolean };
  outcome: IdentityCheckOutcome;
  reason?: string;
}

/**
 * The identity step (article 3 of the decree) starts: every screen shows it,
 * and the server withholds all media from whoever may not see the document
 * (see seesIdentityDocument) until the result is recorded. The answer tells
 * the employee's panel whether the proof of representation is part of it.
 */
export async function startIdentityCheck(deps: CallDeps, call: LinkedCall, ip: string) {
  assertEmployee(call);
  const state = await changeCallState(deps.knex, call.appt, deps.now(), async (s, trx) => {
    if (s.audioOnly) {
      throw conflict('audio_only_on', 'Ο έλεγχος ταυτότητας χρειάζεται εικόνα: επαναφέρετε πρώτα το βίντεο.', 'The identity check needs video: switch video back on first.');
    }
    const next = { ...s, identityCheck: 'running' as const, identityCheckStartedAt: deps.now(), identityCheckStartedBy: call.employeeId };
    // Before anyone is told to hold the document up: whoever may not see it stops receiving media.
    await applyToConnected(deps, call, trx, next, (role) => !seesIdentityDocument(role, call.appt.interpretation));
    return next;
  });
  await auditCall(deps.knex, ip, call, 'identity_check_start');
  await broadcastState(deps, call, state);
  return { state: presentState(call, state), representationToProve: representationToProve(call.appt) };
}

/**
 * The employee's record of the check: document type, checklist, outcome, and a
 * reason when it failed. Who and when are stored; images never are. A booking
 * on behalf of a business (its link only declared) is verified only with the
 * proof of representation checked too; without it the outcome is
 * representation_not_proven, which no other booking can have.
 */
export async function recordIdentityCheck(deps: CallDeps, call: LinkedCall, input: IdentityCheckInput, ip: string) {
  assertEmployee(call);
  const representation = representationToProve(call.appt);
  if (input.outcome === 'representation_not_proven' && !representation) {
    throw ruleBroken('no_representation_to_prove',
      'Το ραντεβού δεν κλείστηκε για λογαριασμό επιχείρησης με δήλωση εκπροσώπησης: δεν υπάρχει εκπροσώπηση να ελεγχθεί. Επιλέξτε άλλο αποτέλεσμα.',
      'The appointment was not booked on behalf of a business by declaration: there is no representation to check. Choose another outcome.',
      { field: 'outcome' },
    );
  }
  const missing = checklistProblem(input.outcome, input.checklist, { representation });
  if (missing) {
    const extra = { field: 'checklist', missing: missing.split(', '), representationToProve: representation };
    if (missing === REPRESENTATION_POINT) {
      throw ruleBroken('representation_unchecked',
        'Το ραντεβού κλείστηκε για λογαριασμό επιχείρησης: για επιβεβαίωση ελέγξτε και το αποδεικτικό εκπροσώπησης, αλλιώς επιλέξτε «Ταυτοποιήθηκε, αλλά δεν αποδείχθηκε η εκπροσώπηση».',
        'The appointment was booked on behalf of a business: to verify, check the proof of representation too, or else choose "Identified, but representation not proven".',
        extra,
      );
    }
    if (input.outcome === 'representation_not_proven') {
      throw ruleBroken('checklist_incomplete', `Το πρόσωπο ταυτοποιείται πρώτα: ελέγξτε όλα τα σημεία του εγγράφου (λείπουν: ${missing}).`, `The person is identified first: check every point of the document (missing: ${missing}).`, extra);
    }
    throw ruleBroken('checklist_incomplete', `Για επιβεβαίωση πρέπει να ελεγχθούν όλα τα σημεία (λείπουν: ${missing}).`, `To verify, every point must be checked (missing: ${missing}).`, extra);
  }
  const now = deps.now();
  const { appt } = call;
  let checkId = '';
  const state = await changeCallState(deps.knex, appt, now, async (s, trx) => {
    if (s.identityCheck !== 'running') {
      throw conflict('identity_check_not_running', 'Ξεκινήστε πρώτα τον έλεγχο ταυτότητας.', 'Start the identity check first.');
    }
    const [row] = await trx('identity_checks')
      .insert({
        appointment_id: appt.id,
        appointment_version: appt.version,
        employee_id: call.employeeId,
        document_type: input.documentType,
        checklist: JSON.stringify(input.checklist),
        outcome: input.outcome,
        reason: input.reason ?? null,
        started_at: s.identityCheckStartedAt,
        recorded_at: now,
      })
      .returning('id');
    checkId = row.id;
    // The employee who ran the check: the assigned one, or the colleague who took the call over.
    const employee = await trx('employees').where({ id: call.employeeId }).first('tax_id');
    const actor: Actor = { kind: 'employee', taxId: employee.tax_id, employeeId: call.employeeId, municipalityId: appt.municipality_id, isAdmin: false };
    await recordEvent(trx, appt.id, 'identity_check', actor, appt.version, { outcome: input.outcome, documentType: input.documentType }, now);
    await auditCall(trx, ip, call, 'identity_check_result', { outcome: input.outcome, documentType: input.documentType, checkId: row.id });
    const next = { ...s, identityCheck: statusAfterCheck(input.outcome) };
    // The step is over, whatever its outcome: everyone receives the call again.
    await applyToConnected(deps, call, trx, next, (role) => !seesIdentityDocument(role, appt.interpretation));
    return next;
  });
  await broadcastState(deps, call, state);
  return { id: checkId, outcome: input.outcome, recordedAt: now.toISOString(), state: presentState(call, state) };
}
