import { describe, expect, it } from 'vitest';
import type { Actor, Requester } from '../actor';
import { AppError } from '../errors';
import { useAppTestKit } from '../testing';
import { createAbsence } from './adminAbsences';
import { createClosure, deleteClosure } from './adminClosures';
import { createInterpreter } from './adminInterpreters';
import { createOffice, deleteOffice, updateOffice } from './adminOffices';
import { createMunicipality } from './adminPlatform';
import { updateSettings } from './adminSettings';
import { deleteTopic } from './adminTopics';

// The admin commands check the caller's right themselves, whoever calls them
// (the API checks first too): a refusal writes nothing, not even an audit row.

const kit = useAppTestKit();
const as = (actor: Actor): Requester => ({ actor, ip: '127.0.0.1' });
const auditCount = async () => Number((await kit.deps.knex('audit_log').count<{ n: string }[]>('* as n').first())!.n);

async function refused(run: () => Promise<unknown>, kind: AppError['kind']) {
  const before = await auditCount();
  const err = await run().then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).kind).toBe(kind);
  expect(await auditCount()).toBe(before);
}

describe('admin commands', () => {
  it('refuse a clerk, and an admin of another municipality, with forbidden', async () => {
    const athens = await kit.municipality('athens');
    const clerk = as(await kit.employee('athens', '055221137'));
    const thessAdmin = as(await kit.employee('thessaloniki', '109876540'));
    const office = { name: 'Παράρτημα', address: 'Οδός 1', floor: null, directions: null };
    const closure = { date: '2026-12-24', recurringYearly: false, label: 'Παραμονή' };
    const employeeId = (await kit.employee('athens', '144321982')).employeeId;
    for (const by of [clerk, thessAdmin]) {
      await refused(() => createOffice(kit.deps, by, athens.id, office), 'forbidden');
      await refused(() => createClosure(kit.deps, by, athens.id, closure), 'forbidden');
      await refused(() => createInterpreter(kit.deps, by, athens.id, { fullName: 'Ιωάννα Ζ.', email: 'i@example.gr', kinds: ['gsl'], workingHours: {}, active: true }), 'forbidden');
      await refused(() => deleteTopic(kit.deps, by, athens.id, athens.topic('Information on social programmes')), 'forbidden');
      await refused(() => updateSettings(kit.deps, by, athens.id, { phone: '2100000000' }), 'forbidden');
      await refused(() => createAbsence(kit.deps, by, athens.id, employeeId, { start: new Date('2026-12-01T07:00:00Z'), end: new Date('2026-12-01T10:00:00Z'), reason: null }), 'forbidden');
    }
    expect(await kit.deps.knex('offices').where({ name: 'Παράρτημα' }).first()).toBeUndefined();
    expect(await kit.deps.knex('topics').where({ id: athens.topic('Information on social programmes') }).first()).toBeDefined();
  });

  it('only the platform admin creates a municipality; a municipal admin is refused', async () => {
    const admin = as(await kit.employee('athens', '135792468'));
    const input = { slug: 'volos', name: { el: 'Δήμος Βόλου', en: 'Municipality of Volos' }, timeZone: 'Europe/Athens', admin: { taxId: '144321982', fullName: 'Ε. Μ.', email: 'e@example.gr' } };
    await refused(() => createMunicipality(kit.deps, admin, input), 'forbidden');
    await refused(() => createMunicipality(kit.deps, as({ kind: 'anonymous' }), input), 'sign_in_required');
    expect(await kit.deps.knex('municipalities').where({ slug: 'volos' }).first()).toBeUndefined();
  });

  it("an admin's office is created, changed and deleted, one audit row each; someone else's office is not found", async () => {
    const athens = await kit.municipality('athens');
    const admin = as(await kit.employee('athens', '135792468'));
    const before = await auditCount();
    const office = await createOffice(kit.deps, admin, athens.id, { name: 'Παράρτημα Κυψέλης', address: 'Φωκίωνος Νέγρη 1', floor: null, directions: null });
    expect((await updateOffice(kit.deps, admin, athens.id, office.id, { floor: '2ος' })).floor).toBe('2ος');
    await deleteOffice(kit.deps, admin, athens.id, office.id);
    expect(await kit.deps.knex('audit_log').where({ subject_id: office.id }).orderBy('id').pluck('action')).toEqual(['admin_create_office', 'admin_update_office', 'admin_delete_office']);
    expect(await auditCount()).toBe(before + 3);

    const thess = await kit.municipality('thessaloniki');
    const thessOffice = await kit.deps.knex('offices').where({ municipality_id: thess.id }).first('id');
    await refused(() => deleteOffice(kit.deps, admin, athens.id, thessOffice.id), 'not_found');
    await refused(() => deleteClosure(kit.deps, admin, athens.id, thessOffice.id), 'not_found');
  });
});
