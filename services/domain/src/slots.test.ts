import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { makeClosedDayPredicate } from './holidays';
import { WEEKDAYS, type WeeklyHours } from './hours';
import { computeFreeSlots, isSlotFree, nearestSlots, type Resource, type Slot, type SlotQuery } from './slots';

const TZ = 'Europe/Athens';
/** Local Athens wall-clock time → Date. */
const at = (local: string) => DateTime.fromISO(local, { zone: TZ }).toJSDate();
const local = (d: Date) => DateTime.fromJSDate(d, { zone: TZ }).toFormat('yyyy-MM-dd HH:mm');
const starts = (slots: Slot[]) => slots.map((s) => local(s.start));
const times = (slots: Slot[]) => slots.map((s) => local(s.start).slice(11));

const everyDay = (start: string, end: string): WeeklyHours =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start, end }]]));
const person = (id: string, over: Partial<Resource> = {}): Resource => ({ id, hours: null, absences: [], busy: [], ...over });
const span = (from: string, to: string) => ({ start: at(from), end: at(to) });

// Monday 2 March 2026, asked on Sunday at noon.
const query = (over: Partial<SlotQuery> = {}): SlotQuery => ({
  now: at('2026-03-01T12:00'),
  from: '2026-03-02',
  to: '2026-03-02',
  timeZone: TZ,
  durationMinutes: 30,
  bufferMinutes: 0,
  minLeadMinutes: 0,
  bookingWindowDays: 30,
  openingHours: everyDay('09:00', '11:00'),
  isClosedDay: () => false,
  employees: [person('anna')],
  ...over,
});

describe('computeFreeSlots', () => {
  it('steps through the opening hours of each local day in the municipality zone', () => {
    const slots = computeFreeSlots(query());
    expect(times(slots)).toEqual(['09:00', '09:30', '10:00', '10:30']);
    expect(slots[0]).toEqual({ start: new Date('2026-03-02T07:00:00Z'), end: new Date('2026-03-02T07:30:00Z'), employeeIds: ['anna'], interpreterIds: [] });
  });

  it('aligns slots to the range start, uses stepMinutes and only keeps slots that fit', () => {
    const openingHours = { '1': [{ start: '09:10', end: '10:00' }, { start: '12:00', end: '13:00' }] };
    expect(times(computeFreeSlots(query({ openingHours, durationMinutes: 20 })))).toEqual(['09:10', '09:30', '12:00', '12:20', '12:40']);
    expect(times(computeFreeSlots(query({ openingHours, durationMinutes: 40, stepMinutes: 10 })))).toEqual(['09:10', '09:20', '12:00', '12:10', '12:20']);
  });

  it('uses employee hours ∩ opening hours and lists every free employee per slot', () => {
    const slots = computeFreeSlots(
      query({ employees: [person('anna'), person('babis', { hours: { '1': [{ start: '10:00', end: '17:00' }] } }), person('off', { hours: { '2': [{ start: '09:00', end: '11:00' }] } })] }),
    );
    expect(slots.map((s) => [local(s.start).slice(11), s.employeeIds])).toEqual([
      ['09:00', ['anna']],
      ['09:30', ['anna']],
      ['10:00', ['anna', 'babis']],
      ['10:30', ['anna', 'babis']],
    ]);
  });

  it('keeps the buffer after a new slot clear of existing (already widened) appointments', () => {
    // Existing 10:00–10:30 appointment, widened by the 10-minute buffer to 10:40.
    const anna = person('anna', { busy: [span('2026-03-02T10:00', '2026-03-02T10:40')] });
    const slots = computeFreeSlots(query({ openingHours: everyDay('09:00', '12:00'), bufferMinutes: 10, employees: [anna] }));
    // 09:30 would run (with buffer) to 10:10; 10:30 starts inside the widened appointment.
    expect(times(slots)).toEqual(['09:00', '11:00', '11:30']);
  });

  it('skips absences, for one employee only', () => {
    const away = person('away', { absences: [span('2026-03-02T00:00', '2026-03-03T00:00')] });
    const late = person('late', { absences: [span('2026-03-02T08:00', '2026-03-02T10:15')] });
    const slots = computeFreeSlots(query({ employees: [away, late] }));
    expect(slots.map((s) => [local(s.start).slice(11), s.employeeIds])).toEqual([
      ['10:30', ['late']],
    ]);
  });

  it('skips public holidays and the municipality closures', () => {
    const isClosedDay = makeClosedDayPredicate([{ date: '2026-04-15', recurringYearly: false }]);
    const weekdays: WeeklyHours = Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:00', end: '10:00' }]]));
    const slots = computeFreeSlots(query({ from: '2026-04-09', to: '2026-04-16', now: at('2026-04-01T12:00'), openingHours: weekdays, isClosedDay }));
    // Good Friday (10th) and Easter Monday (13th) are public holidays; the 15th is a local closure.
    expect([...new Set(starts(slots).map((s) => s.slice(0, 10)))]).toEqual(['2026-04-09', '2026-04-14', '2026-04-16']);
  });

  it('drops slots inside the lead time', () => {
    const slots = computeFreeSlots(query({ now: at('2026-03-02T08:10'), minLeadMinutes: 60 }));
    expect(times(slots)).toEqual(['09:30', '10:00', '10:30']);
  });

  it('ignores past days and stops at the end of the local day today + bookingWindowDays', () => {
    const slots = computeFreeSlots(query({ now: at('2026-03-02T23:30'), from: '2026-02-20', to: '2026-03-31', bookingWindowDays: 2 }));
    expect([...new Set(starts(slots).map((s) => s.slice(0, 10)))]).toEqual(['2026-03-03', '2026-03-04']);
  });

  it('keeps local 09:00 and real-minute durations on the spring DST day (03:00→04:00)', () => {
    const q = query({ from: '2026-03-29', to: '2026-03-29', openingHours: everyDay('09:00', '14:00'), durationMinutes: 60, now: at('2026-03-20T12:00') });
    const slots = computeFreeSlots(q);
    expect(times(slots)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00']);
    expect(slots[0]!.start.toISOString()).toBe('2026-03-29T06:00:00.000Z'); // UTC+3 already
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 3_600_000)).toBe(true);
    // Across the gap, 02:00–05:00 local is only two real hours.
    expect(times(computeFreeSlots({ ...q, openingHours: everyDay('02:00', '05:00') }))).toEqual(['02:00', '04:00']);
  });

  it('keeps local 09:00 and real-minute durations on the autumn DST day (04:00→03:00)', () => {
    const q = query({ from: '2026-10-25', to: '2026-10-25', openingHours: everyDay('09:00', '14:00'), durationMinutes: 60, now: at('2026-10-20T12:00') });
    const slots = computeFreeSlots(q);
    expect(times(slots)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00']);
    expect(slots[0]!.start.toISOString()).toBe('2026-10-25T07:00:00.000Z'); // back to UTC+2
    // 02:00–05:00 local lasts four real hours: 03:00 happens twice.
    expect(times(computeFreeSlots({ ...q, openingHours: everyDay('02:00', '05:00') }))).toEqual(['02:00', '03:00', '03:00', '04:00']);
  });

  it('needs a free interpreter within their hours when interpretation is requested', () => {
    const busyInterpreter = person('gsl-1', { busy: [span('2026-03-02T09:00', '2026-03-02T09:30')] });
    const morningOnly = person('gsl-2', { hours: { '1': [{ start: '09:00', end: '10:00' }] }, busy: [span('2026-03-02T09:30', '2026-03-02T10:00')] });

    const alone = computeFreeSlots(query({ interpreters: [busyInterpreter] }));
    expect(times(alone)).toEqual(['09:30', '10:00', '10:30']);

    const both = computeFreeSlots(query({ interpreters: [busyInterpreter, morningOnly] }));
    expect(both.map((s) => [local(s.start).slice(11), s.interpreterIds])).toEqual([
      ['09:00', ['gsl-2']],
      ['09:30', ['gsl-1']],
      ['10:00', ['gsl-1']],
      ['10:30', ['gsl-1']],
    ]);

    expect(computeFreeSlots(query({ interpreters: [] }))).toEqual([]);
  });

  it('rejects nonsense input', () => {
    expect(() => computeFreeSlots(query({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => computeFreeSlots(query({ timeZone: 'Mars/Olympus' }))).toThrow(RangeError);
    expect(() => computeFreeSlots(query({ to: '2026-3-2' }))).toThrow(RangeError);
  });
});

describe('isSlotFree', () => {
  const anna = person('anna', {
    busy: [span('2026-03-02T10:00', '2026-03-02T10:40')],
    absences: [span('2026-03-02T12:00', '2026-03-02T13:00')],
  });

  it('treats intervals as half-open and counts the buffer after the slot', () => {
    expect(isSlotFree(anna, at('2026-03-02T09:30'), at('2026-03-02T10:00'), 0)).toBe(true);
    expect(isSlotFree(anna, at('2026-03-02T09:30'), at('2026-03-02T10:00'), 10)).toBe(false);
    expect(isSlotFree(anna, at('2026-03-02T10:40'), at('2026-03-02T11:10'), 10)).toBe(true);
    expect(isSlotFree(anna, at('2026-03-02T10:30'), at('2026-03-02T11:00'), 0)).toBe(false);
  });

  it('respects absences', () => {
    expect(isSlotFree(anna, at('2026-03-02T12:30'), at('2026-03-02T13:00'), 0)).toBe(false);
    expect(isSlotFree(anna, at('2026-03-02T13:00'), at('2026-03-02T13:30'), 0)).toBe(true);
  });
});

describe('nearestSlots: what to offer instead of a lost time', () => {
  const slotsAt = (...hhmm: string[]) => hhmm.map((t) => ({ start: at(`2026-03-02T${t}`) }));
  const hhmm = (list: { start: Date }[]) => list.map((s) => local(s.start).slice(11));

  it('offers the nearest earlier and later times, in time order, never the lost one', () => {
    const free = slotsAt('08:00', '08:30', '09:00', '09:30', '10:00', '11:00', '11:30', '12:00', '12:30', '13:00');
    expect(hhmm(nearestSlots(free, at('2026-03-02T10:30')))).toEqual(['09:00', '09:30', '10:00', '11:00', '11:30', '12:00']);
    expect(hhmm(nearestSlots(free, at('2026-03-02T10:00'), 2))).toEqual(['09:00', '09:30', '11:00', '11:30']);
  });

  it('fills with later times when few are earlier, and keeps what there is when few are later', () => {
    const free = slotsAt('12:30', '08:30', '09:00', '09:30', '10:00', '11:00');
    expect(hhmm(nearestSlots(free, at('2026-03-02T08:45')))).toEqual(['08:30', '09:00', '09:30', '10:00', '11:00', '12:30']);
    expect(hhmm(nearestSlots(free, at('2026-03-02T12:00')))).toEqual(['09:30', '10:00', '11:00', '12:30']);
    expect(nearestSlots([], at('2026-03-02T12:00'))).toEqual([]);
  });
});
