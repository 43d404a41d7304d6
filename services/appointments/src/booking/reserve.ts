import type { InterpretationKind, Slot } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import { isClosedTime, isDeadlock, isExclusionViolation } from '../pgErrors';
import { rankCandidates } from './assign';
import type { BookingContext } from './context';
import type { LostTime } from './rushedTimes';
import { freeAndScheduledSlots, freeSlots, localDate, nearestFreeSlots, nearestWithin, nearWindow } from './freeSlots';
import { AppError, conflict, ruleBroken } from '../errors';

export interface SlotWish {
  start: Date;
  interpretation: InterpretationKind | null;
  /** This employee or nobody: honoured or refused with their free times (409), never swapped for another. */
  requestedEmployeeId?: string | null;
  /** Whose employee that is, for the refusal's words: asked for at booking, or the appointment's own when it moves. */
  employeeIs?: 'requested' | 'current';
  /** The appointment being moved: its own time does not count as busy. */
  excludeAppointmentId?: string;
}

/**
 * A wished time lost inside a transaction: thrown there, and answered with the
 * 409 and its alternatives only once the transaction has ended (answerLostSlot),
 * so that looking for other times holds neither its connection nor its locks.
 */
export class SlotLost extends Error {
  constructor(
    /** The nearest free times, when the transaction's own reads already had them. */
    readonly alternatives?: { start: string; end: string }[],
    /** Nobody was free: the employees the schedule offers at the time, all found busy (see rushedTimes.ts). */
    readonly taken?: LostTime,
  ) {
    super('the wished time was taken');
  }
}

/**
 * Runs `work` (a transaction), turning a SlotLost out of it into the 409 with
 * the nearest free times. The transaction had let the caller's own hold go
 * (`holderKey`); its rollback brought it back, so the answer looks past it as
 * the transaction did: otherwise the caller's own hold would hide a colleague
 * free at that time ("any employee") and its neighbouring times.
 */
export async function answerLostSlot<T>(
  knex: Knex,
  ctx: BookingContext,
  wish: SlotWish,
  now: Date,
  work: () => Promise<T>,
  holderKey?: string,
  /** Told who the time went to, when nobody at all was free, before the 409 is thrown. */
  onTaken?: (taken: LostTime) => void,
): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof SlotLost)) throw err;
    if (err.taken) onTaken?.(err.taken);
    if (err.alternatives) throw slotTaken(err.alternatives);
    const ownHold = holderKey && !wish.excludeAppointmentId ? await knex('appointments').where({ status: 'held', holder_key: holderKey }).first('id') : undefined;
    throw await slotTakenError(knex, ctx, ownHold ? { ...wish, excludeAppointmentId: ownHold.id } : wish, now);
  }
}

/**
 * The slot at `start` if the schedule offers it and someone (the requested
 * employee, if any) is free; 409 or 422 otherwise. `lost: 'defer'` throws
 * SlotLost instead of the 409, for answerLostSlot to answer.
 */
export async function findOfferedSlot(knex: Knex, ctx: BookingContext, wish: SlotWish, now: Date, lost: 'answer' | 'defer' = 'answer'): Promise<Slot> {
  return (await findOfferedSlotOrLost(knex, ctx, wish, now, lost)).slot;
}

/**
 * findOfferedSlot, and the SlotLost to throw should everyone free in the slot
 * be taken meanwhile (by bookings committed or pending since the read): from
 * the same reads, so the 409 needs no search after the rollback.
 */
export async function findOfferedSlotOrLost(
  knex: Knex,
  ctx: BookingContext,
  wish: SlotWish,
  now: Date,
  lost: 'answer' | 'defer' = 'answer',
): Promise<{ slot: Slot; takenMeanwhile: () => SlotLost }> {
  // The day's neighbours are read too: a lost time is then answered with its nearest free times from the same reads.
  const near = nearWindow(ctx, wish.start, now);
  const slots = await freeAndScheduledSlots(knex, ctx, { ...near, now, interpretation: wish.interpretation, excludeAppointmentId: wish.excludeAppointmentId });
  const at = (list: Slot[]) => list.find((s) => s.start.getTime() === wish.start.getTime());
  const slotLost = (scheduled: Slot | undefined) => {
    const busyUntil = (s: Slot) => new Date(s.end.getTime() + ctx.municipality.buffer_minutes * 60_000);
    const taken = scheduled && { employeeIds: scheduled.employeeIds, start: scheduled.start, busyUntil: busyUntil(scheduled) };
    return new SlotLost(wish.requestedEmployeeId ? undefined : nearestWithin(slots.free, wish.start, near.from === near.today), taken);
  };
  const free = at(slots.free);
  if (free && (!wish.requestedEmployeeId || free.employeeIds.includes(wish.requestedEmployeeId))) {
    return { slot: free, takenMeanwhile: () => (wish.requestedEmployeeId ? new SlotLost() : slotLost(at(slots.scheduled()))) };
  }
  if (wish.interpretation && !free) await refuseWithoutInterpreter(knex, ctx, wish, now);
  const scheduled = free ?? at(slots.scheduled());
  if (scheduled && lost === 'defer') throw free ? new SlotLost() : slotLost(scheduled);
  if (scheduled) throw await slotTakenError(knex, ctx, wish, now);
  throw ruleBroken('slot_not_offered',
    'Η ώρα αυτή δεν διατίθεται: είναι εκτός ωραρίου, σε αργία, πολύ σύντομα ή πέρα από το διάστημα κρατήσεων. Επιλέξτε μία από τις ελεύθερες ώρες.',
    'This time is not offered: it is outside opening hours, on a holiday, too soon or beyond the booking window. Please pick one of the free times.',
    { field: 'start' },
  );
}

/**
 * The time is free (with the employee asked for, if any) but no interpreter of
 * the kind asked for is: said as such, with the nearest times one is free,
 * rather than "taken by someone else" or "not offered".
 */
async function refuseWithoutInterpreter(knex: Knex, ctx: BookingContext, wish: SlotWish, now: Date): Promise<void> {
  const withoutInterpreter = await freeSlotAt(knex, ctx, { ...wish, interpretation: null }, now);
  if (!withoutInterpreter || (wish.requestedEmployeeId && !withoutInterpreter.employeeIds.includes(wish.requestedEmployeeId))) return;
  const alternatives = await nearestFreeSlots(knex, ctx, wish.start, {
    now,
    employeeId: wish.requestedEmployeeId ?? null,
    interpretation: wish.interpretation,
    excludeAppointmentId: wish.excludeAppointmentId,
  });
  throw conflict('no_interpreter',
    'Αυτή την ώρα δεν είναι διαθέσιμος διερμηνέας. Επιλέξτε μία από τις πλησιέστερες ώρες με διερμηνέα.',
    'No interpreter is available at this time. Please choose one of the nearest times with an interpreter.',
    { field: 'start', alternatives },
  );
}

/** The slot at the wished time with everyone free then. */
async function freeSlotAt(knex: Knex, ctx: BookingContext, wish: SlotWish, now: Date): Promise<Slot | undefined> {
  const day = localDate(wish.start, ctx.municipality.time_zone);
  const slots = await freeSlots(knex, ctx, { from: day, to: day, now, interpretation: wish.interpretation, excludeAppointmentId: wish.excludeAppointmentId });
  return slots.find((s) => s.start.getTime() === wish.start.getTime());
}

const EMPLOYEE_TAKEN = {
  requested: [
    'Ο υπάλληλος που ζητήσατε δεν είναι ελεύθερος αυτή την ώρα. Επιλέξτε μία από τις ελεύθερες ώρες του ή κρατήστε την ίδια ώρα με όποιον υπάλληλο είναι διαθέσιμος.',
    'The employee you asked for is not free at this time. Choose one of their free times, or keep this time with any available employee.',
  ],
  current: [
    'Ο υπάλληλος του ραντεβού σας δεν είναι ελεύθερος τη νέα ώρα. Επιλέξτε μία από τις ελεύθερες ώρες του ή κρατήστε τη νέα ώρα με όποιον υπάλληλο είναι διαθέσιμος (τότε αλλάζει ο υπάλληλος).',
    "The appointment's employee is not free at the new time. Choose one of their free times, or keep the new time with any available employee (the employee then changes).",
  ],
} as const;

/**
 * The 409 for a time that cannot be had as wished, with the nearest free times
 * before and after it (`alternatives`). With a requested employee the times are
 * theirs, and when only that employee is busy the code is requested_employee_taken
 * with `anyEmployeeFree`: the caller may keep the time with someone else instead.
 */
export async function slotTakenError(knex: Knex, ctx: BookingContext, wish: SlotWish, now: Date): Promise<AppError> {
  const employeeId = wish.requestedEmployeeId ?? null;
  const alternatives = await nearestFreeSlots(knex, ctx, wish.start, { now, employeeId, interpretation: wish.interpretation, excludeAppointmentId: wish.excludeAppointmentId });
  if (employeeId) {
    const free = await freeSlotAt(knex, ctx, wish, now);
    if (free?.employeeIds.some((id) => id !== employeeId)) {
      const [el, en] = EMPLOYEE_TAKEN[wish.employeeIs ?? 'requested'];
      return conflict('requested_employee_taken', el, en, { field: 'start', alternatives, anyEmployeeFree: true });
    }
  }
  return slotTaken(alternatives);
}

const slotTaken = (alternatives: { start: string; end: string }[]) =>
  conflict('slot_taken',
    'Η ώρα που επιλέξατε μόλις κλείστηκε από άλλον. Επιλέξτε μία από τις πλησιέστερες ελεύθερες ώρες.',
    'The time you picked has just been taken. Please choose one of the nearest free times.',
    { field: 'start', alternatives },
  );

/** A held time that became closed (a closure or the employee's absence added meanwhile) cannot be booked. */
export const closedTimeError = () =>
  conflict('time_closed',
    'Η ώρα αυτή δεν διατίθεται πια: ο δήμος είναι κλειστός εκείνη την ημέρα ή ο υπάλληλος απουσιάζει. Επιλέξτε άλλη ώρα.',
    'This time is no longer available: the municipality is closed that day or the employee is away. Please pick another time.',
    { field: 'start' },
  );

/**
 * Holds whose time ran out still sit in the exclusion constraints' way: remove
 * those of the slot's people, in any municipality (one person, one timeline).
 */
export async function releaseExpiredHolds(trx: Knex.Transaction, slot: Slot, now: Date): Promise<void> {
  await trx('appointments')
    .where({ status: 'held' })
    .where('hold_expires_at', '<=', now)
    .where((b) => {
      b.whereIn('employee_person', trx('employees').whereIn('id', slot.employeeIds).select('tax_id'));
      b.orWhereIn('employee_id', slot.employeeIds);
      if (slot.interpreterIds.length) {
        b.orWhereIn('interpreter_person', trx('interpreters').whereIn('id', slot.interpreterIds).select('person_key'));
        b.orWhereIn('interpreter_id', slot.interpreterIds);
      }
    })
    .delete();
}

/** The employee (the record, or the person in another municipality) is booked then. */
const employeeTaken = (err: unknown) =>
  isExclusionViolation(err, 'appointments_no_employee_overlap') || isExclusionViolation(err, 'appointments_no_person_overlap');
/** The interpreter (the record, or the person registered elsewhere) is booked then. */
const interpreterTaken = (err: unknown) =>
  isExclusionViolation(err, 'appointments_no_interpreter_overlap') || isExclusionViolation(err, 'appointments_no_interpreter_person_overlap');

type Write = (trx: Knex.Transaction, employeeId: string, interpreterId: string | null) => Promise<AppointmentRow>;

/**
 * Tries the slot's free employees (and interpreters) in policy order; the
 * exclusion constraints decide races, also with another municipality's
 * booking of the same person. Each try runs in a savepoint so a lost
 * race leaves the transaction usable. A requested employee is the only one
 * tried; otherwise `preferEmployeeId` goes first when free (and
 * `preferInterpreterId` among the interpreters). Null when everyone
 * (or the requested employee) was taken meanwhile.
 *
 * Everyone racing for one time ranks the employees alike, so each would wait
 * on the first one's pending insert, then the second's, one after another.
 * An employee someone else is taking at this very time (their transaction
 * holds the claim below) is therefore passed over at first and tried only
 * after the others: concurrent bookings spread over the free employees
 * instead of queueing behind each other. The order still decides whenever
 * nobody else is booking that time.
 */
export async function reserveWith(
  trx: Knex.Transaction,
  ctx: BookingContext,
  slot: Slot,
  wish: SlotWish,
  now: Date,
  write: Write,
  preferEmployeeId?: string | null,
  preferInterpreterId?: string | null,
): Promise<AppointmentRow | null> {
  const window = { from: now, to: new Date(now.getTime() + ctx.municipality.booking_window_days * 86_400_000) };
  const requested = wish.requestedEmployeeId;
  const employees = requested
    ? slot.employeeIds.filter((id) => id === requested)
    : await rankCandidates(trx, 'employees', slot.employeeIds, window, preferEmployeeId);
  const interpreters: (string | null)[] = wish.interpretation
    ? await rankCandidates(trx, 'interpreters', slot.interpreterIds, window, preferInterpreterId)
    : [null];
  const takenInterpreters = new Set<string>();
  const tryEmployee = async (employeeId: string): Promise<AppointmentRow | null> => {
    for (const interpreterId of interpreters) {
      if (interpreterId && takenInterpreters.has(interpreterId)) continue;
      try {
        return await trx.transaction((sp) => write(sp, employeeId, interpreterId));
      } catch (err) {
        if (interpreterTaken(err) && interpreterId) {
          takenInterpreters.add(interpreterId);
          continue;
        }
        // Taken by someone else, closed or absent meanwhile (the trigger of 013_person_timeline), or a
        // deadlock between two inserters checking each other: this employee lost, the next may not.
        if (employeeTaken(err) || isClosedTime(err) || isDeadlock(err)) return null;
        throw err;
      }
    }
    return null;
  };
  const passedOver: string[] = [];
  for (const employeeId of employees) {
    if (employees.length > 1 && !(await claimTime(trx, employeeId, slot.start))) {
      passedOver.push(employeeId);
      continue;
    }
    const row = await tryEmployee(employeeId);
    if (row) return row;
  }
  for (const employeeId of passedOver) {
    const row = await tryEmployee(employeeId);
    if (row) return row;
  }
  return null;
}

/** Marks, until this transaction ends, that it is taking the employee at `start`; false when another transaction already is. */
async function claimTime(trx: Knex.Transaction, employeeId: string, start: Date): Promise<boolean> {
  const r = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0)) AS mine', [`reserve:${employeeId}:${start.toISOString()}`]);
  return r.rows[0].mine === true;
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
