import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// Monday 23 Nov 2026, 10:00 in Athens.
const h = useApiHarness('2026-11-23T08:00:00Z');
const BASE = '/api/v1/admin/municipality/interpreters';
const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

/** A sign-language video appointment at 08:00 on Tuesday: only the Athens interpreter works then. */
async function bookWithAthensInterpreter() {
  const c = await h.citizen('045123787');
  const m = await h.municipality('athens');
  const q = { municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === 'Family status certificate')!.id, mode: 'video', interpretation: 'gsl' };
  const start = '2026-11-24T06:00:00.000Z';
  const hold = await c.post('/api/v1/holds', { ...q, start });
  expect(hold.status).toBe(201);
  const booked = await c.post('/api/v1/appointments', { ...q, holdId: hold.body.id, start, person, declarations });
  expect(booked.status).toBe(201);
  const row = await h.knex('appointments').where({ id: booked.body.id }).first('interpreter_id', 'reference');
  return { citizen: c, id: booked.body.id as string, interpreterId: row.interpreter_id as string, reference: row.reference as string };
}

describe('an interpreter with appointments to come', () => {
  it('is not deactivated, nor loses the kind an appointment needs, without the admin being told which appointments would be left without one', async () => {
    const booked = await bookWithAthensInterpreter();
    const admin = await h.employee('135792468', 'athens');
    // Another municipality's admin learns nothing of them, not even that they have appointments.
    const other = await h.employee('109876540', 'thessaloniki');
    const foreign = await other.send('PUT', `${BASE}/${booked.interpreterId}`, { active: false });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain(booked.reference);

    const refused = await admin.send('PUT', `${BASE}/${booked.interpreterId}`, { active: false });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'interpreter_has_appointments', field: 'active', count: 1, references: [booked.reference] });
    expect(refused.body.error.message.el).toContain(booked.reference);
    expect(refused.body.error.message.en).toMatch(/Move or cancel them/);
    expect((await h.knex('interpreters').where({ id: booked.interpreterId }).first('active')).active).toBe(true);

    const kinds = await admin.send('PUT', `${BASE}/${booked.interpreterId}`, { kinds: ['lip_reading'] });
    expect(kinds.status).toBe(409);
    expect(kinds.body.error).toMatchObject({ code: 'interpreter_has_appointments', field: 'kinds' });
    // Changes that leave the appointment its interpreter go through.
    expect((await admin.send('PUT', `${BASE}/${booked.interpreterId}`, { kinds: ['gsl', 'lip_reading'] })).status).toBe(200);

    // Once the appointment is cancelled, nothing stands in the way.
    expect((await booked.citizen.post(`/api/v1/appointments/${booked.id}/cancel`, {})).status).toBe(200);
    expect((await admin.send('PUT', `${BASE}/${booked.interpreterId}`, { active: false })).status).toBe(200);
  });
});
