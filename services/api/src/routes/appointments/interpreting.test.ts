import { joinToken } from '@muni/domain';
import { loadConfig } from '@muni/appointments';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// Interpreting per mode (interpretingFor): in person the interpreter joins by
// video link on the counter's screen; by phone it is not offered.
// Monday 23 Nov 2026, 10:00 in Athens (UTC+2).
const h = useApiHarness('2026-11-23T08:00:00Z');
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const LINK_SECRET = loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv).LINK_SECRET;
const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

async function familyStatus() {
  const m = await h.municipality('athens');
  return { municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === 'Family status certificate')!.id };
}

describe('in person with interpreting', () => {
  it('books with an interpreter reserved, a call for the employee and the interpreter only, and the interpreter invited', async () => {
    const c = await h.citizen('045123787');
    const q = await familyStatus();
    const staff = await h.employee('135792468', 'athens');
    const { id: employeeId } = await h.knex('employees').where({ tax_id: '135792468', municipality_id: q.municipalityId }).first('id');
    const slots = await c.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=in_person&topicId=${q.topicId}&from=2026-11-24&to=2026-11-24&interpretation=gsl&employeeId=${employeeId}`);
    expect(slots.status).toBe(200);
    const start = slots.body.slots[1].start;

    const hold = await c.post('/api/v1/holds', { ...q, mode: 'in_person', start, interpretation: 'gsl', requestedEmployeeId: employeeId });
    expect(hold.status).toBe(201);
    const booked = await c.post('/api/v1/appointments', { holdId: hold.body.id, ...q, mode: 'in_person', start, person, declarations, interpretation: 'gsl', requestedEmployeeId: employeeId });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ mode: 'in_person', interpretation: 'gsl', status: 'booked' });

    const row = await h.knex('appointments').where({ id: booked.body.id }).first('interpreter_id', 'room_name');
    expect(row.interpreter_id).not.toBeNull(); // reserved like a video call's interpreter
    expect(row.room_name).not.toBeNull();
    const links = await h.knex('join_links').where({ appointment_id: booked.body.id }).pluck('role');
    expect(links.sort()).toEqual(['employee', 'interpreter']); // the citizen is at the counter
    const interpreter = await h.knex('interpreters').where({ id: row.interpreter_id }).first('email');
    const invite = await h.knex('notifications').where({ appointment_id: booked.body.id, recipient_role: 'interpreter' }).first('kind', 'recipient_email');
    expect(invite).toEqual({ kind: 'invite_interpreter', recipient_email: interpreter.email });

    // The employee opens the call from the console; the interpreter's link opens the same call.
    const own = await staff.get(`/api/v1/appointments/${booked.body.id}/join-link`);
    expect(own.status).toBe(200);
    expect(own.body.role).toBe('employee');
    const employeeJoin = await h.client().get(own.body.url.replace(/^.*\/join\//, '/api/v1/join/'));
    expect(employeeJoin.status).toBe(200);
    expect(employeeJoin.body.appointment.mode).toBe('in_person');
    const interpreterJoin = await h.client().get(`/api/v1/join/${joinToken(LINK_SECRET, booked.body.id, 'interpreter', 1)}`);
    expect(interpreterJoin.status).toBe(200);
    expect(interpreterJoin.body.role).toBe('interpreter');
    // Staff see who interprets, to reach them; the citizen's view does not name them.
    const detail = await staff.get(`/api/v1/appointments/${booked.body.id}`);
    const interpreterRow = await h.knex('interpreters').where({ id: row.interpreter_id }).first('full_name', 'email');
    expect(detail.body.interpreter).toEqual({ name: interpreterRow.full_name, email: interpreterRow.email });
    expect((await c.get(`/api/v1/appointments/${booked.body.id}`)).body.interpreter).toBeUndefined();
    // The citizen has no link of their own: they sit beside the counter's screen.
    expect((await c.get(`/api/v1/appointments/${booked.body.id}/join-link`)).status).toBe(409);
    expect((await h.client().get(`/api/v1/join/${joinToken(LINK_SECRET, booked.body.id, 'citizen', 1)}`)).status).toBe(404);
  });

  it('without interpreting stays a plain visit: no interpreter, no call', async () => {
    const c = await h.citizen('068933130');
    const q = await familyStatus();
    const booked = await c.post('/api/v1/appointments', { ...q, mode: 'in_person', start: '2026-11-25T08:00:00Z', person, declarations });
    expect(booked.status).toBe(201);
    expect(await h.knex('join_links').where({ appointment_id: booked.body.id }).count('* as n').first()).toEqual({ n: 0 });
    expect((await h.knex('appointments').where({ id: booked.body.id }).first('room_name')).room_name).toBeNull();
  });
});

describe('by phone interpreting is not offered', () => {
  it('refuses the booking, the hold and the free times with a message that points to a video appointment', async () => {
    const c = await h.citizen('112233441');
    const q = await familyStatus();
    const before = await h.knex('appointments').count('* as n').first();
    const start = '2026-11-24T09:00:00Z';
    for (const r of [
      await c.post('/api/v1/appointments', { ...q, mode: 'phone', start, person, declarations, interpretation: 'lip_reading' }),
      await c.post('/api/v1/holds', { ...q, mode: 'phone', start, interpretation: 'gsl' }),
      await c.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=phone&topicId=${q.topicId}&from=2026-11-24&to=2026-11-24&interpretation=gsl`),
    ]) {
      expect(r.status).toBe(422);
      expect(r.body.error).toMatchObject({ code: 'interpretation_not_by_phone', field: 'interpretation' });
      expect(r.body.error.message.el).toContain('βιντεοκλήση');
      expect(r.body.error.message.en).toContain('video appointment');
    }
    expect(await h.knex('appointments').count('* as n').first()).toEqual(before);
  });
});

describe('a time with no interpreter free', () => {
  it('is refused as such (not as taken by someone else), with the nearest times an interpreter is free', async () => {
    const c = await h.citizen('068933130');
    const q = await familyStatus();
    const day = '2026-11-24';
    const slotsOf = async (interpretation?: string) =>
      ((await c.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=video&topicId=${q.topicId}&from=${day}&to=${day}${interpretation ? `&interpretation=${interpretation}` : ''}`)).body.slots as { start: string }[]).map((s) => s.start);
    // 08:00 in Athens: the municipality is open, but lip reading starts at 09:00.
    const eight = '2026-11-24T06:00:00.000Z';
    expect(await slotsOf()).toContain(eight);
    const withLipReading = await slotsOf('lip_reading');
    expect(withLipReading).not.toContain(eight);

    const refused = await c.post('/api/v1/holds', { ...q, mode: 'video', start: eight, interpretation: 'lip_reading' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('no_interpreter');
    expect(refused.body.error.message.el).toMatch(/δεν είναι διαθέσιμος διερμηνέας/);
    expect(refused.body.error.message.en).toMatch(/No interpreter is available/);
    const alternatives = (refused.body.error.alternatives as { start: string }[]).map((s) => s.start);
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives.filter((s) => s.startsWith(day)).every((s) => withLipReading.includes(s))).toBe(true);
    expect(await h.knex('appointments').where({ status: 'held', starts_at: new Date(eight) }).first()).toBeUndefined();

    // One of them is held with the interpreter.
    const held = await c.post('/api/v1/holds', { ...q, mode: 'video', start: alternatives[0], interpretation: 'lip_reading' });
    expect(held.status).toBe(201);
  });
});
