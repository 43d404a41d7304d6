import type { InterpretationKind, Mode } from '@muni/domain';
import { listMunicipalities, listTopics, qualifiedEmployees } from '@muni/db';
import type { Knex } from 'knex';
import { assertSpecialRequirements, type BookingContext, loadBookingContext, topicDuration } from '../booking/context';
import { freeSlots } from '../booking/freeSlots';
import { cachedFreeSlots } from '../booking/freeTimesCache';
import { assertJoined } from '../booking/takesBookings';

// The public catalogue: municipalities, their topics, employees and free times. Anyone may read it.

/** Only active municipalities: one still joining or deactivated is not offered. */
export const publicMunicipalities = (knex: Knex) => listMunicipalities(knex).where({ status: 'active' });

/** A municipality's active topics (for a mode), each with its length per mode; none for an unknown or non-active municipality. */
export async function publicTopics(knex: Knex, municipalityId: string, mode?: Mode) {
  const municipality = await knex('municipalities').where({ id: municipalityId, status: 'active' }).first('durations');
  if (!municipality) return [];
  const rows = await listTopics(knex, municipalityId, mode);
  return rows.map((t) => ({ ...t, durationByMode: Object.fromEntries(t.modes.map((m) => [m, topicDuration(t, municipality, m)])) as Partial<Record<Mode, number>> }));
}

/** Employees a citizen may ask for: those who handle the topic in that mode. */
export const requestableEmployees = (knex: Knex, municipalityId: string, topicId: string, mode: Mode) => qualifiedEmployees(knex, municipalityId, topicId, mode);

export interface SlotsQuery {
  topicId: string;
  mode: Mode;
  from: string;
  to: string;
  employeeId?: string;
  interpretation?: InterpretationKind | null;
}

/** Free times of a topic and mode in the municipality's zone, with what the page needs to show them. */
export async function publicSlots(knex: Knex, now: Date, municipalityId: string, q: SlotsQuery) {
  const check = (booking: BookingContext) => {
    // A deactivated municipality's free times still serve moving its booked appointments.
    assertJoined(booking.municipality);
    // Asked by phone with interpreting: told at once that it is not offered, not shown times it could never book.
    assertSpecialRequirements(booking, { interpretation: q.interpretation ?? null, thirdPerson: null });
  };
  if (!q.interpretation) {
    // The common question, answered from memory while nothing changed (freeTimesCache).
    const { ctx, slots } = await cachedFreeSlots(knex, { municipalityId, topicId: q.topicId, mode: q.mode, from: q.from, to: q.to, now, employeeId: q.employeeId }, check);
    return { timeZone: ctx.municipality.time_zone, durationMinutes: ctx.durationMinutes, slots };
  }
  const booking = await loadBookingContext(knex, { municipalityId, topicId: q.topicId, mode: q.mode });
  check(booking);
  const slots = await freeSlots(knex, booking, { from: q.from, to: q.to, now, employeeId: q.employeeId, interpretation: q.interpretation });
  return { timeZone: booking.municipality.time_zone, durationMinutes: booking.durationMinutes, slots };
}
