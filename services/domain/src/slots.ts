import { DateTime } from 'luxon';
import { intersectWeeklyHours, normalizeRanges, toMinutes, WEEKDAYS, type WeeklyHours } from './hours';

/** Half-open [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** An employee or an interpreter. */
export interface Resource {
  id: string;
  /** Own working hours; null = the opening hours. Always intersected with the opening hours. */
  hours: WeeklyHours | null;
  absences: Interval[];
  /** Existing appointments and holds, ALREADY widened by the buffer ([start, end + buffer)). */
  busy: Interval[];
}

export interface SlotQuery {
  now: Date;
  /** First local day, YYYY-MM-DD in `timeZone`. */
  from: string;
  /** Last local day, inclusive. */
  to: string;
  timeZone: string;
  durationMinutes: number;
  bufferMinutes: number;
  /** Distance between slot starts; defaults to durationMinutes. */
  stepMinutes?: number;
  minLeadMinutes: number;
  bookingWindowDays: number;
  openingHours: WeeklyHours;
  isClosedDay: (isoDate: string) => boolean;
  employees: Resource[];
  /** Present only when interpretation is requested: a slot then needs ≥1 free interpreter too. */
  interpreters?: Resource[];
}

export interface Slot {
  start: Date;
  end: Date;
  employeeIds: string[];
  interpreterIds: string[];
}

const MINUTE = 60_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A resource reduced to two sorted lists of epoch-ms intervals: where it may be booked
 * (its hours on the open days of the query) and where it may not (busy ∪ absences, merged).
 * Both lists are disjoint and sorted, so starts AND ends ascend, which lets every check
 * below sweep with a forward-only index instead of rescanning the lists per slot.
 */
interface Sweepable {
  id: string;
  rangeStart: number[];
  rangeEnd: number[];
  blockedStart: number[];
  blockedEnd: number[];
}

interface Day {
  iso: string;
  weekday: (typeof WEEKDAYS)[number];
  /** Local midnight as epoch ms. */
  startMs: number;
  /** Luxon found the same UTC offset at this midnight and the next: no DST change inside the day. */
  steady: boolean;
}

/** Free slots of the query, sorted by start, each listing every employee (and interpreter) free for it. */
export function computeFreeSlots(q: SlotQuery): Slot[] {
  const duration = q.durationMinutes * MINUTE;
  const step = (q.stepMinutes ?? q.durationMinutes) * MINUTE;
  const buffer = q.bufferMinutes * MINUTE;
  if (!(duration > 0) || !(step > 0) || !(buffer >= 0)) {
    throw new RangeError('durationMinutes and stepMinutes must be > 0, bufferMinutes >= 0');
  }

  const today = DateTime.fromJSDate(q.now, { zone: q.timeZone }).startOf('day');
  if (!today.isValid) throw new RangeError(`invalid time zone: ${q.timeZone}`);
  const earliest = q.now.getTime() + q.minLeadMinutes * MINUTE;
  const lastDay = today.plus({ days: q.bookingWindowDays });
  // End of the local day `today + bookingWindowDays` = start of the next local day.
  const windowEnd = lastDay.plus({ days: 1 }).startOf('day').toMillis();

  const days = openDays(q, today.toISODate()!, lastDay.toISODate()!);
  if (days.length === 0) return [];

  // Local HH:mm of a day → epoch ms. On a day luxon found steady, a wall-clock time is exactly
  // midnight + its minutes; only DST days pay for a full zone lookup (luxon is ~20 µs a call).
  const dstDayMs = new Map<string, number>();
  const toMs = (day: Day, hhmm: string): number => {
    if (day.steady) return day.startMs + toMinutes(hhmm) * MINUTE;
    const key = `${day.iso}T${hhmm}`;
    let ms = dstDayMs.get(key);
    if (ms === undefined) {
      ms = DateTime.fromISO(key, { zone: q.timeZone }).toMillis();
      dstDayMs.set(key, ms);
    }
    return ms;
  };

  // Employees sharing one hours object (typically null = opening hours) share the ranges too.
  const rangesByHours = new Map<WeeklyHours | null, { start: number[]; end: number[] }>();
  const opening = normalizeWeek(q.openingHours);
  const prepare = (r: Resource): Sweepable => {
    let ranges = rangesByHours.get(r.hours);
    if (!ranges) {
      const week = r.hours ? intersectWeeklyHours(r.hours, opening) : opening;
      ranges = { start: [], end: [] };
      for (const day of days) {
        for (const range of week[day.weekday] ?? []) {
          ranges.start.push(toMs(day, range.start));
          ranges.end.push(toMs(day, range.end));
        }
      }
      rangesByHours.set(r.hours, ranges);
    }
    const blocked = mergeIntervals([...r.busy, ...r.absences]);
    return { id: r.id, rangeStart: ranges.start, rangeEnd: ranges.end, ...blocked };
  };

  // 1. Every free (employee, start) pair, grouped by start.
  const byStart = new Map<number, string[]>();
  for (const employee of q.employees) {
    const e = prepare(employee);
    let b = 0;
    for (let i = 0; i < e.rangeStart.length; i++) {
      const rangeEnd = e.rangeEnd[i]!;
      for (let s = e.rangeStart[i]!; s + duration <= rangeEnd; s += step) {
        if (s < earliest) continue;
        if (s >= windowEnd) break;
        const occupiedEnd = s + duration + buffer;
        while (b < e.blockedEnd.length && e.blockedEnd[b]! <= s) b++;
        if (b < e.blockedStart.length && e.blockedStart[b]! < occupiedEnd) continue;
        const ids = byStart.get(s);
        if (ids) ids.push(e.id);
        else byStart.set(s, [e.id]);
      }
    }
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);

  // 2. With interpretation requested, keep the starts where at least one interpreter is free.
  const interpreters = q.interpreters?.map((r) => ({ ...prepare(r), r: 0, b: 0 }));
  const slots: Slot[] = [];
  for (const s of starts) {
    const end = s + duration;
    const interpreterIds: string[] = [];
    if (interpreters) {
      for (const it of interpreters) {
        while (it.r + 1 < it.rangeStart.length && it.rangeStart[it.r + 1]! <= s) it.r++;
        const fits = it.rangeStart[it.r] !== undefined && it.rangeStart[it.r]! <= s && end <= it.rangeEnd[it.r]!;
        while (it.b < it.blockedEnd.length && it.blockedEnd[it.b]! <= s) it.b++;
        const blocked = it.b < it.blockedStart.length && it.blockedStart[it.b]! < end + buffer;
        if (fits && !blocked) interpreterIds.push(it.id);
      }
      if (interpreterIds.length === 0) continue;
    }
    slots.push({ start: new Date(s), end: new Date(end), employeeIds: byStart.get(s)!, interpreterIds });
  }
  return slots;
}

/**
 * Whether booking [start, end) keeps `resource` free: the occupied span [start, end + buffer)
 * overlaps none of its busy intervals (already buffer-widened) or absences. Hours are not checked.
 */
export function isSlotFree(resource: Resource, start: Date, end: Date, bufferMinutes: number): boolean {
  const s = start.getTime();
  const occupiedEnd = end.getTime() + bufferMinutes * MINUTE;
  const overlaps = (i: Interval) => i.start.getTime() < occupiedEnd && i.end.getTime() > s;
  return !resource.busy.some(overlaps) && !resource.absences.some(overlaps);
}

/** The query's local days that fall inside [today, lastDay] and are not closed. */
function openDays(q: SlotQuery, todayIso: string, lastDayIso: string): Day[] {
  for (const iso of [q.from, q.to]) {
    if (!ISO_DATE.test(iso) || !DateTime.fromISO(iso).isValid) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  }
  const first = q.from > todayIso ? q.from : todayIso;
  const last = q.to < lastDayIso ? q.to : lastDayIso;
  const days: Day[] = [];
  let d = DateTime.fromISO(first, { zone: q.timeZone });
  for (let iso = d.toISODate()!; iso <= last; iso = d.toISODate()!) {
    const next = d.plus({ days: 1 }).startOf('day');
    if (!q.isClosedDay(iso)) {
      days.push({ iso, weekday: String(d.weekday) as Day['weekday'], startMs: d.toMillis(), steady: d.offset === next.offset });
    }
    d = next;
  }
  return days;
}

function normalizeWeek(week: WeeklyHours): WeeklyHours {
  const out: WeeklyHours = {};
  for (const day of WEEKDAYS) out[day] = normalizeRanges(week[day] ?? []);
  return out;
}

/** Sorted, merged (overlapping or touching joined) epoch-ms intervals; empty ones dropped. */
function mergeIntervals(intervals: readonly Interval[]): { blockedStart: number[]; blockedEnd: number[] } {
  const sorted = intervals
    .map((i) => [i.start.getTime(), i.end.getTime()] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const blockedStart: number[] = [];
  const blockedEnd: number[] = [];
  for (const [s, e] of sorted) {
    const last = blockedEnd.length - 1;
    if (last >= 0 && s <= blockedEnd[last]!) {
      if (e > blockedEnd[last]!) blockedEnd[last] = e;
    } else {
      blockedStart.push(s);
      blockedEnd.push(e);
    }
  }
  return { blockedStart, blockedEnd };
}

/**
 * What to offer instead of a lost time: the nearest free slots before it and after it,
 * in time order. Up to `perSide` earlier ones; later ones fill the rest of `total`
 * (a lost time early in the window has few earlier neighbours). The lost time itself is left out.
 */
export function nearestSlots<T extends { start: Date }>(slots: readonly T[], around: Date, perSide = 3, total = perSide * 2): T[] {
  const at = around.getTime();
  const sorted = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
  const before = sorted.filter((s) => s.start.getTime() < at).slice(-perSide);
  const after = sorted.filter((s) => s.start.getTime() > at).slice(0, Math.max(total - before.length, 0));
  return [...before, ...after];
}
