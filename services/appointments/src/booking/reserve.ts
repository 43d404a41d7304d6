import type { InterpretationKind, Slot } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import { isExclusionViolation } from '../pgErrors';
import { rankCandidates } from './assign';
import type { BookingContext } from './context';
import { freeSlots, localDate, nextFreeSlots } from './freeSlots';
import { AppError, conflict, ruleBroken } from '../errors';

export interface SlotWish {
  start: Date;
  interpretation: InterpretationKind | null;
  requestedEmployeeId?: string | null;
  /** The appointment being moved: its own time does not count as busy. */
  excludeAppointmentId?: string;
}

/** The slot at `start` if the schedule offers it and someone is free; 409 or 422 otherwise. */
export async function findOfferedSlot(knex: Knex, ctx: BookingContext, wish: SlotWish, now: Date): Promise<Slot> {
  const day = localDate(wish.start, ctx.municipality.time_zone);
  const request = { from: day, to: day, now, interpretation: wish.interpretation, excludeAppointmentId: wish.excludeAppointmentId };
  const free = (await freeSlots(knex, ctx, request)).find((s) => s.start.getTime() === wish.start.getTime());
  if (free) return free;
  const scheduled = (await freeSlots(knex, ctx, { ...request, scheduleOnly: true })).some((s) => s.start.getTime() === wish.start.getTime());
  if (scheduled) throw await slotTakenError(knex, ctx, wish, now);
  throw ruleBroken('slot_not_offered',
    'Η ώρα αυτή δεν διατίθεται: είναι εκτός ωραρίου, σε αργία, πολύ σύντομα ή πέρα από το διάστημα κρατήσεων. Επιλέξτε μία από τις ελεύθερες ώρες.',
    'This time is not offered: it is outside opening hours, on a holiday, too soon or beyond the booking window. Please pick one of the free times.',
    { field: 'start' },
  );
}

export async function slotTakenError(knex: Knex, ctx: BookingContext, wish: SlotWish, now: Date): Promise<AppError> {
  const nextSlots = await nextFreeSlots(knex, ctx, wish.start, { now, interpretation: wish.interpretation, excludeAppointmentId: wish.excludeAppointmentId });
  return conflict('slot_taken',
    'Η ώρα που επιλέξατε μόλις κλείστηκε από άλλον. Επιλέξτε μία από τις επόμενες ελεύθερες ώρες.',
    'The time you picked has just been taken. Please choose one of the next free times.',
    { field: 'start', nextSlots },
  );
}

/** Holds whose time ran out still sit in the exclusion constraint's way: remove those of the slot's people. */
export async function releaseExpiredHolds(trx: Knex.Transaction, slot: Slot, now: Date): Promise<void> {
  await trx('appointments')
    .where({ status: 'held' })
    .where('hold_expires_at', '<=', now)
    .where((b) => {
      b.whereIn('employee_id', slot.employeeIds);
      if (slot.interpreterIds.length) b.orWhereIn('interpreter_id', slot.interpreterIds);
    })
    .delete();
}

type Write = (trx: Knex.Transaction, employeeId: string, interpreterId: string | null) => Promise<AppointmentRow>;

/**
 * Tries the slot's free employees (and interpreters) in policy order; the
 * exclusion constraints decide races. Each try runs in a savepoint so a lost
 * race leaves the transaction usable. Null when everyone was taken meanwhile.
 */
export async function reserveWith(
  trx: Knex.Transaction,
  ctx: BookingContext,
  slot: Slot,
  wish: SlotWish,
  now: Date,
  write: Write,
  preferEmployeeId?: string | null,
): Promise<AppointmentRow | null> {
  const window = { from: now, to: new Date(now.getTime() + ctx.municipality.booking_window_days * 86_400_000) };
  const employees = await rankCandidates(trx, 'employees', slot.employeeIds, window, preferEmployeeId ?? wish.requestedEmployeeId);
  const interpreters: (string | null)[] = wish.interpretation
    ? await rankCandidates(trx, 'interpreters', slot.interpreterIds, window)
    : [null];
  const takenInterpreters = new Set<string>();
  for (const employeeId of employees) {
    for (const interpreterId of interpreters) {
      if (interpreterId && takenInterpreters.has(interpreterId)) continue;
      try {
        return await trx.transaction((sp) => write(sp, employeeId, interpreterId));
      } catch (err) {
        if (isExclusionViolation(err, 'appointments_no_interpreter_overlap') && interpreterId) {
          takenInterpreters.add(interpreterId);
          continue;
        }
        if (isExclusionViolation(err, 'appointments_no_employee_overlap')) break;
        throw err;
      }
    }
  }
  return null;
}

/** Inserts a new row (booking or hold) for the slot. */
export function reserve(
  trx: Knex.Transaction,
  ctx: BookingContext,
  slot: Slot,
  wish: SlotWish,
  now: Date,
  columns: Record<string, unknown>,
): Promise<AppointmentRow | null> {
  const busyUntil = new Date(slot.end.getTime() + ctx.municipality.buffer_minutes * 60_000);
  return reserveWith(trx, ctx, slot, wish, now, async (sp, employeeId, interpreterId) => {
    const [row] = await sp<AppointmentRow>('appointments')
      .insert({
        municipality_id: ctx.municipality.id,
        topic_id: ctx.topic.id,
        mode: ctx.mode,
        employee_id: employeeId,
        interpreter_id: interpreterId,
        interpretation: interpreterId ? wish.interpretation : null,
        starts_at: slot.start,
        ends_at: slot.end,
        busy_until: busyUntil,
        created_at: now,
        updated_at: now,
        ...columns,
      })
      .returning('*');
    return row!;
  });
}
