import { DateTime } from 'luxon';
import { z } from 'zod';

/** Local wall-clock time "HH:mm" (00:00–23:59), in the municipality's time zone. */
export type HHmm = string;
export interface TimeRange {
  start: HHmm;
  end: HHmm;
}
/** ISO weekday as a string key, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** Opening or working hours per weekday; a missing or empty day is closed. */
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const timeRangeSchema = z
  .object({
    start: z.string().regex(HHMM, 'HH:mm'),
    end: z.string().regex(HHMM, 'HH:mm'),
  })
  // Zero-padded HH:mm strings compare correctly as strings.
  .refine((r) => r.start < r.end, { message: 'start must be before end', path: ['end'] });

export const weeklyHoursSchema = z
  .partialRecord(z.enum(WEEKDAYS), z.array(timeRangeSchema))
  .superRefine((week, ctx) => {
    for (const day of WEEKDAYS) {
      const sorted = [...(week[day] ?? [])].sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < sorted.length; i++) {
        // Touching ranges (09:00–12:00, 12:00–14:00) are allowed; overlapping ones are not.
        if (sorted[i]!.start < sorted[i - 1]!.end) {
          ctx.addIssue({ code: 'custom', message: 'overlapping time ranges', path: [day] });
          break;
        }
      }
    }
  }) satisfies z.ZodType<WeeklyHours>;

export function toMinutes(hhmm: HHmm): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Sorted ranges with overlapping or touching ones merged (09–12 + 12–14 → 09–14). */
export function normalizeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = [...ranges].filter((r) => r.start < r.end).sort((a, b) => a.start.localeCompare(b.start));
  const out: TimeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) last.end = r.end;
    } else {
      out.push({ start: r.start, end: r.end });
    }
  }
  return out;
}

function intersectRanges(a: readonly TimeRange[], b: readonly TimeRange[]): TimeRange[] {
  const x = normalizeRanges(a);
  const y = normalizeRanges(b);
  const out: TimeRange[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    // HH:mm strings, so compare as strings (Math.max would not do).
    const start = [p.start, q.start].sort()[1]!;
    const end = [p.end, q.end].sort()[0]!;
    if (start < end) out.push({ start, end });
    if (p.end < q.end) i++;
    else j++;
  }
  return out;
}

/** Hours present in both a and b, e.g. an employee's working hours ∩ the office's opening hours. */
export function intersectWeeklyHours(a: WeeklyHours, b: WeeklyHours): WeeklyHours {
  const out: WeeklyHours = {};
  for (const day of WEEKDAYS) {
    const ranges = intersectRanges(a[day] ?? [], b[day] ?? []);
    if (ranges.length > 0) out[day] = ranges;
  }
  return out;
}

/**
 * Whether [start, end) lies inside one range of the weekly hours on its own
 * local day (in `zone`): what opening hours must cover for a booked appointment.
 */
export function withinHours(week: WeeklyHours, start: Date, end: Date, zone: string): boolean {
  const local = (d: Date) => DateTime.fromJSDate(d, { zone });
  const from = local(start);
  const to = local(end);
  if (!from.hasSame(to, 'day') && !(to.hour === 0 && to.minute === 0 && to.minus({ minutes: 1 }).hasSame(from, 'day'))) return false;
  const day = String(from.weekday) as Weekday;
  const startMin = from.hour * 60 + from.minute;
  const endMin = from.hasSame(to, 'day') ? to.hour * 60 + to.minute : 24 * 60;
  return normalizeRanges(week[day] ?? []).some((r) => toMinutes(r.start) <= startMin && endMin <= toMinutes(r.end));
}
