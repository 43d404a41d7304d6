import { computeFreeSlots, type InterpretationKind, nearestSlots, type Resource, type Slot, type SlotQuery } from '@muni/domain';
import { type EmployeeRow, employeeResourcesUntil, interpreterResources, interpretersFor, qualifiedEmployees } from '@muni/db';
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
  const { q } = await slotQuery(knex, ctx, req);
  return computeFreeSlots(req.scheduleOnly ? scheduleOnly(q) : q);
}

/**
 * The free slots and until when (epoch ms) they stay so without any write:
 * the first expiry of an employee's hold read (Infinity: none). For caching;
 * interpreters' holds are not counted, so not for interpretation.
 */
export async function freeSlotsUntil(
  knex: Knex,
  ctx: BookingContext,
  req: Omit<SlotRequest, 'interpretation' | 'scheduleOnly'>,
  qualified?: EmployeeRow[],
): Promise<{ slots: Slot[]; until: number }> {
  const { q, firstHoldExpiry } = await slotQuery(knex, ctx, req, qualified);
  return { slots: computeFreeSlots(q), until: firstHoldExpiry };
}

/**
 * The free slots and, from the same reads, what the schedule offers at all
 * (computed only when asked): telling a taken time from one never offered
 * needs no second trip to the database.
 */
export async function freeAndScheduledSlots(knex: Knex, ctx: BookingContext, req: Omit<SlotRequest, 'scheduleOnly'>): Promise<{ free: Slot[]; scheduled: () => Slot[] }> {
  const { q } = await slotQuery(knex, ctx, req);
  return { free: computeFreeSlots(q), scheduled: () => computeFreeSlots(scheduleOnly(q)) };
}

/** The same question with everyone's appointments left out. */
const scheduleOnly = (q: SlotQuery): SlotQuery => ({
  ...q,
  employees: q.employees.map((r) => ({ ...r, busy: [] })),
  interpreters: q.interpreters?.map((r) => ({ ...r, busy: [] })),
});

/** `qualified`: the topic's qualified employees when the caller already has them (qualifiedEmployees). */
async function slotQuery(knex: Knex, ctx: BookingContext, req: SlotRequest, qualified?: EmployeeRow[]): Promise<{ q: SlotQuery; firstHoldExpiry: number }> {
  const zone = ctx.municipality.time_zone;
  const window = {
    from: DateTime.fromISO(req.from, { zone }).startOf('day').toJSDate(),
    to: DateTime.fromISO(req.to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
    now: req.now,
    excludeAppointmentId: req.excludeAppointmentId,
  };
  let employees = qualified ?? (await qualifiedEmployees(knex, ctx.municipality.id, ctx.topic.id, ctx.mode));
  if (req.employeeId) employees = employees.filter((e) => e.id === req.employeeId);
  const { resources: employeeRes, firstHoldExpiry } = await employeeResourcesUntil(knex, employees, window);
  let interpreterRes: Resource[] | undefined;
  if (req.interpretation) {
    const interpreters = await interpretersFor(knex, ctx.municipality.id, req.interpretation);
    interpreterRes = await interpreterResources(knex, interpreters, window);
  }
  const q: SlotQuery = {
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
  };
  return { q, firstHoldExpiry };
}

export const localDate = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toISODate()!;

/** How far either side of a lost time the alternatives are looked for. */
const ALTERNATIVES_DAYS = 14;
/**
 * Days either side tried in turn: a lost time nearly always has enough free
 * ones within a day or a few, and a month's availability per lost race was
 * most of the cost of a rush of bookings. The answer is the same as over the
 * whole ±14 days: a smaller window is used only when it already holds the
 * nearest ones on both sides.
 */
const ALTERNATIVES_STEPS = [1, 4, ALTERNATIVES_DAYS];
const PER_SIDE = 3;

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
  for (const days of ALTERNATIVES_STEPS) {
    const { from, to, today } = nearWindow(ctx, around, req.now, days);
    const whole = days === ALTERNATIVES_DAYS;
    if (to < from) {
      if (whole) return [];
      continue;
    }
    const nearest = nearestWithin(await freeSlots(knex, ctx, { ...req, from, to }), around, from === today, whole);
    if (nearest) return nearest;
  }
  return [];
}

/** Local days `days` either side of `around`, not before today. */
export function nearWindow(ctx: BookingContext, around: Date, now: Date, days = ALTERNATIVES_STEPS[0]!) {
  const zone = ctx.municipality.time_zone;
  const day = DateTime.fromISO(localDate(around, zone), { zone });
  const today = localDate(now, zone);
  const earliest = day.minus({ days }).toISODate()!;
  return { from: earliest > today ? earliest : today, to: day.plus({ days }).toISODate()!, today };
}

/**
 * The nearest free slots to `around` (see nearestSlots) among those of a
 * window, or undefined when a wider window could hold nearer ones: fewer
 * than wanted on a side the window cuts short. `fromToday`: nothing earlier
 * than the window can be offered; `whole`: the widest window, take what it has.
 */
export function nearestWithin(slots: Slot[], around: Date, fromToday: boolean, whole = false): { start: string; end: string }[] | undefined {
  const at = around.getTime();
  const before = slots.filter((s) => s.start.getTime() < at).length;
  const after = slots.filter((s) => s.start.getTime() > at).length;
  const enough = (before >= PER_SIDE || fromToday) && after >= 2 * PER_SIDE - Math.min(PER_SIDE, before);
  if (!whole && !enough) return undefined;
  return nearestSlots(slots, around, PER_SIDE).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() }));
}
