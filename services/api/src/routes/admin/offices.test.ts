import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// In-person appointments need an office with an address: their e-mails send people there.
const h = useApiHarness('2026-11-23T08:00:00Z');
const BASE = '/api/v1/admin/municipality';
const THESS_ADMIN = '109876540';

const officeNames = async (admin: Awaited<ReturnType<typeof h.employee>>) => ((await admin.get(`${BASE}/offices`)).body as { name: string }[]).map((o) => o.name);

describe('the office of in-person appointments', () => {
  it('refuses to delete the last office of a municipality that takes in-person appointments, and says what to do first', async () => {
    const admin = await h.employee(THESS_ADMIN, 'thessaloniki');
    const offices = (await admin.get(`${BASE}/offices`)).body as { id: string; name: string }[];
    expect(offices).toHaveLength(1);

    const refused = await admin.send('DELETE', `${BASE}/offices/${offices[0]!.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('last_office_in_person');
    expect(refused.body.error.message.el).toMatch(/Προσθέστε πρώτα άλλο γραφείο/);
    expect(refused.body.error.message.en).toMatch(/Add another office first/);
    expect(await officeNames(admin)).toEqual([offices[0]!.name]);
    expect(await h.knex('audit_log').where({ action: 'admin_delete_office' }).first()).toBeUndefined();

    // With another office the first may go.
    const second = await admin.post(`${BASE}/offices`, { name: 'ΚΕΠ Καλαμαριάς', address: 'Κομνηνών 40, Καλαμαριά', floor: null, directions: null });
    expect(second.status).toBe(201);
    expect((await admin.send('DELETE', `${BASE}/offices/${offices[0]!.id}`)).status).toBe(204);
    expect(await officeNames(admin)).toEqual(['ΚΕΠ Καλαμαριάς']);
  });

  it('refuses a topic that starts to offer in person while the municipality has no office, and accepts it once there is one', async () => {
    const admin = await h.employee(THESS_ADMIN, 'thessaloniki');
    const me = (await admin.get('/api/v1/me')).body as { employee?: { id: string } };
    const municipality = await h.municipality('thessaloniki');
    // A municipality left without an office (as before this rule existed).
    await h.knex('offices').where({ municipality_id: municipality.id }).delete();

    const name = { el: 'Βεβαίωση μόνιμης κατοικίας', en: 'Certificate of residence' };
    const refused = await admin.post(`${BASE}/topics`, { name, modes: ['in_person', 'video'], employeeIds: me.employee ? [me.employee.id] : [] });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ field: 'modes', code: 'no_office' });
    expect(refused.body.error.message.el).toMatch(/γραφείο με διεύθυνση/);
    expect(await h.knex('topics').where({ municipality_id: municipality.id, name_en: name.en }).first()).toBeUndefined();

    const videoOnly = await admin.post(`${BASE}/topics`, { name, modes: ['video'], employeeIds: [] });
    expect(videoOnly.status).toBe(201);
    const id = videoOnly.body.topic?.id ?? videoOnly.body.id;
    expect((await admin.send('PUT', `${BASE}/topics/${id}`, { modes: ['video', 'in_person'] })).body.error?.code).toBe('no_office');

    await admin.post(`${BASE}/offices`, { name: 'Δημαρχείο', address: 'Βασιλέως Γεωργίου 1, Θεσσαλονίκη', floor: null, directions: null });
    expect((await admin.send('PUT', `${BASE}/topics/${id}`, { modes: ['video', 'in_person'] })).status).toBe(200);
  });
});
