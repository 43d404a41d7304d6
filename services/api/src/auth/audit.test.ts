import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './appUnderTest';

// The app is built with a logger that writes into this array, at the most talkative level.
const logLines: string[] = [];
const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
const app = useAppUnderTest({ logger, now: () => new Date('2026-11-23T08:00:00Z') });

const person = { fullName: 'Ιφιγένεια Μυστικοπούλου', email: 'ifigeneia.secret@example.gr', phone: '6987654321', language: 'el' };
const PERSONAL = [person.fullName, person.email, person.phone, '045123787', 'ΠΑΠΑΔΟΠΟΥΛΟΣ', 'ΝΙΚΟΛΑΟΣ', '055221137', '144321982', 'ΔΗΜΗΤΡΙΟΥ'];

describe('audit log', () => {
  it('records sign-ins, picking a municipality, an employee viewing a booking and the console list: who, what, from where; no personal data anywhere', async () => {
    const athens = await app.knex('municipalities').where({ slug: 'athens' }).first('id');
    const topic = await app.knex('topics').where({ municipality_id: athens.id }).whereRaw(`'video' = any(modes)`).first('id');

    const citizen = await app.signIn('gsis', '045123787');
    const user = await app.knex('users').where({ tax_id: '045123787' }).first('id');
    const slots = await citizen.get(`/api/v1/municipalities/${athens.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-24&to=2026-11-24`);
    const booked = await citizen.post('/api/v1/appointments', {
      municipalityId: athens.id,
      topicId: topic.id,
      mode: 'video',
      start: slots.body.slots[0].start,
      person,
      declarations: { dataTrue: true, privacyRead: true },
    });
    expect(booked.status).toBe(201);

    const staff = await app.signIn('gsis-gov', '055221137');
    const staffId = (await app.knex('employees').where({ tax_id: '055221137' }).first('id')).id;
    expect((await staff.get(`/api/v1/appointments/${booked.body.id}`)).status).toBe(200);
    expect((await staff.get('/api/v1/console/appointments?date=2026-11-24')).status).toBe(200);

    const both = await app.signIn('gsis-gov', '144321982');
    expect((await both.post('/api/v1/session/municipality', { municipalityId: athens.id })).status).toBe(200);
    const bothAthensId = (await app.knex('employees').where({ tax_id: '144321982', municipality_id: athens.id }).first('id')).id;

    const rows = await app.knex('audit_log').orderBy('id');
    const find = (action: string, actorId: string) => rows.find((r) => r.action === action && r.actor_id === actorId);
    expect(find('sign_in', user.id)).toMatchObject({ actor_kind: 'citizen', details: { provider: 'gsis' } });
    expect(find('sign_in', staffId)).toMatchObject({ actor_kind: 'employee', municipality_id: athens.id, details: { provider: 'gsis-gov', employeeIds: [staffId] } });
    const multi = rows.find((r) => r.action === 'sign_in' && r.details.employeeIds?.includes(bothAthensId));
    expect(multi).toMatchObject({ actor_kind: 'employee', actor_id: null });
    expect(multi.details.employeeIds).toHaveLength(2);
    expect(find('pick_municipality', bothAthensId)).toMatchObject({ municipality_id: athens.id, subject_kind: 'municipality', subject_id: athens.id });
    expect(find('view_appointment', staffId)).toMatchObject({ subject_kind: 'appointment', subject_id: booked.body.id, municipality_id: athens.id });
    expect(find('list_appointments', staffId)).toMatchObject({ municipality_id: athens.id, details: { date: '2026-11-24', count: 1 } });
    for (const r of rows) {
      expect(r.ip).toMatch(/127\.0\.0\.1/);
      expect(r.at).toBeInstanceOf(Date);
    }

    const everything = JSON.stringify(rows) + logLines.join('');
    for (const secret of PERSONAL) expect(everything, `personal data "${secret}" in audit or logs`).not.toContain(secret);
  });
});
