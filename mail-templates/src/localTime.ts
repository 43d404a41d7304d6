/**
 * Wall-clock fields of an instant in an IANA zone, and the month and weekday
 * names luxon uses for them.
 *
 * Why not `DateTime.fromJSDate(...).setLocale(...).toFormat(...)` per date:
 * every luxon DateTime works out its zone offset again through
 * `Intl.DateTimeFormat#formatToParts` (several times per date when formatting),
 * which was the largest cost of a reminder after the MIME encoding. Here one
 * cached formatter per zone reads the fields with a single call, and the names
 * come from luxon once per language, so the text stays exactly what luxon wrote
 * (localTime.test.ts compares the two).
 */
import { Info } from 'luxon';
import type { Lang } from './types';

export interface LocalTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday (ISO, as luxon) */
  weekday: number;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

// A burst of reminders shows the same few slot times again and again (an
// appointment's start and end, in its e-mail and its calendar entry): each is
// read from Intl once. Cleared when full rather than kept in order of use.
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, Readonly<LocalTime>>();

/** The wall-clock time of `date` in `timeZone`; throws for an invalid date or zone. */
export function localTime(date: Date, timeZone: string): LocalTime {
  const key = `${timeZone} ${date.getTime()}`;
  const known = remembered.get(key);
  if (known) return { ...known };
  const fields = readLocalTime(date, timeZone);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, fields);
  return { ...fields };
}

function readLocalTime(date: Date, timeZone: string): LocalTime {
  let f: Intl.DateTimeFormat;
  try {
    if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
    f = zoneFormatter(timeZone);
  } catch {
    throw new Error(`cannot show ${Number.isNaN(date.getTime()) ? 'an invalid date' : date.toISOString()} in time zone ${timeZone}`);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of f.formatToParts(date)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
    }
  }
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  return { year, month, day, hour, minute, weekday };
}

interface Names {
  /** Format context ("24 Νοεμβρίου"), as luxon's MMMM. */
  months: string[];
  /** Stand-alone, as luxon's cccc. */
  weekdays: string[];
}

const names = new Map<Lang, Names>();

export function namesOf(lang: Lang): Names {
  let n = names.get(lang);
  if (!n) {
    n = { months: Info.monthsFormat('long', { locale: lang }), weekdays: Info.weekdays('long', { locale: lang }) };
    names.set(lang, n);
  }
  return n;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** luxon's 'HH:mm' */
export const clock = (t: LocalTime): string => `${two(t.hour)}:${two(t.minute)}`;

/** luxon's 'd MMMM yyyy' */
export const dayMonthYear = (t: LocalTime, lang: Lang): string =>
  `${t.day} ${namesOf(lang).months[t.month - 1]} ${String(t.year).padStart(4, '0')}`;

/** luxon's 'cccc d MMMM yyyy' */
export const fullDate = (t: LocalTime, lang: Lang): string => `${namesOf(lang).weekdays[t.weekday - 1]} ${dayMonthYear(t, lang)}`;

export const sameDay = (a: LocalTime, b: LocalTime): boolean => a.year === b.year && a.month === b.month && a.day === b.day;
