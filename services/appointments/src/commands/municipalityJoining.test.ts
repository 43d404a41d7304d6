import { interpretersFor } from '@muni/db';
import { describe, expect, it } from 'vitest';
import type { Actor, Requester } from '../actor';
import { AppError } from '../errors';
import { auditLog, platformMunicipality } from '../queries/platform';
import { publicMunicipalities, publicSlots, publicTopics } from '../queries/catalogue';
import { useAppTestKit } from '../testing';
import { createMunicipality } from './adminPlatform';
import { createOffice } from './adminOffices';
import { saveTopic } from './adminTopics';
import { rescheduleAppointment } from './changeAppointment';
import { holdSlot } from './holdSlot';
import { municipalityJoining, submitJoining, updateJoiningContact } from './municipalityJoining';
import { createPoolInterpreter, updatePoolInterpreter } from './platformInterpreters';
import { addMunicipalityAdmin, approveMunicipality, removeMunicipalityAdmin, sendBackMunicipality, setMunicipalityActive } from './platformMunicipalities';

// The joining flow at the command level: a new municipality is a draft nobody
// can book; its admin submits a complete form; the platform admin approves it
// (or sends it back); deactivation stops new bookings and keeps the booked ones.

const kit = useAppTestKit();
const as = (actor: Actor): Requester => ({ actor, ip: '127.0.0.1' });

async function platformAdmin(): Promise<Requester> {
  const citizen = await kit.citizen('028765436');
  await kit.deps.knex('users').where({ id: citizen.userId }).update({ platform_admin: true });
  return as({ kind: 'platform_admin', userId: citizen.userId, taxId: citizen.taxId });
}

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  const err = await run().then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

let seq = 0;
/** A new municipality as the platform admin creates it, with its admin acting for it. */
async function newMunicipality() {
  const platform = await platformAdmin();
  const slug = `town-${++seq}`;
  const { municipality, admin } = await createMunicipality(kit.deps, platform, {
    slug,
    name: { el: `Δήμος ${seq}`, en: `Town ${seq}` },
    timeZone: 'Europe/Athens',
    admin: { taxId: '144321982', fullName: 'Ευαγγελία Μιχαηλίδου', email: 'e.michailidou@example.gr' },
  });
  const adminActor = as({ kind: 'employee', taxId: '144321982', employeeId: admin.id, municipalityId: municipality.id, isAdmin: true });
  return { platform, municipality, admin, adminActor };
}

/** Fills in what the form needs: a video topic its admin handles, and a contact. */
async function complete(t: Awaited<ReturnType<typeof newMunicipality>>) {
  const { topic } = await saveTopic(kit.deps, t.adminActor, t.municipality.id, null, { name: { el: 'Βεβαίωση', en: 'Certificate' }, modes: ['video'], employeeIds: [t.admin.id] });
  await updateJoiningContact(kit.deps, t.adminActor, t.municipality.id, { contactName: 'Γραφείο Δημάρχου', contactEmail: 'grafeio@example.gr', contactPhone: '2100000000' });
  return topic.id;
}

const holdInput = (municipalityId: string, topicId: string, start: Date) => ({ municipalityId, topicId, mode: 'video' as const, start, interpretation: null, requestedEmployeeId: null });

describe('joining a municipality', () => {
  it('a draft is hidden from citizens and refuses bookings; submitted incomplete it lists what is missing', async () => {
    const t = await newMunicipality();
    expect(t.municipality.status).toBe('draft');
    expect((await publicMunicipalities(kit.deps.knex)).map((m) => m.id)).not.toContain(t.municipality.id);

    const missing = await refusal(() => submitJoining(kit.deps, t.adminActor, t.municipality.id));
    expect(missing).toMatchObject({ kind: 'rule', code: 'joining_incomplete' });
    expect((missing.extra.missing as { code: string }[]).map((m) => m.code)).toEqual(['topic', 'contact']);
    expect(missing.messageEl).toContain('Λείπουν');
    expect(missing.messageEn).toContain('Missing');

    const topicId = await complete(t);
    expect((await municipalityJoining(kit.deps.knex, t.municipality.id)).missing).toEqual([]);
    expect(await publicTopics(kit.deps.knex, t.municipality.id, 'video')).toEqual([]);
    const citizen = await kit.citizen('045123787');
    const notJoined = await refusal(() => holdSlot(kit.deps, citizen, holdInput(t.municipality.id, topicId, new Date('2026-11-24T07:00:00Z'))));
    expect(notJoined).toMatchObject({ kind: 'rule', code: 'municipality_not_joined' });
    expect(notJoined.messageEl).toContain('δεν έχει ακόμη ενταχθεί');
    const slots = await refusal(() => publicSlots(kit.deps.knex, kit.clock.now, t.municipality.id, { topicId, mode: 'video', from: '2026-11-24', to: '2026-11-24' }));
    expect(slots.code).toBe('municipality_not_joined');
  });

  it('an in-person topic needs an office with an address: without one, confirmations would have nowhere to send people', async () => {
    // Seen on a walk: approved with in-person topics and no office, every in-person confirmation e-mail failed to render.
    const t = await newMunicipality();
    await complete(t);
    await saveTopic(kit.deps, t.adminActor, t.municipality.id, null, { name: { el: 'Δημοτικά τέλη', en: 'Municipal fees' }, modes: ['in_person', 'video'], employeeIds: [t.admin.id] });
    const missing = await refusal(() => submitJoining(kit.deps, t.adminActor, t.municipality.id));
    expect((missing.extra.missing as { code: string }[]).map((m) => m.code)).toEqual(['office']);
    expect(missing.messageEl).toContain('γραφείο με διεύθυνση');
    await createOffice(kit.deps, t.adminActor, t.municipality.id, { name: 'Δημαρχείο', address: 'Πλατεία Δημαρχείου 1', floor: null, directions: null });
    expect((await municipalityJoining(kit.deps.knex, t.municipality.id)).missing).toEqual([]);
  });

  it('submitted, sent back with a comment, submitted again and approved: then citizens see it and can hold a time', async () => {
    const t = await newMunicipality();
    const topicId = await complete(t);
    expect((await submitJoining(kit.deps, t.adminActor, t.municipality.id)).status).toBe('submitted');
    expect((await refusal(() => submitJoining(kit.deps, t.adminActor, t.municipality.id))).code).toBe('joining_already_submitted');

    const back = await sendBackMunicipality(kit.deps, t.platform, t.municipality.id, 'Προσθέστε και τηλεφωνική εξυπηρέτηση.');
    expect(back).toMatchObject({ status: 'draft', review_comment: 'Προσθέστε και τηλεφωνική εξυπηρέτηση.' });
    expect((await refusal(() => approveMunicipality(kit.deps, t.platform, t.municipality.id))).code).toBe('wrong_municipality_status');

    await submitJoining(kit.deps, t.adminActor, t.municipality.id);
    // A municipal admin cannot approve their own form.
    expect((await refusal(() => approveMunicipality(kit.deps, t.adminActor, t.municipality.id))).kind).toBe('forbidden');
    const approved = await approveMunicipality(kit.deps, t.platform, t.municipality.id);
    expect(approved).toMatchObject({ status: 'active', review_comment: null });
    expect(approved.approved_at).toEqual(kit.clock.now);

    expect((await publicMunicipalities(kit.deps.knex)).map((m) => m.id)).toContain(t.municipality.id);
    const { slots } = await publicSlots(kit.deps.knex, kit.clock.now, t.municipality.id, { topicId, mode: 'video', from: '2026-11-24', to: '2026-11-24' });
    const hold = await holdSlot(kit.deps, await kit.citizen('068933130'), holdInput(t.municipality.id, topicId, slots[0]!.start));
    expect(hold.id).toBeTruthy();

    const actions = (await auditLog(kit.deps.knex, { municipalityId: t.municipality.id, limit: 50 })).entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['platform_create_municipality', 'admin_submit_joining', 'platform_send_back_municipality', 'platform_approve_municipality']));
  });

  it('approval re-checks the form: a topic removed after submitting is refused with the list', async () => {
    const t = await newMunicipality();
    const topicId = await complete(t);
    await submitJoining(kit.deps, t.adminActor, t.municipality.id);
    await kit.deps.knex('topics').where({ id: topicId }).update({ active: false });
    const err = await refusal(() => approveMunicipality(kit.deps, t.platform, t.municipality.id));
    expect(err.code).toBe('joining_incomplete');
    expect((await kit.deps.knex('municipalities').where({ id: t.municipality.id }).first('status')).status).toBe('submitted');
  });

  it('deactivated: booked appointments stand, new bookings are refused; activated again it takes them', async () => {
    const platform = await platformAdmin();
    const athens = await kit.municipality('athens');
    const booked = await kit.bookVideo('2026-11-25');
    await setMunicipalityActive(kit.deps, platform, athens.id, false);
    try {
      expect((await kit.deps.knex('appointments').where({ id: booked.id }).first('status')).status).toBe('booked');
      expect((await platformMunicipality(kit.deps.knex, athens.id, kit.clock.now)).upcomingAppointments).toBeGreaterThan(0);
      const citizen = await kit.citizen('045123787');
      const err = await refusal(() => holdSlot(kit.deps, citizen, holdInput(athens.id, athens.topic('Family status certificate'), new Date('2026-11-26T07:00:00Z'))));
      expect(err).toMatchObject({ kind: 'rule', code: 'municipality_inactive' });
      expect(err.messageEn).toContain('Appointments already booked stand');
      expect((await refusal(() => kit.bookVideo('2026-11-26'))).code).toBe('municipality_inactive');
      // Its booked appointment can still be moved: its free times are still offered for that.
      const { slots } = await publicSlots(kit.deps.knex, kit.clock.now, athens.id, { topicId: athens.topic('Family status certificate'), mode: 'video', from: '2026-11-27', to: '2026-11-27' });
      const clerk = as(await kit.employee('athens'));
      const moved = await rescheduleAppointment(kit.deps, clerk, booked.id, slots[0]!.start, { anyEmployee: true });
      expect(moved).toMatchObject({ status: 'booked', starts_at: slots[0]!.start });
      expect((await refusal(() => setMunicipalityActive(kit.deps, platform, athens.id, false))).code).toBe('wrong_municipality_status');
    } finally {
      await setMunicipalityActive(kit.deps, platform, athens.id, true);
    }
    expect((await kit.bookVideo('2026-11-26')).status).toBe('booked');
  });

  it('the platform admin adds and removes administrators; the last one stays', async () => {
    const t = await newMunicipality();
    const second = await addMunicipalityAdmin(kit.deps, t.platform, t.municipality.id, { taxId: '135792468', fullName: 'Μαρία Γεωργίου', email: 'm.georgiou@example.gr' });
    expect(second).toMatchObject({ municipality_id: t.municipality.id, is_admin: true, active: true });
    expect((await refusal(() => addMunicipalityAdmin(kit.deps, t.platform, t.municipality.id, { taxId: '123456789', fullName: 'Λάθος ΑΦΜ', email: 'x@example.gr' }))).code).toBe('invalid_afm');
    await removeMunicipalityAdmin(kit.deps, t.platform, t.municipality.id, t.admin.id);
    expect((await kit.deps.knex('employees').where({ id: t.admin.id }).first('is_admin', 'active'))).toEqual({ is_admin: false, active: true });
    expect((await refusal(() => removeMunicipalityAdmin(kit.deps, t.platform, t.municipality.id, second.id))).code).toBe('last_admin');
    // Adding someone already employed there makes their record the admin one.
    const again = await addMunicipalityAdmin(kit.deps, t.platform, t.municipality.id, { taxId: '144321982', fullName: 'Ευαγγελία Μιχαηλίδου', email: 'e.michailidou@example.gr' });
    expect(again.id).toBe(t.admin.id);
    expect((await platformMunicipality(kit.deps.knex, t.municipality.id, kit.clock.now)).admins.map((a) => a.taxId).sort()).toEqual(['135792468', '144321982']);
  });

  it('a pool interpreter serves only the municipalities linked to them', async () => {
    const platform = await platformAdmin();
    const athens = await kit.municipality('athens');
    const thess = await kit.municipality('thessaloniki');
    const hours = { '1': [{ start: '09:00', end: '12:00' }] };
    const pooled = await createPoolInterpreter(kit.deps, platform, { fullName: 'Σοφία Λύτρα', email: 'sofia@example.gr', kinds: ['lip_reading'], workingHours: hours, active: true, municipalityIds: [thess.id] });
    expect(pooled).toMatchObject({ municipality_id: null, time_zone: 'Europe/Athens', municipalityIds: [thess.id] });
    const served = async (m: string) => (await interpretersFor(kit.deps.knex, m, 'lip_reading')).map((i) => i.id);
    expect(await served(thess.id)).toContain(pooled.id);
    expect(await served(athens.id)).not.toContain(pooled.id);

    await updatePoolInterpreter(kit.deps, platform, pooled.id, { municipalityIds: [athens.id] });
    expect(await served(athens.id)).toContain(pooled.id);
    expect(await served(thess.id)).not.toContain(pooled.id);
    // A municipality's own interpreter is not the pool's to change.
    const own = await kit.deps.knex('interpreters').where({ municipality_id: athens.id }).first('id');
    expect((await refusal(() => updatePoolInterpreter(kit.deps, platform, own.id, { active: false }))).kind).toBe('not_found');
  });

  it('the audit log filters by action and day and pages by id, newest first', async () => {
    const platform = await platformAdmin();
    const thess = await kit.municipality('thessaloniki');
    await setMunicipalityActive(kit.deps, platform, thess.id, false);
    await setMunicipalityActive(kit.deps, platform, thess.id, true);
    await setMunicipalityActive(kit.deps, platform, thess.id, false);
    await setMunicipalityActive(kit.deps, platform, thess.id, true);
    const first = await auditLog(kit.deps.knex, { municipalityId: thess.id, action: 'platform_activate_municipality', limit: 1 });
    expect(first.entries).toHaveLength(1);
    expect(first.entries[0]).toMatchObject({ actorKind: 'platform_admin', municipality: { id: thess.id, name: { en: 'Municipality of Thessaloniki' } }, subjectKind: 'municipality' });
    const second = await auditLog(kit.deps.knex, { municipalityId: thess.id, action: 'platform_activate_municipality', limit: 1, before: first.nextBefore! });
    expect(second.entries[0]!.id).toBeLessThan(first.entries[0]!.id);
    expect(second.nextBefore).toBeNull();
    // Rows are written with the database's clock: today in Greece has them, a past day has none.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Athens' });
    expect((await auditLog(kit.deps.knex, { action: 'platform_deactivate_municipality', from: today, to: today, limit: 50 })).entries.length).toBeGreaterThanOrEqual(2);
    expect((await auditLog(kit.deps.knex, { action: 'platform_deactivate_municipality', from: '2020-01-01', to: '2020-12-31', limit: 50 })).entries).toEqual([]);
  });
});
