import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';
import { deliverMails } from '../../testing/mails';

// Monday 23 Nov 2026, 10:00 in Athens (UTC+2).
const h = useApiHarness('2026-11-23T08:00:00Z');
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const declarations = { dataTrue: true, privacyRead: true };

/** The VEVENT's properties (name with parameters → value), unfolded; DTSTAMP left out (the time the file was made). */
function eventOf(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
  return new Map(event.filter((l) => !l.startsWith('DTSTAMP')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]));
}

describe('"add to calendar" on the confirmation page', () => {
  it('downloads the same event the confirmation e-mail carries: UID, SEQUENCE, language, the join link, organizer, local times with their VTIMEZONE', async () => {
    const citizen = await h.citizen('045123787');
    const m = await h.municipality('athens');
    const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
    const slots = await citizen.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topicId}&from=2026-11-25&to=2026-11-25`);
    const start: string = slots.body.slots[0].start;
    const person = { fullName: 'Nikolaos Papadopoulos', email: 'nikos@example.gr', phone: '6912345678', language: 'en' };
    const booked = await citizen.post('/api/v1/appointments', { municipalityId: m.id, topicId, mode: 'video', start, person, declarations });
    expect(booked.status).toBe(201);

    const mail = (await deliverMails(h, booked.body.id)).find((x) => x.kind === 'confirmation')!;
    const download = await citizen.raw(`/api/v1/appointments/${booked.body.id}/calendar.ics`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/calendar/);
    const file = await download.text();

    const fromMail = eventOf(mail.ics!);
    const fromPage = eventOf(file);
    expect(fromPage).toEqual(fromMail);
    expect(fromPage.get('UID')).toBe(`${booked.body.id}@127.0.0.1`);
    expect(fromPage.get('SEQUENCE')).toBe('1');
    // In the appointment's language, with the person served's own join link and the municipality as organizer.
    expect(fromPage.get('SUMMARY')).toBe('Family status certificate – Municipality of Athens');
    const joinToken = /\/join\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect(fromPage.get('URL')).toBe(`${h.url}/join/${joinToken}`);
    expect(fromPage.get('ORGANIZER;CN="Municipality of Athens"')).toBe('mailto:no-reply@localhost');
    // Wall-clock time in the municipality's zone (25 Nov: UTC+2), declared by its VTIMEZONE.
    const local = new Date(new Date(start).getTime() + 2 * 3_600_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
    expect(fromPage.get('DTSTART;TZID=Europe/Athens')).toBe(local);
    expect(file).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Athens\r\n');
    expect(file.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(file.indexOf('BEGIN:VEVENT'));

    // After a change both carry the new SEQUENCE; a cancelled appointment's file drops the event.
    expect((await citizen.post(`/api/v1/appointments/${booked.body.id}/cancel`, {})).status).toBe(200);
    const cancelled = await (await citizen.raw(`/api/v1/appointments/${booked.body.id}/calendar.ics`)).text();
    expect(cancelled).toContain('METHOD:CANCEL');
    expect(eventOf(cancelled).get('SEQUENCE')).toBe('2');
    expect(cancelled).not.toContain('/join/');
  });
});
