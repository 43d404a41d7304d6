import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../testing/harness';
import { purgePersonalData } from './purgePersonalData';

const h = useApiHarness('2026-11-23T08:00:00Z');
const person = { fullName: 'Αικατερίνη Κωνσταντινίδου', email: 'katerina@example.gr', phone: '6900000000', language: 'el' };

describe('retention of personal data', () => {
  it('overwrites the personal data of appointments past the retention period and keeps the rest', async () => {
    const c = await h.citizen('112233441');
    const m = await h.municipality('athens');
    const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
    const slots = await c.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topicId}&from=2026-11-24&to=2026-11-24`);
    const booked = await c.post('/api/v1/appointments', { municipalityId: m.id, topicId, mode: 'video', start: slots.body.slots[0].start, person, declarations: { dataTrue: true, privacyRead: true }, thirdPerson: { fullName: 'Γιώργος Τρίτος', email: 'g@example.gr' } });
    expect(booked.status).toBe(201);

    // A year later it is still kept; past a year and a day it is purged.
    expect(await purgePersonalData(h.knex, new Date('2027-11-20T00:00:00Z'), 365)).toBe(0);
    expect(await purgePersonalData(h.knex, new Date('2027-11-26T00:00:00Z'), 365)).toBe(1);

    const row = await h.knex('appointments').where({ id: booked.body.id }).first();
    expect(row).toMatchObject({ person_email: 'deleted@invalid', person_phone: null, third_person_name: null, third_person_email: null, status: 'booked', topic_id: topicId });
    expect(JSON.stringify(row)).not.toMatch(/katerina|Κωνσταντινίδου|Τρίτος/);
    expect(await h.knex('notifications').where({ appointment_id: booked.body.id })).toEqual([]);
    const names = await h.knex('join_links').where({ appointment_id: booked.body.id }).pluck('display_name');
    expect(names.join(' ')).not.toMatch(/Κωνσταντινίδου|Τρίτος/);
    expect(await purgePersonalData(h.knex, new Date('2027-11-27T00:00:00Z'), 365)).toBe(0); // once only
  });
});
