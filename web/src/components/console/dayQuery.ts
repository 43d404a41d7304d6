// The day view's state lives in the URL (?date=&view=&mode=&status=&mine=) so
// back, refresh and a shared link all show the same list. Pure helpers only.
import type { AppointmentStatus, Mode } from '../../api/types';
import { addDays } from '../../lib/dates';

export type DayView = 'day' | 'week';

export interface DayQuery {
  /** Municipality-local calendar day, 'YYYY-MM-DD'. */
  date: string;
  view: DayView;
  mode: Mode | null;
  status: AppointmentStatus | null;
  mine: boolean;
}

const MODES: readonly Mode[] = ['in_person', 'phone', 'video'];
const STATUSES: readonly AppointmentStatus[] = ['booked', 'completed', 'no_show', 'cancelled'];
const YMD = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isCalendarDay(s: string | null | undefined): s is string {
  if (!s || !YMD.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function oneOf<T extends string>(list: readonly T[], v: string | null): T | null {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;
}

/** Reads the URL; anything missing or malformed falls back to today's day view, all filters off. */
export function parseDayQuery(params: URLSearchParams, today: string): DayQuery {
  const date = params.get('date');
  return {
    date: isCalendarDay(date) ? date : today,
    view: params.get('view') === 'week' ? 'week' : 'day',
    mode: oneOf(MODES, params.get('mode')),
    status: oneOf(STATUSES, params.get('status')),
    mine: params.get('mine') === '1',
  };
}

/** The URL parameters for a query, leaving out defaults so links stay short. */
export function dayQueryParams(q: DayQuery, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.date !== today) out.date = q.date;
  if (q.view === 'week') out.view = 'week';
  if (q.mode) out.mode = q.mode;
  if (q.status) out.status = q.status;
  if (q.mine) out.mine = '1';
  return out;
}

/** The days shown: one day, or seven starting at the chosen day. */
export function dayRange(q: Pick<DayQuery, 'date' | 'view'>): { from: string; to: string } {
  return { from: q.date, to: q.view === 'week' ? addDays(q.date, 6) : q.date };
}

/** The date a "previous"/"next" button moves to: a day or a week at a time. */
export function stepDate(q: Pick<DayQuery, 'date' | 'view'>, direction: 1 | -1): string {
  return addDays(q.date, direction * (q.view === 'week' ? 7 : 1));
}
