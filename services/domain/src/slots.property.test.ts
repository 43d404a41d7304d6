// Property tests of the slot engine and of assignment: random municipalities
// (opening hours, employees with their own hours, absences, bookings,
// closures, buffers, lead times), asked on random days that include both of
// Athens' DST changes. Whatever fast-check finds, a slot is never outside the
// hours, never on a closed day, never overlaps what is booked; and booking
// slot after slot (assignment picking the employee) never double-books anyone.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { pickEmployee, type AssignmentCandidate } from './assignment';
import { makeClosedDayPredicate } from './holidays';
import { intersectWeeklyHours, normalizeRanges, WEEKDAYS, type TimeRange, type WeeklyHours } from './hours';
import { computeFreeSlots, type Interval, type Resource, type Slot, type SlotQuery } from './slots';

const TZ = 'Europe/Athens';
const MINUTE = 60_000;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 0–2 ranges on a 5-minute grid, any time of day (night hours reach the DST changes at 03:00/04:00). */
const dayRanges: fc.Arbitrary<TimeRange[]> = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 286 }), fc.integer({ min: 1, max: 60 })).map(([start, length]) => {
      const s = start * 5;
      return { start: hhmm(s), end: hhmm(Math.min(s + length * 5, 23 * 60 + 55)) };
    }),
    { maxLength: 2 },
  )
  .map((ranges) => normalizeRanges(ranges));

const weeklyHours: fc.Arbitrary<WeeklyHours> = fc.tuple(...WEEKDAYS.map(() => dayRanges)).map((days) =>
  Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]!])),
);

// Days around the spring (29 March 2026) and autumn (25 October 2026) changes, and ordinary ones.
const askedOn = fc.constantFrom('2026-03-27T08:00', '2026-03-28T23:30', '2026-10-23T10:00', '2026-10-24T22:00', '2026-06-10T12:00');

interface World {
  query: SlotQuery;
  closures: string[];
}

const world: fc.Arbitrary<World> = fc
  .record({
    now: askedOn,
    openingHours: weeklyHours,
    employeeHours: fc.array(fc.option(weeklyHours, { nil: null }), { minLength: 1, maxLength: 3 }),
    durationMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60, 90),
    bufferMinutes: fc.constantFrom(0, 5, 10, 15),
    stepMinutes: fc.option(fc.constantFrom(5, 10, 15, 30), { nil: undefined }),
    minLeadMinutes: fc.integer({ min: 0, max: 48 * 60 }),
    closureOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    // Busy and absent stretches as (day offset, start minute, length) triples per employee.
    blocked: fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1435 }), fc.integer({ min: 5, max: 300 })), { maxLength: 4 }), {
      minLength: 3,
      maxLength: 3,
    }),
  })
  .map((r) => {
    const now = DateTime.fromISO(r.now, { zone: TZ });
    const day = (offset: number) => now.startOf('day').plus({ days: offset });
    const closures = r.closureOffsets.map((o) => day(o).toISODate()!);
    const stretch = ([offset, start, length]: [number, number, number]): Interval => {
      const s = day(offset).plus({ minutes: start });
      return { start: s.toJSDate(), end: s.plus({ minutes: length }).toJSDate() };
    };
    const employees: Resource[] = r.employeeHours.map((hours, i) => {
      const own = r.blocked[i]!.map(stretch);
      return { id: `e${i}`, hours, absences: own.filter((_, k) => k % 2 === 0), busy: own.filter((_, k) => k % 2 === 1) };
    });
    const query: SlotQuery = {
      now: now.toJSDate(),
      from: now.toISODate()!,
      to: day(6).toISODate()!,
      timeZone: TZ,
      durationMinutes: r.durationMinutes,
      bufferMinutes: r.bufferMinutes,
      stepMinutes: r.stepMinutes,
      minLeadMinutes: r.minLeadMinutes,
      bookingWindowDays: 30,
      openingHours: r.openingHours,
      isClosedDay: makeClosedDayPredicate(closures.map((date) => ({ date, recurringYearly: false, reason: 'test' }))),
      employees,
    };
    return { query, closures };
  });

/**
 * Whether [start, end) lies inside one range of `hours` on its local day, comparing instants:
 * a range's wall-clock ends are the instants Luxon gives them on that date (on the spring
 * change a range ending at 03:00 ends at the instant the clocks jump to 04:00).
 */
function insideHours(hours: WeeklyHours, start: Date, end: Date): boolean {
  const day = DateTime.fromJSDate(start, { zone: TZ });
  const instant = (hm: string) => DateTime.fromISO(`${day.toISODate()}T${hm}`, { zone: TZ }).toMillis();
  return (hours[String(day.weekday) as (typeof WEEKDAYS)[number]] ?? []).some(
    (r) => instant(r.start) <= start.getTime() && end.getTime() <= instant(r.end),
  );
}

const overlaps = (a: Interval, b: Interval) => a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

function assertSlotIsBookable(q: SlotQuery, closures: string[], slot: Slot) {
  const local = DateTime.fromJSDate(slot.start, { zone: TZ });
  expect(closures, 'never on a closure').not.toContain(local.toISODate());
  expect(slot.end.getTime() - slot.start.getTime()).toBe(q.durationMinutes * MINUTE);
  expect(slot.start.getTime(), 'never before the lead time').toBeGreaterThanOrEqual(q.now.getTime() + q.minLeadMinutes * MINUTE);
  expect(slot.employeeIds.length).toBeGreaterThan(0);
  const occupied = { start: slot.start, end: new Date(slot.end.getTime() + q.bufferMinutes * MINUTE) };
  for (const id of slot.employeeIds) {
    const e = q.employees.find((x) => x.id === id)!;
    const hours = e.hours ? intersectWeeklyHours(e.hours, q.openingHours) : q.openingHours;
    expect(insideHours(hours, slot.start, slot.end), `never outside ${id}'s hours: ${local.toISO()}`).toBe(true);
    expect([...e.busy, ...e.absences].some((b) => overlaps(b, occupied)), `never over ${id}'s bookings or absences`).toBe(false);
  }
}

describe('slot engine, for any municipality', () => {
  it('offers only slots inside the hours, off closures, after the lead time and clear of bookings and absences', () => {
    let withSlots = 0;
    fc.assert(
      fc.property(world, ({ query, closures }) => {
        const slots = computeFreeSlots(query);
        if (slots.length > 0) withSlots++;
        for (const slot of slots) assertSlotIsBookable(query, closures, slot);
        // Sorted and each start once.
        const starts = slots.map((s) => s.start.getTime());
        expect(starts).toEqual([...new Set(starts)].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
    // The worlds are not all closed: most of them offer something to check.
    expect(withSlots).toBeGreaterThan(150);
  });

  it('booking slot after slot, with assignment choosing the employee, never double-books anyone', () => {
    fc.assert(
      fc.property(world, fc.array(fc.nat(), { minLength: 1, maxLength: 15 }), ({ query, closures }, picks) => {
        const booked = new Map<string, Interval[]>(query.employees.map((e) => [e.id, []]));
        const counts = new Map<string, number>();
        for (const pick of picks) {
          const slots = computeFreeSlots(query);
          if (slots.length === 0) break;
          const slot = slots[pick % slots.length]!;
          assertSlotIsBookable(query, closures, slot);
          const candidates: AssignmentCandidate[] = slot.employeeIds.map((id) => ({ id, bookedInWindow: counts.get(id) ?? 0, lastAssignedAt: null }));
          const chosen = pickEmployee(candidates)!;
          expect(slot.employeeIds, 'assignment picks one of the free employees').toContain(chosen);
          const mine = booked.get(chosen)!;
          expect(mine.some((b) => overlaps(b, slot)), 'never an overlap').toBe(false);
          mine.push({ start: slot.start, end: slot.end });
          counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
          // As the application does: the booking is busy, widened by the buffer.
          query.employees.find((e) => e.id === chosen)!.busy.push({ start: slot.start, end: new Date(slot.end.getTime() + query.bufferMinutes * MINUTE) });
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('assignment, for any candidates', () => {
  const candidate = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    bookedInWindow: fc.nat({ max: 20 }),
    lastAssignedAt: fc.option(fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }), { nil: null }),
  });
  const candidates = fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 8 });

  it('gives the requested person when free, otherwise the least booked, and nobody only when there is no candidate', () => {
    fc.assert(
      fc.property(candidates, fc.option(fc.string({ minLength: 1, maxLength: 4 }), { nil: null }), (list, requested) => {
        const chosen = pickEmployee(list, requested);
        if (list.length === 0) expect(chosen).toBeNull();
        else if (requested && list.some((c) => c.id === requested)) expect(chosen).toBe(requested);
        else expect(list.find((c) => c.id === chosen)!.bookedInWindow).toBe(Math.min(...list.map((c) => c.bookedInWindow)));
      }),
      { numRuns: 500 },
    );
  });

  it('is a fair rotation: among equally booked people, nobody gets a second appointment before everyone had one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (ids) => {
        const state = ids.map((id) => ({ id, bookedInWindow: 0, lastAssignedAt: null as Date | null }));
        const seen: string[] = [];
        for (let i = 0; i < ids.length; i++) {
          const chosen = pickEmployee(state)!;
          seen.push(chosen);
          const c = state.find((x) => x.id === chosen)!;
          c.bookedInWindow++;
          c.lastAssignedAt = new Date(Date.UTC(2026, 0, 1, 0, i));
        }
        expect(new Set(seen).size).toBe(ids.length);
      }),
    );
  });
});
