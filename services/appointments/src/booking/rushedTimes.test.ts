// A rush on one time: as many bookings as free employees, everyone else the
// 409 with other times, and a time given back is bookable again at once, also
// through another API process (its own pool) that had answered "taken".
import { type AppointmentRow, createKnex } from '@muni/db';
import type { BookingInput } from '@muni/domain';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Requester } from '../actor';
import { bookAppointment } from '../commands/bookAppointment';
import { cancelAppointment } from '../commands/changeAppointment';
import { AppError } from '../errors';
import { publicSlots } from '../queries/catalogue';
import { useAppTestKit, videoBookingFor } from '../testing';

// Monday 23 Nov 2026, 10:00 in Athens.
const kit = useAppTestKit('2026-11-23T08:00:00Z');
const TOPIC = 'Family status certificate';
let athens: { id: string; topicId: string };
let otherProcess: Knex;

beforeAll(async () => {
  await kit.deps.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false });
  const m = await kit.municipality('athens');
  athens = { id: m.id, topicId: m.topic(TOPIC) };
  const { connection } = kit.deps.knex.client.config as { connection: { connectionString: string } };
  otherProcess = createKnex(connection.connectionString, { max: 4 });
});

afterAll(async () => {
  await otherProcess?.destroy();
});

let taxIds = 100_000_000;
async function citizen(): Promise<Requester> {
  return { actor: await kit.citizen(String(taxIds++)), ip: '127.0.0.1' };
}

const booking = (start: Date): BookingInput => videoBookingFor(athens, start);

async function firstFreeTime(day: string) {
  const { slots } = await publicSlots(kit.deps.knex, kit.clock.now, athens.id, { topicId: athens.topicId, mode: 'video', from: day, to: day });
  return slots[0]!;
}

/** Books as a new citizen through the given pool: the booking, or the refusal. */
async function tryBooking(start: Date, knex: Knex = kit.deps.knex) {
  return bookAppointment({ ...kit.deps, knex }, await citizen(), booking(start)).then(
    (r) => r.appointment,
    (e: unknown) => {
      if (e instanceof AppError) return e;
      throw e;
    },
  );
}

describe('many people wishing one time at once', () => {
  it('books one per free employee, answers the rest with other times, and a time given back is bookable at once', async () => {
    const slot = await firstFreeTime('2026-11-24');
    const free = slot.employeeIds.length;
    expect(free).toBeGreaterThan(1);

    const results = await Promise.all(Array.from({ length: 4 * free + 3 }, () => tryBooking(slot.start)));
    const booked = results.filter((r): r is AppointmentRow => !(r instanceof AppError));
    const refused = results.filter((r): r is AppError => r instanceof AppError);
    expect(booked).toHaveLength(free);
    expect(new Set(booked.map((a) => a.employee_id)).size).toBe(free);
    for (const err of refused) {
      expect(err.code).toBe('slot_taken');
      expect((err.extra.alternatives as unknown[]).length).toBeGreaterThan(0);
    }

    // Asked again right away (the remembered answer), then one booking is cancelled: the next person gets that time.
    expect(await tryBooking(slot.start)).toMatchObject({ code: 'slot_taken' });
    const given = booked[0]!;
    await cancelAppointment(kit.deps, { actor: await kit.employee('athens'), ip: '127.0.0.1' }, given.id);
    const next = await tryBooking(slot.start);
    expect(next).not.toBeInstanceOf(AppError);
    expect(next).toMatchObject({ employee_id: given.employee_id, status: 'booked' });
  });

  it('another process that answered "taken" sees a cancellation made elsewhere at once', async () => {
    const slot = await firstFreeTime('2026-11-25');
    const booked: AppointmentRow[] = [];
    for (const _ of slot.employeeIds) {
      const b = await tryBooking(slot.start);
      if (b instanceof AppError) throw b;
      booked.push(b);
    }

    // The other process learns the time is taken, twice (the second answer is the remembered one).
    expect(await tryBooking(slot.start, otherProcess)).toMatchObject({ code: 'slot_taken' });
    expect(await tryBooking(slot.start, otherProcess)).toMatchObject({ code: 'slot_taken' });

    const given = booked[1]!;
    await cancelAppointment(kit.deps, { actor: await kit.employee('athens'), ip: '127.0.0.1' }, given.id);
    expect(await tryBooking(slot.start, otherProcess)).toMatchObject({ employee_id: given.employee_id, status: 'booked' });
  });

  it('a retried booking (the same Idempotency-Key) of a time now taken gets its booking back, not the 409', async () => {
    const slot = await firstFreeTime('2026-11-26');
    const me = await citizen();
    const first = await bookAppointment(kit.deps, me, booking(slot.start), 'retry-key-1');
    for (const _ of slot.employeeIds.slice(1)) expect(await tryBooking(slot.start)).not.toBeInstanceOf(AppError);
    expect(await tryBooking(slot.start)).toMatchObject({ code: 'slot_taken' }); // the time is now known taken

    const again = await bookAppointment(kit.deps, me, booking(slot.start), 'retry-key-1');
    expect(again).toMatchObject({ replayed: true, appointment: { id: first.appointment.id } });
  });
});
