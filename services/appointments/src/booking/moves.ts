import { nextStatus, type Slot } from '@muni/domain';
import type { AppointmentRow, MunicipalityRow, TopicRow } from '@muni/db';
import type { Knex } from 'knex';
import type { BookingContext } from './context';
import { recordEvent } from './history';

/** Who the history names: the caller, or the person served through their manage link. */
type HistoryActor = Parameters<typeof recordEvent>[3];
import { createJoinLinks } from './joinLinks';
import { enqueueNotifications, type StaffChangeMail } from './outbox';
import { reserveWith, type SlotWish } from './reserve';

/**
 * The effects of moving or cancelling one locked appointment, as one piece a
 * command writes inside its transaction: a new version, the join links of
 * that version, the history line and each recipient's e-mail. The caller
 * closes the old call's room after commit (closeRoomFor) and audits.
 */

/**
 * Moves a locked appointment to `slot`: its own employee first when free
 * (`preferEmployeeId`), the exclusion constraints decide races. Null when the
 * slot was taken meanwhile.
 */
export async function writeMove(
  trx: Knex.Transaction,
  linkSecret: string,
  actor: HistoryActor,
  appt: AppointmentRow,
  ctx: BookingContext,
  slot: Slot,
  wish: SlotWish,
  now: Date,
  opts: { mail?: StaffChangeMail; details?: Record<string, unknown> } = {},
): Promise<AppointmentRow | null> {
  const busyUntil = new Date(slot.end.getTime() + ctx.municipality.buffer_minutes * 60_000);
  const moved = await reserveWith(
    trx,
    ctx,
    slot,
    wish,
    now,
    async (sp, employeeId, interpreterId) => {
      const [row] = await sp<AppointmentRow>('appointments')
        .where({ id: appt.id })
        .update({ starts_at: slot.start, ends_at: slot.end, busy_until: busyUntil, employee_id: employeeId, interpreter_id: interpreterId, version: appt.version + 1, updated_at: now })
        .returning('*');
      return row!;
    },
    appt.employee_id,
    appt.interpreter_id, // the same interpreter too, when free at the new time
  );
  if (!moved) return null;
  await createJoinLinks(trx, moved, linkSecret);
  const details = { from: appt.starts_at.toISOString(), to: moved.starts_at.toISOString(), employeeChanged: moved.employee_id !== appt.employee_id, ...opts.details };
  await recordEvent(trx, appt.id, 'rescheduled', actor, moved.version, details, now);
  await enqueueNotifications(trx, 'rescheduled', moved, ctx.municipality, ctx.topic, now, appt, opts.mail);
  return moved;
}

/** Cancels a locked appointment: the exclusion constraints ignore it from now on. */
export async function writeCancel(
  trx: Knex.Transaction,
  actor: HistoryActor,
  appt: AppointmentRow,
  place: { municipality: MunicipalityRow; topic: TopicRow },
  now: Date,
  opts: { mail?: StaffChangeMail; details?: Record<string, unknown> } = {},
): Promise<AppointmentRow> {
  nextStatus(appt.status, 'cancel');
  const [row] = await trx<AppointmentRow>('appointments')
    .where({ id: appt.id })
    .update({ status: 'cancelled', cancelled_at: now, version: appt.version + 1, updated_at: now })
    .returning('*');
  await recordEvent(trx, appt.id, 'cancelled', actor, row!.version, opts.details ?? {}, now);
  await enqueueNotifications(trx, 'cancelled', row!, place.municipality, place.topic, now, undefined, opts.mail);
  return row!;
}
