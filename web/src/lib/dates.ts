// Date helpers for showing API instants (UTC) in a municipality's time zone.
// Calendar days are handled as 'YYYY-MM-DD' strings; the only arithmetic is on
// whole calendar days, done in UTC so DST never shifts a day.
import type { Lang, Slot } from '../api/types';

const LOCALES: Record<Lang, string> = { el: 'el-GR', en: 'en-GB' };

/** The calendar day ('YYYY-MM-DD') an instant falls on in `timeZone`. */
export function localDate(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(instant),
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Adds whole days to a calendar day. */
export function addDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The calendar days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Free slots grouped by the local day they start on, in time order. */
export function groupSlotsByDay(slots: Slot[], timeZone: string): Map<string, Slot[]> {
  const byDay = new Map<string, Slot[]>();
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const s of sorted) {
    const day = localDate(s.start, timeZone);
    const list = byDay.get(day);
    if (list) list.push(s);
    else byDay.set(day, [s]);
  }
  return byDay;
}

/** '09:30' — 24-hour time in the municipality's zone. */
export function formatTime(instant: string, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

/** 'Τρίτη 24 Νοεμβρίου 2026' / 'Tuesday 24 November 2026'. */
export function formatDate(instant: string, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

/** Date and time together: 'Τρίτη 24 Νοεμβρίου 2026, 10:30'. */
export function formatDateTime(instant: string, timeZone: string, lang: Lang): string {
  return `${formatDate(instant, timeZone, lang)}, ${formatTime(instant, timeZone, lang)}`;
}

/** A calendar day for a day picker: weekday short, day, month short ('Τρί 24 Νοε'). */
export function formatDay(ymd: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  // Noon UTC of that day is the same calendar day everywhere we format it (in UTC).
  const date = new Date(`${ymd}T12:00:00Z`);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    weekday: style,
    day: 'numeric',
    month: style,
  }).format(date);
}

/** A human name for the zone: 'Ώρα Ελλάδας' for Europe/Athens, otherwise what Intl offers. */
export function timeZoneName(timeZone: string, lang: Lang): string {
  if (timeZone === 'Europe/Athens') return lang === 'el' ? 'Ώρα Ελλάδας' : 'Greek time';
  const parts = new Intl.DateTimeFormat(LOCALES[lang], { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Whole minutes left until `expiresAt` (rounded up, never below 0). */
export function minutesLeft(expiresAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now.getTime()) / 60_000));
}
