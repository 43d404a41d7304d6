import { assertChangeAllowed, nextStatus } from '@muni/domain';
import { Appointment, type AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import type { Actor, Requester } from '../actor';
import { audit } from '../audit';
import { closeRoomFor } from '../call/closeRoom';
import { loadBookingContext } from '../booking/context';
import { recordEvent } from '../booking/history';
import { createJoinLinks } from '../booking/joinLinks';
import { enqueueNotifications } from '../booking/outbox';
import { writeCancel, writeMove } from '../booking/moves';
import { findOfferedSlot, slotTakenError } from '../booking/reserve';
import type { EffectDeps } from '../deps';
import { conflict, ruleBroken } from '../errors';
import { assertManageLinkCurrent, unknownManageLink } from '../booking/manageLinks';
import { assertAppointmentAccess, requireStaff } from '../policies';

/**
 * How the caller reaches the appointment: through their session (its owner or
 * staff of its municipality), or with the person served's manage link of one
 * version (see booking/manageLinks.ts), which gives a citizen's rights.
 */
export type ChangeAccess = { via: 'session' } | { via: 'manage_link'; version: number };
const SESSION: ChangeAccess = { via: 'session' };

/**
 * Citizens may change their own appointments until the municipality's cut-off,
 * with their session or their manage link; employees of the municipality at
 * any time before it ends.
 */
function assertCutoff(actor: Actor, access: ChangeAccess, appt: AppointmentRow, cutoffMinutes: number, now: Date) {
  if (actor.kind === 'citizen' || access.via === 'manage_link') assertChangeAllowed(appt.starts_at, now, cutoffMinutes);
}

/**
 * Locks the appointment for the change: only its owner or staff of its
 * municipality find it, or a manage link of its current version.
 */
async function lockForChange(trx: Knex.Transaction, by: Requester, id: string, access: ChangeAccess = SESSION): Promise<AppointmentRow> {
  if (access.via === 'session' && by.actor.kind === 'anonymous') return assertAppointmentAccess(by.actor, undefined);
  const row = await trx<AppointmentRow>('appointments').where({ id }).whereNot('status', 'held').forUpdate().first();
  if (access.via === 'session') return assertAppointmentAccess(by.actor, row);
  if (!row) throw unknownManageLink();
  assertManageLinkCurrent(row, access.version); // another change came first: this link is spent
  return row;
}

/** Who the appointment's history names: a change through the manage link is the person served's. */
const historyActor = (by: Requester, access: ChangeAccess) => (access.via === 'manage_link' ? ({ kind: 'manage_link' } as const) : by.actor);

/**
 * Staff changes and changes through a manage link go to the audit log (a
 * signed-in citizen's own are in the appointment's history).
 */
async function auditChange(knex: Knex, by: Requester, action: string, appt: AppointmentRow, details: Record<string, unknown> = {}, access: ChangeAccess = SESSION) {
  const subject = { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id };
  if (access.via === 'manage_link') await audit(knex, by, `manage_link_${action}`, details, subject);
  else if (by.actor.kind === 'employee') await audit(knex, by, action, details, subject);
}

/**
 * Moves an appointment. It keeps its employee: a time they are not free at is
 * refused (409 requested_employee_taken with their free times). Only when the
 * caller agreed to `anyEmployee` may it go to another free employee (its own
 * still first when free).
 */
export async function rescheduleAppointment(
  deps: EffectDeps,
  by: Requester,
  id: string,
  start: Date,
  opts: { anyEmployee?: boolean; access?: ChangeAccess } = {},
): Promise<AppointmentRow> {
  const now = deps.now();
  const actor = by.actor;
  const access = opts.access ?? SESSION;
  const moved = await deps.knex.transaction(async (trx) => {
    const appt = await lockForChange(trx, by, id, access);
    nextStatus(appt.status, 'reschedule');
    const ctx = await loadBookingContext(trx, { municipalityId: appt.municipality_id, topicId: appt.topic_id, mode: appt.mode });
    assertCutoff(actor, access, appt, ctx.municipality.change_cutoff_minutes, now);
    const keep = opts.anyEmployee ? null : appt.employee_id;
    const wish = { start, interpretation: appt.interpretation, excludeAppointmentId: appt.id, requestedEmployeeId: keep, employeeIs: 'current' as const };
    const slot = await findOfferedSlot(trx, ctx, wish, now);
    const moved = await writeMove(trx, deps.linkSecret, historyActor(by, access), appt, ctx, slot, wish, now);
    if (!moved) throw await slotTakenError(trx, ctx, wish, now);
    await auditChange(trx, by, 'reschedule', moved, {}, access);
    return moved;
  });
  await closeRoomFor(deps, moved); // the old time's call ends
  return moved;
}

/** Cancels and frees the slot (the exclusion constraints ignore cancelled rows). */
export async function cancelAppointment(deps: EffectDeps, by: Requester, id: string, reason?: string, access: ChangeAccess = SESSION): Promise<AppointmentRow> {
  const now = deps.now();
  const actor = by.actor;
  const cancelled = await deps.knex.transaction(async (trx) => {
    const appt = await lockForChange(trx, by, id, access);
    nextStatus(appt.status, 'cancel');
    const graph = await Appointment.fetchGraph(appt, '[municipality, topic]', { transaction: trx });
    const municipality = graph.municipality!;
    const topic = graph.topic!;
    assertCutoff(actor, access, appt, municipality.change_cutoff_minutes, now);
    const row = await writeCancel(trx, historyActor(by, access), appt, { municipality, topic }, now, { details: reason ? { reason } : {} });
    await auditChange(trx, by, 'cancel', row, {}, access);
    return row;
  });
  await closeRoomFor(deps, cancelled);
  return cancelled;
}

/** Employee closes an appointment as completed or no-show. */
export async function finishAppointment(deps: EffectDeps, by: Requester, id: string, outcome: 'complete' | 'mark_no_show'): Promise<AppointmentRow> {
  requireStaff(by.actor);
  const now = deps.now();
  const actor = by.actor;
  return deps.knex.transaction(async (trx) => {
    const appt = await lockForChange(trx, by, id);
    const status = nextStatus(appt.status, outcome);
    if (appt.starts_at > now) {
      throw ruleBroken('not_started', 'Το ραντεβού δεν έχει αρχίσει ακόμη.', 'The appointment has not started yet.');
    }
    const [row] = await trx<AppointmentRow>('appointments').where({ id }).update({ status, version: appt.version + 1, updated_at: now }).returning('*');
    await recordEvent(trx, id, status, actor, row!.version, {}, now);
    await auditChange(trx, by, outcome, row!);
    return row!;
  });
}

/** Hands an appointment to a colleague who handles the topic and is free then. */
export async function reassignAppointment(deps: EffectDeps, by: Requester, id: string, employeeId: string): Promise<AppointmentRow> {
  requireStaff(by.actor);
  const now = deps.now();
  const actor = by.actor;
  const reassigned = await deps.knex.transaction(async (trx) => {
    const appt = await lockForChange(trx, by, id);
    nextStatus(appt.status, 'reassign');
    const ctx = await loadBookingContext(trx, { municipalityId: appt.municipality_id, topicId: appt.topic_id, mode: appt.mode });
    const wish = { start: appt.starts_at, interpretation: appt.interpretation, excludeAppointmentId: appt.id };
    const slot = await findOfferedSlot(trx, ctx, wish, new Date(Math.min(now.getTime(), appt.starts_at.getTime() - ctx.municipality.min_lead_minutes * 60_000)));
    if (!slot.employeeIds.includes(employeeId)) {
      throw conflict('employee_busy', 'Ο συνάδελφος δεν είναι διαθέσιμος εκείνη την ώρα ή δεν χειρίζεται αυτή την υπηρεσία.', 'That colleague is not free at that time or does not handle this service.', { field: 'employeeId' });
    }
    const [row] = await trx<AppointmentRow>('appointments').where({ id }).update({ employee_id: employeeId, version: appt.version + 1, updated_at: now }).returning('*');
    await recordEvent(trx, id, 'reassigned', actor, row!.version, { from: appt.employee_id, to: employeeId }, now);
    // A new version: new join links and reminders, and the citizen hears of the change.
    await createJoinLinks(trx, row!, deps.linkSecret);
    await enqueueNotifications(trx, 'rescheduled', row!, ctx.municipality, ctx.topic, now, appt);
    await auditChange(trx, by, 'reassign', row!, { to: employeeId });
    return row!;
  });
  // The previous employee's call ends with their link (a new version and a new room).
  await closeRoomFor(deps, reassigned);
  return reassigned;
}
