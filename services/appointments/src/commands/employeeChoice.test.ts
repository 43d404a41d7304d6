// A requested employee is honoured or refused, never swapped; a moved appointment
// keeps its employee unless the caller agreed to any employee; a lost time is
// answered with the nearest free times on both sides of it.
import type { BookingInput } from '@muni/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Requester } from '../actor';
import { loadBookingContext } from '../booking/context';
import { freeSlots } from '../booking/freeSlots';
import { AppError } from '../errors';
import { publicSlots, requestableEmployees } from '../queries/catalogue';
import { useAppTestKit, videoBookingFor } from '../testing';
import { bookAppointment } from './bookAppointment';
import { rescheduleAppointment } from './changeAppointment';
import { holdSlot } from './holdSlot';

// Monday 23 Nov 2026, 10:00 in Athens.
const kit = useAppTestKit('2026-11-23T08:00:00Z');
const TOPIC = 'Family status certificate';
let athens: { id: string; topicId: string; georgiou: string };

beforeAll(async () => {
  // Citizens here book more than the per-citizen limits allow; those have their own tests.
  await kit.deps.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false });
  const m = await kit.municipality('athens');
  const topicId = m.topic(TOPIC);
  const staff = await requestableEmployees(kit.deps.knex, m.id, topicId, 'video');
  athens = { id: m.id, topicId, georgiou: staff.find((e) => e.full_name === 'Μαρία Γεωργίου')!.id };
});

/** Free video times of the topic on a day, everyone's or one employee's. */
async function freeTimes(day: string, employeeId?: string) {
  const { slots } = await publicSlots(kit.deps.knex, kit.clock.now, athens.id, { topicId: athens.topicId, mode: 'video', from: day, to: day, employeeId });
  return slots;
}

/** An employee's free times for moving an appointment (its own time does not count as busy). */
async function freeTimesToMove(day: string, employeeId: string, excludeAppointmentId: string) {
  const ctx = await loadBookingContext(kit.deps.knex, { municipalityId: athens.id, topicId: athens.topicId, mode: 'video' });
  const slots = await freeSlots(kit.deps.knex, ctx, { from: day, to: day, now: kit.clock.now, employeeId, excludeAppointmentId });
  return new Set(slots.map((s) => s.start.getTime()));
}

async function clerk(): Promise<Requester> {
  return { actor: await kit.employee('athens'), ip: '127.0.0.1' };
}

async function citizen(taxId: string): Promise<Requester> {
  return { actor: await kit.citizen(taxId), ip: '127.0.0.1' };
}

const booking = (start: Date, requestedEmployeeId: string | null): BookingInput => videoBookingFor(athens, start, requestedEmployeeId);

/** The refusal a call ends in (fails the test when it succeeds). */
async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const alternativesOf = (err: AppError) => (err.extra.alternatives as { start: string }[]).map((s) => new Date(s.start).getTime());
const bookedAt = (start: Date) => kit.deps.knex('appointments').where({ starts_at: start, status: 'booked' }).pluck('employee_id');

describe('a requested employee is honoured or refused, never swapped', () => {
  it('booking with an employee who is busy then is refused with their nearest times, and nobody else is booked', async () => {
    const day = '2026-11-24';
    const hers = await freeTimes(day, athens.georgiou);
    const lost = hers[4]!.start;
    const first = await bookAppointment(kit.deps, await clerk(), booking(lost, athens.georgiou));
    expect(first.appointment.employee_id).toBe(athens.georgiou);

    const err = await refusal(bookAppointment(kit.deps, await citizen('045123787'), booking(lost, athens.georgiou)));

    expect(err).toMatchObject({ kind: 'conflict', code: 'requested_employee_taken', extra: { anyEmployeeFree: true } });
    expect(err.messageEl).toMatch(/υπάλληλος που ζητήσατε/);
    expect(await bookedAt(lost)).toEqual([athens.georgiou]); // not handed to a colleague
    const stillHers = new Set((await freeTimes(day, athens.georgiou)).map((s) => s.start.getTime()));
    const offered = alternativesOf(err);
    expect(offered.length).toBeGreaterThan(0);
    for (const t of offered) expect(stillHers.has(t)).toBe(true);
    expect(offered.some((t) => t < lost.getTime())).toBe(true);
    expect(offered.some((t) => t > lost.getTime())).toBe(true);

    // Choosing "any employee" keeps the time with a colleague.
    const anyone = await bookAppointment(kit.deps, await citizen('045123787'), booking(lost, null));
    expect(anyone.appointment.employee_id).not.toBe(athens.georgiou);
  });

  it('a hold for an employee who is busy then is refused too and holds nobody else; one at their free time is theirs, and so is the booking', async () => {
    const day = '2026-11-25';
    const lost = (await freeTimes(day, athens.georgiou))[2]!.start;
    await bookAppointment(kit.deps, await clerk(), booking(lost, athens.georgiou));
    const who = await citizen('068933130');
    const holdAt = (start: Date) => holdSlot(kit.deps, who.actor, { municipalityId: athens.id, topicId: athens.topicId, mode: 'video', start, interpretation: null, requestedEmployeeId: athens.georgiou });

    const err = await refusal(holdAt(lost));

    expect(err).toMatchObject({ code: 'requested_employee_taken', extra: { anyEmployeeFree: true } });
    expect(await kit.deps.knex('appointments').where({ status: 'held', starts_at: lost }).pluck('id')).toEqual([]);

    const start = (await freeTimes(day, athens.georgiou))[6]!.start;
    const hold = await holdAt(start);
    expect(await kit.deps.knex('appointments').where({ id: hold.id }).first('employee_id')).toEqual({ employee_id: athens.georgiou });
    const { appointment } = await bookAppointment(kit.deps, who, { ...booking(start, athens.georgiou), holdId: hold.id });
    expect(appointment).toMatchObject({ id: hold.id, employee_id: athens.georgiou });
  });
});

describe('a lost time is answered with the nearest free times before and after it', () => {
  it('when everyone is taken at that time', async () => {
    const day = '2026-11-26';
    const all = await freeTimes(day);
    const full = all.find((s, i) => i > 0 && s.employeeIds.length === 3)!; // all three video employees free then
    for (let i = 0; i < 3; i++) await bookAppointment(kit.deps, await clerk(), booking(full.start, null));

    const err = await refusal(bookAppointment(kit.deps, await clerk(), booking(full.start, null)));

    expect(err).toMatchObject({ kind: 'conflict', code: 'slot_taken' });
    const offered = alternativesOf(err);
    expect(offered.some((t) => t < full.start.getTime())).toBe(true);
    expect(offered.some((t) => t > full.start.getTime())).toBe(true);
    expect(offered).toEqual([...offered].sort((a, b) => a - b));
    expect(offered).not.toContain(full.start.getTime());
  });
});

describe('a moved appointment keeps its employee', () => {
  it('moving to a time its employee is busy at is refused with their times; "any employee" may then change the employee', async () => {
    const day = '2026-11-27';
    const hers = await freeTimes(day, athens.georgiou);
    const owner = await citizen('028765436');
    const { appointment: mine } = await bookAppointment(kit.deps, owner, booking(hers[1]!.start, athens.georgiou));
    const busyAt = hers[5]!.start;
    await bookAppointment(kit.deps, await clerk(), booking(busyAt, athens.georgiou));

    for (const by of [owner, await clerk()]) {
      const err = await refusal(rescheduleAppointment(kit.deps, by, mine.id, busyAt));
      expect(err).toMatchObject({ code: 'requested_employee_taken', extra: { anyEmployeeFree: true } });
      expect(err.messageEl).toMatch(/υπάλληλος του ραντεβού σας/);
      const hersNow = await freeTimesToMove(day, athens.georgiou, mine.id);
      for (const t of alternativesOf(err)) expect(hersNow.has(t)).toBe(true);
    }
    expect(await kit.deps.knex('appointments').where({ id: mine.id }).first('employee_id', 'starts_at', 'version')).toEqual({ employee_id: athens.georgiou, starts_at: mine.starts_at, version: mine.version });

    // One of her free times: the move keeps her.
    const kept = await rescheduleAppointment(kit.deps, owner, mine.id, hers[3]!.start);
    expect(kept).toMatchObject({ employee_id: athens.georgiou, starts_at: hers[3]!.start });

    // "Any employee" still keeps her where she is free…
    const stays = await rescheduleAppointment(kit.deps, owner, mine.id, hers[2]!.start, { anyEmployee: true });
    expect(stays.employee_id).toBe(athens.georgiou);

    // …and where she is busy, the citizen who agreed to any employee gets the time with a colleague.
    const moved = await rescheduleAppointment(kit.deps, owner, mine.id, busyAt, { anyEmployee: true });
    expect(moved.starts_at).toEqual(busyAt);
    expect(moved.employee_id).not.toBe(athens.georgiou);
    const event = await kit.deps.knex('appointment_events').where({ appointment_id: mine.id, action: 'rescheduled' }).orderBy('version', 'desc').first('details');
    expect(event.details).toMatchObject({ employeeChanged: true });
  });
});
