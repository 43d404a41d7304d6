// The weekly-hours editor's state, kept pure so it can be tested without a browser.
// A draft keeps every range as typed (strings, possibly half-filled); only a
// valid draft becomes the API's WeeklyHours.
import type { WeeklyHours } from './types';

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface RangeDraft {
  start: string;
  end: string;
}
export type HoursDraft = Record<Weekday, RangeDraft[]>;

export type HoursAction =
  | { type: 'add'; day: Weekday }
  | { type: 'remove'; day: Weekday; index: number }
  | { type: 'set'; day: Weekday; index: number; part: 'start' | 'end'; value: string }
  /** Same ranges on another day, e.g. Monday's hours for Tuesday–Friday. */
  | { type: 'copy'; from: Weekday; to: Weekday[] }
  | { type: 'reset'; hours: WeeklyHours | null };

/** What a new range of a day starts as: after the day's last range, else a usual morning. */
function nextRange(ranges: RangeDraft[]): RangeDraft {
  const last = ranges[ranges.length - 1];
  if (!last || !HHMM.test(last.end) || last.end >= '22:00') return { start: '08:00', end: '14:00' };
  const startMin = toMinutes(last.end) + 60;
  const endMin = Math.min(startMin + 120, 23 * 60 + 59);
  return startMin >= endMin ? { start: '08:00', end: '14:00' } : { start: fromMinutes(startMin), end: fromMinutes(endMin) };
}

export function hoursReducer(state: HoursDraft, action: HoursAction): HoursDraft {
  switch (action.type) {
    case 'add':
      return { ...state, [action.day]: [...state[action.day], nextRange(state[action.day])] };
    case 'remove':
      return { ...state, [action.day]: state[action.day].filter((_, i) => i !== action.index) };
    case 'set':
      return {
        ...state,
        [action.day]: state[action.day].map((r, i) => (i === action.index ? { ...r, [action.part]: action.value } : r)),
      };
    case 'copy': {
      const next = { ...state };
      for (const day of action.to) next[day] = state[action.from].map((r) => ({ ...r }));
      return next;
    }
    case 'reset':
      return toDraft(action.hours);
  }
}

export function toDraft(hours: WeeklyHours | null | undefined): HoursDraft {
  const draft = {} as HoursDraft;
  for (const day of WEEKDAYS) draft[day] = (hours?.[day] ?? []).map((r) => ({ start: r.start, end: r.end }));
  return draft;
}

/** The API shape: closed days left out, ranges in time order. Call only on a draft without problems. */
export function fromDraft(draft: HoursDraft): WeeklyHours {
  const out: WeeklyHours = {};
  for (const day of WEEKDAYS) {
    if (draft[day].length) out[day] = [...draft[day]].sort((a, b) => a.start.localeCompare(b.start)).map((r) => ({ ...r }));
  }
  return out;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function fromMinutes(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

/** A problem with one input, named by the API's field path and an i18n key. */
export interface Problem {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

/**
 * What is wrong with a draft, each problem on the input to fix: `prefix.<day>.<i>.start|end`
 * (the same path the API would name). Touching ranges are fine, overlapping ones are not.
 */
export function hoursProblems(draft: HoursDraft, prefix: string): Problem[] {
  const problems: Problem[] = [];
  for (const day of WEEKDAYS) {
    const ranges = draft[day];
    ranges.forEach((r, i) => {
      const at = `${prefix}.${day}.${i}`;
      if (!HHMM.test(r.start)) problems.push({ field: `${at}.start`, key: 'admin.hours.errors.time' });
      else if (!HHMM.test(r.end)) problems.push({ field: `${at}.end`, key: 'admin.hours.errors.time' });
      else if (r.start >= r.end) problems.push({ field: `${at}.end`, key: 'admin.hours.errors.order' });
    });
    const valid = ranges
      .map((r, i) => ({ ...r, i }))
      .filter((r) => HHMM.test(r.start) && HHMM.test(r.end) && r.start < r.end)
      .sort((a, b) => a.start.localeCompare(b.start));
    for (let k = 1; k < valid.length; k++) {
      if (valid[k]!.start < valid[k - 1]!.end) {
        problems.push({ field: `${prefix}.${day}.${valid[k]!.i}.start`, key: 'admin.hours.errors.overlap' });
      }
    }
  }
  return problems;
}

/** Hours a day is open, for the summary beside each day ("09:00–14:00, 17:00–20:00"). */
export function describeDay(ranges: RangeDraft[]): string {
  return [...ranges]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((r) => `${r.start}–${r.end}`)
    .join(', ');
}
