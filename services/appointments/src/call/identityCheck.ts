import type { Actor } from '../actor';
import { recordEvent } from '../booking/history';
import { auditCall } from './callAudit';
import { broadcastState, type CallDeps, presentState } from './callDeps';
import { checklistProblem, type IdentityCheckOutcome, seesIdentityDocument, statusAfterCheck } from './callRules';
import { changeCallState } from './callState';
import { applyToConnected } from './grants';
import { assertEmployee } from './moderation';
import type { LinkedCall } from './links';
import { conflict, ruleBroken } from '../errors';

export interface IdentityCheckInput {
  documentType: 'id_card' | 'passport' | 'residence_permit' | 'driving_licence';
  checklist: { front: boolean; back: boolean; securityFeatures: boolean; faceMatch: boolean };
  outcome: IdentityCheckOutcome;
  reason?: string;
}

/**
 * The identity step (article 3 of the decree) starts: every screen shows it,
 * and the server withholds all media from whoever may not see the document
 * (see seesIdentityDocument) until the result is recorded.
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
  return { state: presentState(call, state) };
}

/**
 * The employee's record of the check: document type, checklist, outcome, and a
 * reason when it failed. Who and when are stored; images never are.
 */
export async function recordIdentityCheck(deps: CallDeps, call: LinkedCall, input: IdentityCheckInput, ip: string) {
  assertEmployee(call);
  const missing = checklistProblem(input.outcome, input.checklist);
  if (missing) {
    throw ruleBroken('checklist_incomplete', `Για επιβεβαίωση πρέπει να ελεγχθούν όλα τα σημεία (λείπουν: ${missing}).`, `To verify, every point must be checked (missing: ${missing}).`, { field: 'checklist' });
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
