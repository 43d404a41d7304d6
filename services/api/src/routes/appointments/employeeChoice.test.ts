import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/apiClient';
import { useApiHarness } from '../../testing/harness';

// What a citizen is promised about the employee: the one asked for or a clear
// refusal with their times; a moved appointment keeps its employee unless the
// citizen (or the clerk) chose "any employee"; a lost time comes back with
// free times on both sides of it.

const h = useApiHarness('2026-11-23T08:00:00Z'); // Monday 10:00 Athens
// Few demo citizens book many times here; the per-citizen limits have their own tests (citizenLimits.test.ts).
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };
type Slot = { start: string; end: string };

/** Video "Family status certificate" in Athens (three employees) and Μαρία Γεωργίου among them. */
async function familyCertificate(c: ApiClient) {
  const m = await h.municipality('athens');
  const q = { municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === 'Family status certificate')!.id, mode: 'video' };
  const staff = await c.get(`/api/v1/municipalities/${q.municipalityId}/employees?topicId=${q.topicId}&mode=video`);
  const georgiou = (staff.body as { id: string; displayName: string }[]).find((e) => e.displayName === 'Μαρία Γεωργίου')!.id;
  return { q, georgiou };
}

async function slots(c: ApiClient, q: { municipalityId: string; topicId: string; mode: string }, day: string, employeeId?: string) {
  const r = await c.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=${q.mode}&topicId=${q.topicId}&from=${day}&to=${day}${employeeId ? `&employeeId=${employeeId}` : ''}`);
  expect(r.status).toBe(200);
  return r.body.slots as Slot[];
}

const starts = (list: Slot[]) => list.map((s) => s.start);
const bookedAt = (start: string) => h.knex('appointments').where({ starts_at: new Date(start) }).whereNot('status', 'cancelled').pluck('employee_id');

describe('a requested employee is honoured or refused, never swapped', () => {
  it('the employee is busy then: 409 with their nearest times before and after, the choice of anyone at that time, and no booking with someone else', async () => {
    const desk = await h.employee('055221137', 'athens');
    const c = await h.citizen('045123787');
    const { q, georgiou } = await familyCertificate(c);
    const hers = await slots(c, q, '2026-11-24', georgiou);
    const lost = hers[4]!.start;
    expect((await desk.post('/api/v1/console/appointments', { ...q, start: lost, person, declarations, requestedEmployeeId: georgiou })).status).toBe(201);

    const hold = await c.post('/api/v1/holds', { ...q, start: lost, requestedEmployeeId: georgiou });
    expect(hold.status).toBe(409);
    expect(hold.body.error).toMatchObject({ code: 'requested_employee_taken', anyEmployeeFree: true });

    const r = await c.post('/api/v1/appointments', { ...q, start: lost, person, declarations, requestedEmployeeId: georgiou });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'requested_employee_taken', anyEmployeeFree: true });
    expect(r.body.error.message.el).toMatch(/υπάλληλος που ζητήσατε/);
    expect(r.body.error.message.en).toMatch(/employee you asked for/);
    expect(await bookedAt(lost)).toEqual([georgiou]);
    const offered = starts(r.body.error.alternatives);
    const stillHers = starts(await slots(c, q, '2026-11-24', georgiou));
    for (const s of offered) expect(stillHers).toContain(s);
    expect(offered.some((s) => s < lost)).toBe(true);
    expect(offered.some((s) => s > lost)).toBe(true);

    // "Any employee at that time".
    const anyone = await c.post('/api/v1/appointments', { ...q, start: lost, person, declarations, requestedEmployeeId: null });
    expect(anyone.status).toBe(201);
    expect(anyone.body.employee.id).not.toBe(georgiou);
  });

  it('a time everyone is taken at: 409 slot_taken with free times before and after it', async () => {
    const desk = await h.employee('055221137', 'athens');
    const { q } = await familyCertificate(desk);
    const all = await slots(desk, q, '2026-11-26');
    // 11:00 Athens: all three video employees work then.
    const full = '2026-11-26T09:00:00.000Z';
    expect(starts(all)).toContain(full);
    for (let i = 0; i < 3; i++) expect((await desk.post('/api/v1/console/appointments', { ...q, start: full, person, declarations })).status).toBe(201);

    const r = await desk.post('/api/v1/console/appointments', { ...q, start: full, person, declarations });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('slot_taken');
    const offered = starts(r.body.error.alternatives);
    expect(offered).not.toContain(full);
    expect(offered.some((s) => s < full)).toBe(true);
    expect(offered.some((s) => s > full)).toBe(true);
    expect(offered).toEqual([...offered].sort());
  });
});

describe('rescheduling keeps the employee', () => {
  it("the citizen's move to a time their employee is busy at is refused with the employee's times; with anyEmployee it changes employee", async () => {
    const c = await h.citizen('068933130');
    const desk = await h.employee('055221137', 'athens');
    const { q, georgiou } = await familyCertificate(c);
    const hers = await slots(c, q, '2026-11-27', georgiou);
    const mine = await c.post('/api/v1/appointments', { ...q, start: hers[1]!.start, person, declarations, requestedEmployeeId: georgiou });
    expect(mine.status).toBe(201);
    const busyAt = hers[5]!.start;
    expect((await desk.post('/api/v1/console/appointments', { ...q, start: busyAt, person, declarations, requestedEmployeeId: georgiou })).status).toBe(201);

    const refused = await c.post(`/api/v1/appointments/${mine.body.id}/reschedule`, { start: busyAt });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'requested_employee_taken', anyEmployeeFree: true });
    expect(refused.body.error.message.en).toMatch(/appointment's employee/);
    // Her free times; those beside the appointment's own time are free for it too (it leaves that time).
    const hersNow = starts(await slots(c, q, '2026-11-27', georgiou));
    const besideOwn = (s: string) => Math.abs(Date.parse(s) - Date.parse(mine.body.start)) < 3_600_000;
    const offered = starts(refused.body.error.alternatives);
    expect(offered.length).toBeGreaterThan(0);
    for (const s of offered) expect(hersNow.includes(s) || besideOwn(s)).toBe(true);
    const unchanged = await c.get(`/api/v1/appointments/${mine.body.id}`);
    expect(unchanged.body).toMatchObject({ start: mine.body.start, employee: { id: georgiou }, version: 1 });

    const kept = await c.post(`/api/v1/appointments/${mine.body.id}/reschedule`, { start: hers[3]!.start });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ start: hers[3]!.start, employee: { id: georgiou } });

    const anyone = await c.post(`/api/v1/appointments/${mine.body.id}/reschedule`, { start: busyAt, anyEmployee: true });
    expect(anyone.status).toBe(200);
    expect(anyone.body.start).toBe(busyAt);
    expect(anyone.body.employee.id).not.toBe(georgiou);
  });

  it('a clerk moving an appointment from the console gets the same refusal and the same choice', async () => {
    const desk = await h.employee('055221137', 'athens');
    const { q, georgiou } = await familyCertificate(desk);
    const hers = await slots(desk, q, '2026-11-30', georgiou);
    const appt = await desk.post('/api/v1/console/appointments', { ...q, start: hers[0]!.start, person, declarations, requestedEmployeeId: georgiou });
    const busyAt = hers[4]!.start;
    await desk.post('/api/v1/console/appointments', { ...q, start: busyAt, person, declarations, requestedEmployeeId: georgiou });

    const refused = await desk.post(`/api/v1/appointments/${appt.body.id}/reschedule`, { start: busyAt });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('requested_employee_taken');
    expect(await bookedAt(hers[0]!.start)).toEqual([georgiou]);

    const moved = await desk.post(`/api/v1/appointments/${appt.body.id}/reschedule`, { start: busyAt, anyEmployee: true });
    expect(moved.status).toBe(200);
    expect(moved.body.employee.id).not.toBe(georgiou);
  });

  it('anyEmployee must be a yes or no', async () => {
    const desk = await h.employee('055221137', 'athens');
    const { q } = await familyCertificate(desk);
    const [first, second] = await slots(desk, q, '2026-12-01');
    const appt = await desk.post('/api/v1/console/appointments', { ...q, start: first!.start, person, declarations });
    const r = await desk.post(`/api/v1/appointments/${appt.body.id}/reschedule`, { start: second!.start, anyEmployee: 'maybe' });
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe('anyEmployee');
  });
});
