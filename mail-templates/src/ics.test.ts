import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

const base = {
  uid: 'appt-42@rantevou.example.gr',
  sequence: 3,
  method: 'REQUEST' as const,
  start: new Date('2026-10-25T08:00:00Z'),
  end: new Date('2026-10-25T08:30:00Z'),
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

  it('carries METHOD, the given UID and SEQUENCE, and times in UTC', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('UID:appt-42@rantevou.example.gr');
    expect(lines).toContain('SEQUENCE:3');
    expect(lines).toContain('DTSTART:20261025T080000Z');
    expect(lines).toContain('DTEND:20261025T083000Z');
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
