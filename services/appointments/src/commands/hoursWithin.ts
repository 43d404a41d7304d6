import { normalizeRanges, WEEKDAYS, type Weekday, type WeeklyHours } from '@muni/domain';

export const WEEKDAY_NAMES: Record<Weekday, { el: string; en: string }> = {
  '1': { el: 'Δευτέρα', en: 'Monday' },
  '2': { el: 'Τρίτη', en: 'Tuesday' },
  '3': { el: 'Τετάρτη', en: 'Wednesday' },
  '4': { el: 'Πέμπτη', en: 'Thursday' },
  '5': { el: 'Παρασκευή', en: 'Friday' },
  '6': { el: 'Σάββατο', en: 'Saturday' },
  '7': { el: 'Κυριακή', en: 'Sunday' },
};

/**
 * The first weekday on which `inner` has hours not covered by `outer`
 * (an employee's hours against the opening hours), or null when all fit.
 */
export function firstDayOutside(inner: WeeklyHours, outer: WeeklyHours): Weekday | null {
  for (const day of WEEKDAYS) {
    const open = normalizeRanges(outer[day] ?? []);
    for (const r of inner[day] ?? []) {
      // HH:mm strings compare correctly as strings.
      if (!open.some((o) => o.start <= r.start && r.end <= o.end)) return day;
    }
  }
  return null;
}
