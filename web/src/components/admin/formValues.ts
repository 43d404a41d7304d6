// Pure conversions between what admins type and what the API takes.
import type { Problem } from './hours';
import type { LocalizedText, Mode } from './types';

/** 90 → { hours: '1', minutes: '30' } for the two inputs of a reminder. */
export function splitMinutes(total: number): { hours: string; minutes: string } {
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}

/** The whole number typed, or null when it is not one (empty counts as 0 only when `emptyIsZero`). */
export function parseWhole(value: string, emptyIsZero = false): number | null {
  const s = value.trim();
  if (s === '') return emptyIsZero ? 0 : null;
  return /^\d+$/.test(s) ? Number(s) : null;
}

/** Hours and minutes of a reminder back to minutes; null when either is not a whole number. */
export function joinMinutes(hours: string, minutes: string): number | null {
  const h = parseWhole(hours, true);
  const m = parseWhole(minutes, true);
  return h === null || m === null ? null : h * 60 + m;
}

/**
 * Reads the whole-number fields of a form: the numbers, and a problem for
 * each field that does not hold one.
 */
export function readNumbers<K extends string>(values: Record<K, string>): { numbers: Record<K, number>; problems: Problem[] } {
  const numbers = {} as Record<K, number>;
  const problems: Problem[] = [];
  for (const key of Object.keys(values) as K[]) {
    const n = parseWhole(values[key]);
    if (n === null) problems.push({ field: key, key: 'admin.errors.wholeNumber' });
    else numbers[key] = n;
  }
  return { numbers, problems };
}

/**
 * The API names the exact path that failed (`openingHours.1.0.end`,
 * `requiredDocuments.2.en`); the form may only have an input for a shorter
 * one. Returns the longest prefix that has an input, so the error summary
 * can link to it and the message can sit beside it.
 */
export function nearestField(field: string, known: readonly string[] | ((field: string) => boolean)): string | null {
  const has = typeof known === 'function' ? known : (f: string) => known.includes(f);
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (has(candidate)) return candidate;
  }
  return null;
}

/** Offset of `timeZone` from UTC at an instant, in minutes (Athens summer: 180). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * A wall-clock time typed in a `datetime-local` input ('2026-05-04T09:00'),
 * read in the municipality's zone, as a UTC ISO instant. A time skipped by a
 * DST change moves forward, as clocks do. Null when the text is not such a time.
 */
export function zonedToInstant(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Two passes settle the offset even next to a DST change.
  let guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  guess = wall - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess).toISOString();
}

/** An instant as the `datetime-local` text of its wall-clock time in `timeZone`. */
export function instantToZoned(instant: string, timeZone: string): string {
  const t = Date.parse(instant);
  return new Date(t + offsetMinutes(t, timeZone) * 60_000).toISOString().slice(0, 16);
}

/**
 * Required documents as sent: rows left empty are dropped; a row named in one
 * language only is a problem on the missing side (at the row's place on screen).
 */
export function readDocuments(docs: LocalizedText[], field: string): { documents: LocalizedText[]; problems: Problem[] } {
  const documents: LocalizedText[] = [];
  const problems: Problem[] = [];
  docs.forEach((d, i) => {
    const el = d.el.trim();
    const en = d.en.trim();
    if (!el && !en) return;
    if (!el) problems.push({ field: `${field}.${i}.el`, key: 'admin.errors.required' });
    if (!en) problems.push({ field: `${field}.${i}.en`, key: 'admin.errors.required' });
    documents.push({ el, en });
  });
  return { documents, problems };
}

/**
 * The API starts field messages with the field's path (`Πεδίο «durations.video»: …`,
 * `Field "durations.video": …`); beside the input itself that path is noise.
 */
export function withoutFieldPrefix(message: string): string {
  const rest = message.replace(/^(Πεδίο «[^»]*»|Field "[^"]*"):\s*/, '');
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : message;
}

/**
 * A topic's lengths as typed, one input per mode it is offered in: the
 * minutes of each filled one (an empty input takes the municipality's length,
 * so it is left out), and a problem for each that is not a whole number.
 * Modes the topic is no longer offered in are dropped.
 */
export function readTopicDurations(typed: Partial<Record<Mode, string>>, modes: readonly Mode[]): { durations: Partial<Record<Mode, number>>; problems: Problem[] } {
  const durations: Partial<Record<Mode, number>> = {};
  const problems: Problem[] = [];
  for (const m of modes) {
    const s = (typed[m] ?? '').trim();
    if (!s) continue;
    const n = parseWhole(s);
    if (n === null) problems.push({ field: `durations.${m}`, key: 'admin.errors.wholeNumber' });
    // The server's range (5–180), told with the other mistakes on the first try.
    else if (n < 5 || n > 180) problems.push({ field: `durations.${m}`, key: 'admin.errors.duration' });
    else durations[m] = n;
  }
  return { durations, problems };
}

/** A topic's lengths as the inputs show them: empty where it takes the municipality's. */
export function typedTopicDurations(durations: Partial<Record<Mode, number>> | undefined): Partial<Record<Mode, string>> {
  return Object.fromEntries(Object.entries(durations ?? {}).map(([m, n]) => [m, String(n)]));
}
