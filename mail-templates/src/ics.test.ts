import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, vtimezoneLines } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

const base = {
  uid: 'appt-42@rantevou.example.gr',
  sequence: 3,
  method: 'REQUEST' as const,
  start: new Date('2026-10-25T08:00:00Z'),
  end: new Date('2026-10-25T08:30:00Z'),
  timeZone: 'Europe/Athens',
  title: 'Έκδοση πιστοποιητικού οικογενειακής κατάστασης – Δήμος Αθηναίων',
  description: 'Γραμμή 1, με κόμμα; και ερωτηματικό\nΓραμμή 2 \\ ανάποδη κάθετος',
  location: 'Λιοσίων 22, Αθήνα',
  url: 'https://rantevou.example.gr/join/abc',
  organizer: { name: 'Δήμος "Αθηναίων"', email: 'rantevou@athens.example.gr' },
  stamp: new Date('2026-10-01T12:00:00Z'),
};

describe('foldLine', () => {
  it('keeps every physical line within 75 octets without splitting Greek letters', () => {
    const line = `SUMMARY:${'Αλφάβητο ελληνικό 😀 '.repeat(12)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(4);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(physical.join('\n')).not.toContain('\uFFFD');
    expect(unfold(folded)).toBe(line);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('METHOD:REQUEST')).toBe('METHOD:REQUEST');
    const exactly75 = `X:${'a'.repeat(73)}`;
    expect(foldLine(exactly75)).toBe(exactly75);
    expect(foldLine(`${exactly75}b`)).toBe(`${exactly75}\r\n b`);
  });
});

describe('buildIcs', () => {
  const ics = buildIcs(base);

  it('uses CRLF line endings only and 75-octet lines', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('carries METHOD, the given UID and SEQUENCE, and times in the municipality zone', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('UID:appt-42@rantevou.example.gr');
    expect(lines).toContain('SEQUENCE:3');
    // 25 October 2026 is the day summer time ends: 08:00 UTC is 10:00 in Athens (UTC+2 since 01:00 UTC).
    expect(lines).toContain('DTSTART;TZID=Europe/Athens:20261025T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Athens:20261025T103000');
    expect(lines).toContain('DTSTAMP:20261001T120000Z');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('ORGANIZER;CN="Δήμος \'Αθηναίων\'":mailto:rantevou@athens.example.gr');
    expect(lines.at(0)).toBe('BEGIN:VCALENDAR');
  });

  it('escapes TEXT values', () => {
    expect(unfold(ics)).toContain(`DESCRIPTION:${escapeText(base.description)}`);
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(unfold(ics)).toContain('LOCATION:Λιοσίων 22\\, Αθήνα');
  });

  it('writes a cancellation with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const cancel = unfold(buildIcs({ ...base, method: 'CANCEL', sequence: 4 })).split('\r\n');
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toContain('SEQUENCE:4');
    expect(cancel).toContain('UID:appt-42@rantevou.example.gr');
  });

  it('refuses values that would corrupt the file', () => {
    expect(() => buildIcs({ ...base, organizer: { name: 'x', email: 'a@b\r\nX-EVIL:1' } })).toThrow();
    expect(() => buildIcs({ ...base, url: 'https://x.gr/a b' })).toThrow();
    expect(() => buildIcs({ ...base, sequence: -1 })).toThrow();
    expect(() => buildIcs({ ...base, end: base.start })).toThrow();
  });
});

/** The wall-clock offset (minutes east of UTC) of `zone` at `at`, as the IANA data in Intl has it. */
function intlOffset(at: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')!.value; // "GMT+03:00"
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

const minutesOf = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));

/**
 * The instants a VTIMEZONE's rules change the offset in `year`: each
 * STANDARD/DAYLIGHT part with an RRULE of the form FREQ=YEARLY;BYMONTH=m;BYDAY=-1SU
 * (the EU rule) or nSU, at its DTSTART's local time in the offset it changes from.
 */
function transitions(vtimezone: string[], year: number): { at: Date; from: number; to: number }[] {
  const out: { at: Date; from: number; to: number }[] = [];
  let part: Record<string, string> | null = null;
  for (const line of vtimezone) {
    if (line === 'BEGIN:DAYLIGHT' || line === 'BEGIN:STANDARD') part = {};
    else if ((line === 'END:DAYLIGHT' || line === 'END:STANDARD') && part) {
      const rule = Object.fromEntries(part.RRULE!.split(';').map((kv) => kv.split('=') as [string, string]));
      expect(rule.FREQ).toBe('YEARLY');
      const month = Number(rule.BYMONTH);
      const nth = Number(/^(-?\d)SU$/.exec(rule.BYDAY!)![1]);
      const hour = Number(part.DTSTART!.slice(9, 11));
      const minute = Number(part.DTSTART!.slice(11, 13));
      const sundays: number[] = [];
      for (let d = 1; d <= 31; d++) {
        const day = new Date(Date.UTC(year, month - 1, d));
        if (day.getUTCMonth() === month - 1 && day.getUTCDay() === 0) sundays.push(d);
      }
      const day = nth < 0 ? sundays.at(nth)! : sundays[nth - 1]!;
      const from = minutesOf(part.TZOFFSETFROM!);
      out.push({ at: new Date(Date.UTC(year, month - 1, day, hour, minute) - from * 60_000), from, to: minutesOf(part.TZOFFSETTO!) });
      part = null;
    } else if (part) {
      const colon = line.indexOf(':');
      part[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return out;
}

describe('the VTIMEZONE of the municipality', () => {
  const zone = 'Europe/Athens';
  const ics = buildIcs({ ...base, start: new Date('2027-03-28T07:00:00Z'), end: new Date('2027-03-28T07:30:00Z') });
  const lines = unfold(ics).split('\r\n');

  it('stands before the event, with the TZID the times use', () => {
    const begin = lines.indexOf('BEGIN:VTIMEZONE');
    expect(begin).toBeGreaterThan(0);
    expect(begin).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines).toContain(`TZID:${zone}`);
    // 28 March 2027 is the day summer time starts: 07:00 UTC is 10:00 in Athens (UTC+3 since 01:00 UTC).
    expect(lines).toContain(`DTSTART;TZID=${zone}:20270328T100000`);
  });

  it('changes the offset exactly when the IANA data does, in every year ahead', () => {
    const vtz = vtimezoneLines(zone);
    for (let year = 2025; year <= 2040; year++) {
      const changes = transitions(vtz, year);
      expect(changes).toHaveLength(2);
      for (const c of changes) {
        expect(intlOffset(new Date(c.at.getTime() - 60_000), zone), `${year} before ${c.at.toISOString()}`).toBe(c.from);
        expect(intlOffset(c.at, zone), `${year} at ${c.at.toISOString()}`).toBe(c.to);
      }
      // Summer time: last Sunday of March to last Sunday of October, at 01:00 UTC both times.
      expect(changes.map((c) => c.at.getUTCHours())).toEqual([1, 1]);
      expect(changes.map((c) => [c.from, c.to]).sort()).toEqual([[120, 180], [180, 120]]);
    }
  });

  it('refuses a zone it does not know', () => {
    expect(() => vtimezoneLines('Mars/Olympus_Mons')).toThrow(/VTIMEZONE/);
  });

  it('gives every calendar the same zone block, however many are built (it is kept once per zone)', () => {
    const first = vtimezoneLines(zone);
    first.push('X-CHANGED-BY-A-CALLER:1');
    expect(vtimezoneLines(zone)).toEqual(first.slice(0, -1));
    const two = [1, 2].map((k) => buildIcs({ ...base, uid: `u${k}@example.org` }).split('\r\n'));
    const block = (ls: string[]) => ls.slice(ls.indexOf('BEGIN:VTIMEZONE'), ls.indexOf('END:VTIMEZONE') + 1);
    expect(block(two[0]!)).toEqual(block(two[1]!));
    expect(block(two[0]!).length).toBeGreaterThan(4);
  });
});
