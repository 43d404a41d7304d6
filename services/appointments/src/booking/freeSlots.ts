import { computeFreeSlots, type InterpretationKind, nearestSlots, type Resource, type Slot } from '@muni/domain';
import { employeeResources, interpreterResources, interpretersFor, qualifiedEmployees } from '@muni/db';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import type { BookingContext } from './context';

export interface SlotRequest {
  from: string; // local YYYY-MM-DD
  to: string;
  now: Date;
  employeeId?: string | null;
  interpretation?: InterpretationKind | null;
  excludeAppointmentId?: string;
  /** Ignore existing appointments: what the schedule offers at all. */
  scheduleOnly?: boolean;
}

/** Free slots for a booking context, read from the database and computed by the domain. */
export async function freeSlots(knex: Knex, ctx: BookingContext, req: SlotRequest): Promise<Slot[]> {
  const zone = ctx.municipality.time_zone;
  const window = {
    from: DateTime.fromISO(req.from, { zone }).startOf('day').toJSDate(),
    to: DateTime.fromISO(req.to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
    now: req.now,
    excludeAppointmentId: req.excludeAppointmentId,
  };
  let employees = await qualifiedEmployees(knex, ctx.municipality.id, ctx.topic.id, ctx.mode);
  if (req.employeeId) employees = employees.filter((e) => e.id === req.employeeId);
  const employeeRes = await employeeResources(knex, employees, window);
  let interpreterRes: Resource[] | undefined;
  if (req.interpretation) {
    const interpreters = await interpretersFor(knex, ctx.municipality.id, req.interpretation);
    interpreterRes = await interpreterResources(knex, interpreters, window);
  }
  if (req.scheduleOnly) {
    for (const r of [...employeeRes, ...(interpreterRes ?? [])]) r.busy = [];
  }
  return computeFreeSlots({
    now: req.now,
    from: req.from,
    to: req.to,
    timeZone: zone,
    durationMinutes: ctx.durationMinutes,
    bufferMinutes: ctx.municipality.buffer_minutes,
    minLeadMinutes: ctx.municipality.min_lead_minutes,
    bookingWindowDays: ctx.municipality.booking_window_days,
    openingHours: ctx.municipality.opening_hours,
    isClosedDay: ctx.isClosedDay,
    employees: employeeRes,
    interpreters: interpreterRes,
  });
}

export const localDate = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toISODate()!;

/** How far either side of a lost time the alternatives are looked for. */
const ALTERNATIVES_DAYS = 14;

/**
 * The free slots nearest to a lost time, earlier and later ones (see nearestSlots),
 * for a 409 answer. With `employeeId`, only that employee's.
 */
export async function nearestFreeSlots(
  knex: Knex,
  ctx: BookingContext,
  around: Date,
  req: Omit<SlotRequest, 'from' | 'to'>,
): Promise<{ start: string; end: string }[]> {
  const zone = ctx.municipality.time_zone;
  const day = DateTime.fromISO(localDate(around, zone), { zone });
  const today = localDate(req.now, zone);
  const earliest = day.minus({ days: ALTERNATIVES_DAYS }).toISODate()!;
  const from = earliest > today ? earliest : today;
  const to = day.plus({ days: ALTERNATIVES_DAYS }).toISODate()!;
  if (to < from) return [];
  const slots = await freeSlots(knex, ctx, { ...req, from, to });
  return nearestSlots(slots, around).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() }));
}
