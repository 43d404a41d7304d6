/**
 * A small RFC 5545 / RFC 5546 (iTIP) writer for one appointment event.
 *
 * Why not the `ics` package: it supports METHOD/UID/SEQUENCE, but v3 folds lines
 * at 75 *characters* (Greek text is 2 octets per letter, so lines reach 150
 * octets) and escapes quotes in parameters with a backslash, which RFC 5545 does
 * not allow. Both matter for Greek names and addresses, so we write the few
 * lines ourselves: CRLF endings, folding at 75 octets without splitting a
 * UTF-8 sequence, TEXT escaping. DTSTART/DTEND are wall-clock times with
 * TZID=<the municipality's zone> and its VTIMEZONE (rules from the IANA data
 * of timezones-ical-library), so calendars show the municipality's time and
 * keep it right across a change of daylight saving time.
 */
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { localTime } from './localTime';
import type { IcsMethod } from './types';

export interface IcsOptions {
  uid: string;
  sequence: number;
  method: IcsMethod;
  start: Date;
  end: Date;
  /** IANA zone the times are written in (TZID), e.g. Europe/Athens. */
  timeZone: string;
  title: string;
  description: string;
  location?: string;
  url?: string;
  organizer: { name: string; email: string };
  attendee?: { name: string; email: string };
  /** DTSTAMP; defaults to now. */
  stamp?: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** UTF-8 length of the code point starting at `i` (a lone surrogate becomes U+FFFD: 3 octets), and its UTF-16 length. */
function codePointAt(line: string, i: number): { octets: number; units: number } {
  const c = line.charCodeAt(i);
  if (c < 0x80) return ASCII;
  if (c < 0x800) return TWO;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = line.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return PAIR;
  }
  return THREE;
}
const ASCII = { octets: 1, units: 1 };
const TWO = { octets: 2, units: 1 };
const THREE = { octets: 3, units: 1 };
const PAIR = { octets: 4, units: 2 };

/**
 * Folds one content line to at most 75 octets per physical line (RFC 5545 §3.1),
 * never inside a UTF-8 sequence. Counts octets from the UTF-16 code units and
 * cuts with slice: most lines are short and leave after one pass.
 */
export function foldLine(line: string): string {
  // Each UTF-16 unit is at most 3 octets: a line of ≤ 25 units always fits.
  if (line.length <= MAX_OCTETS / 3) return line;
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  let limit = MAX_OCTETS;
  for (let i = 0; i < line.length; ) {
    const cp = codePointAt(line, i);
    if (octets + cp.octets > limit) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 0;
      limit = MAX_OCTETS - 1; // continuation lines start with one space
    }
    octets += cp.octets;
    i += cp.units;
  }
  if (parts.length === 0) return line;
  parts.push(line.slice(from));
  return parts.join(`${CRLF} `);
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/** A quoted parameter value: DQUOTE and control characters are not allowed inside. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return `"${value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

function mailto(email: string): string {
  if (!/^[^\s@:;,"<>]+@[^\s@:;,"<>]+$/.test(email)) throw new Error(`invalid e-mail address for .ics: ${email}`);
  return `mailto:${email}`;
}

function uri(value: string): string {
  if (/[\s"]/.test(value)) throw new Error(`invalid URI for .ics: ${value}`);
  return value;
}

/** 20261025T080000Z */
export function utcStamp(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('invalid date for .ics');
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const two = (n: number) => String(n).padStart(2, '0');

/** 20261025T110000: the wall-clock time of `date` in `timeZone` (for DTSTART;TZID=…). */
export function localStamp(date: Date, timeZone: string): string {
  if (Number.isNaN(date.getTime())) throw new Error('invalid date for .ics');
  const l = localTime(date, timeZone);
  return `${l.year}${two(l.month)}${two(l.day)}T${two(l.hour)}${two(l.minute)}${two(date.getUTCSeconds())}`;
}

// The library builds the block from its rules on every call (a quarter of a
// reminder's rendering); a zone's block never changes while the process runs.
const vtimezones = new Map<string, readonly string[]>();

/** The VTIMEZONE component of an IANA zone, as content lines. */
export function vtimezoneLines(timeZone: string): string[] {
  let lines = vtimezones.get(timeZone);
  if (!lines) {
    const block = tzlib_get_ical_block(timeZone);
    const text = Array.isArray(block) ? block[0] : '';
    if (!text || !text.startsWith('BEGIN:VTIMEZONE')) throw new Error(`no VTIMEZONE for time zone ${timeZone}`);
    lines = text.split(/\r?\n/).filter((line) => line.length > 0);
    vtimezones.set(timeZone, lines);
  }
  return [...lines];
}

export function buildIcs(opts: IcsOptions): string {
  if (!Number.isInteger(opts.sequence) || opts.sequence < 0) throw new Error('SEQUENCE must be a non-negative integer');
  if (opts.end.getTime() <= opts.start.getTime()) throw new Error('end must be after start');
  const cancelled = opts.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Municipal appointments//mail-templates//EL',
    'CALSCALE:GREGORIAN',
    `METHOD:${opts.method}`,
    ...vtimezoneLines(opts.timeZone),
    'BEGIN:VEVENT',
    `UID:${escapeText(opts.uid)}`,
    `SEQUENCE:${opts.sequence}`,
    `DTSTAMP:${utcStamp(opts.stamp ?? new Date())}`,
    `DTSTART;TZID=${opts.timeZone}:${localStamp(opts.start, opts.timeZone)}`,
    `DTEND;TZID=${opts.timeZone}:${localStamp(opts.end, opts.timeZone)}`,
    `SUMMARY:${escapeText(opts.title)}`,
    `DESCRIPTION:${escapeText(opts.description)}`,
  ];
  if (opts.location) lines.push(`LOCATION:${escapeText(opts.location)}`);
  if (opts.url) lines.push(`URL:${uri(opts.url)}`);
  lines.push(`ORGANIZER;CN=${paramValue(opts.organizer.name)}:${mailto(opts.organizer.email)}`);
  if (opts.attendee) {
    lines.push(
      `ATTENDEE;CN=${paramValue(opts.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(opts.attendee.email)}`,
    );
  }
  lines.push(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
