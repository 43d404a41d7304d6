// The day view's state lives in the URL (?date=&view=&mode=&status=&employee=&topic=&q=)
// so back, refresh and a shared link all show the same list, and an
// appointment opened from the list carries the list's URL to come back to it.
// Pure helpers only.
import type { AppointmentStatus, Mode } from '../../api/types';
import { addDays } from '../../lib/dates';

export type DayView = 'day' | 'week';

export interface DayQuery {
  /** Municipality-local calendar day, 'YYYY-MM-DD'. */
  date: string;
  view: DayView;
  mode: Mode | null;
  status: AppointmentStatus | null;
  /** 'mine' (the signed-in employee), a colleague's id, or null for everyone. */
  employee: string | null;
  /** A topic's id, or null for every topic. */
  topic: string | null;
  /** A search term (reference, name, ΑΦΜ, phone, e-mail); while set, the list is the search's answer over every date. */
  q: string;
}

const MODES: readonly Mode[] = ['in_person', 'phone', 'video'];
const STATUSES: readonly AppointmentStatus[] = ['booked', 'completed', 'no_show', 'cancelled'];
const YMD = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The API's bounds of a search term. */
export const SEARCH_MIN = 2;
export const SEARCH_MAX = 100;

/** A real calendar day in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isCalendarDay(s: string | null | undefined): s is string {
  if (!s || !YMD.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function oneOf<T extends string>(list: readonly T[], v: string | null): T | null {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;
}

const anId = (v: string | null) => (v && UUID.test(v) ? v.toLowerCase() : null);

/** A term as the search box sends it: trimmed, inner spaces collapsed, cut to the API's bound. */
export function cleanSearch(raw: string | null | undefined): string {
  return (raw ?? '').trim().replace(/\s+/g, ' ').slice(0, SEARCH_MAX);
}

/** Reads the URL; anything missing or malformed falls back to today's day view, all filters off. */
export function parseDayQuery(params: URLSearchParams, today: string): DayQuery {
  const date = params.get('date');
  const employee = params.get('employee');
  const q = cleanSearch(params.get('q'));
  return {
    date: isCalendarDay(date) ? date : today,
    view: params.get('view') === 'week' ? 'week' : 'day',
    mode: oneOf(MODES, params.get('mode')),
    status: oneOf(STATUSES, params.get('status')),
    // "mine=1" is how links said it before the employee filter.
    employee: employee === 'mine' || params.get('mine') === '1' ? 'mine' : anId(employee),
    topic: anId(params.get('topic')),
    q: q.length >= SEARCH_MIN ? q : '',
  };
}

/** The URL parameters for a query, leaving out defaults so links stay short. */
export function dayQueryParams(q: DayQuery, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.date !== today) out.date = q.date;
  if (q.view === 'week') out.view = 'week';
  if (q.mode) out.mode = q.mode;
  if (q.status) out.status = q.status;
  if (q.employee) out.employee = q.employee;
  if (q.topic) out.topic = q.topic;
  if (q.q) out.q = q.q;
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

/**
 * What the API is asked for: a day or week, or (while searching) every date.
 * `me` is the signed-in employee's id, for "mine".
 */
export function listRequest(q: DayQuery, me: string) {
  const { from, to } = dayRange(q);
  return {
    date: q.q ? null : from,
    to: q.q || to === from ? null : to,
    mode: q.mode,
    status: q.status,
    employeeId: q.employee === 'mine' ? me : q.employee,
    topicId: q.topic,
    q: q.q || null,
  };
}

/** An appointment's page, remembering the list it was opened from (the list's `?…`). */
export function detailHref(id: string, listSearch: string): string {
  const list = listSearch.replace(/^\?/, '');
  return `/console/appointments/${id}${list ? `?${new URLSearchParams({ list })}` : ''}`;
}

/**
 * "Back to the list" from an appointment's page: the list it was opened from,
 * re-read through parseDayQuery (so the link can only lead to the console's
 * list), or else the appointment's own day.
 */
export function backToListHref(detailSearch: string, appointmentDay: string, today: string): string {
  const list = new URLSearchParams(detailSearch).get('list');
  const q = list === null ? { ...parseDayQuery(new URLSearchParams(), today), date: appointmentDay } : parseDayQuery(new URLSearchParams(list), today);
  const params = new URLSearchParams(dayQueryParams(q, today)).toString();
  return `/console${params ? `?${params}` : ''}`;
}
