import type { Knex } from 'knex';
import { beforeAll, describe, expect, it } from 'vitest';
import { lockMunicipalityDays } from '../repositories/timeLocks';
import { seedDemoData } from '../seed/demo';
import { useTestDatabase } from '../testing';
import { appointmentRow as row, type Place, place, SHARED_EMPLOYEE_TAX_ID } from '../testing/appointmentRows';
import * as personTimeline from './013_person_timeline';

// One person, one timeline, enforced by PostgreSQL: the employee of two
// municipalities (demo: 144321982 in Athens and Thessaloniki) and an
// interpreter registered by two municipalities under one e-mail cannot be in
// two appointments at once; nothing is booked on a closed day or in an absence.

const db = useTestDatabase();
const SHARED = SHARED_EMPLOYEE_TAX_ID;

const insert = (knex: Knex, r: Record<string, unknown>) => knex('appointments').insert(r).returning(['id', 'employee_person', 'interpreter_person']);

let athens: Place;
let thess: Place;
beforeAll(async () => {
  await seedDemoData(db.knex);
  athens = await place(db.knex, 'athens');
  thess = await place(db.knex, 'thessaloniki');
});

describe('013_person_timeline', () => {
  it('the same tax id booked by two municipalities at overlapping times: the second row is refused', async () => {
    const [a] = await insert(db.knex, row(athens, '2026-12-01T08:00:00Z', 20));
    expect(a.employee_person).toBe(SHARED);
    await expect(insert(db.knex, row(thess, '2026-12-01T08:10:00Z', 30))).rejects.toMatchObject({ code: '23P01', constraint: 'appointments_no_person_overlap' });
    // Right after it, or once the first is cancelled, the time is the other municipality's to book.
    await insert(db.knex, row(thess, '2026-12-01T08:20:00Z', 30));
    await db.knex('appointments').where({ id: a.id }).update({ status: 'cancelled' });
    await insert(db.knex, row(thess, '2026-12-01T07:50:00Z', 30));
  });

  it('holds count like bookings; another employee of the municipality is not the same person', async () => {
    await insert(db.knex, row(athens, '2026-12-02T08:00:00Z', 20, { status: 'held', hold_expires_at: new Date('2026-12-01T00:00:00Z'), person_full_name: null, person_email: null }));
    await expect(insert(db.knex, row(thess, '2026-12-02T08:00:00Z', 30))).rejects.toMatchObject({ constraint: 'appointments_no_person_overlap' });
    const other = await db.knex('employees').where({ municipality_id: thess.municipalityId }).whereNot({ tax_id: SHARED }).first('id');
    await insert(db.knex, row({ ...thess, employeeId: other.id }, '2026-12-02T08:00:00Z', 30));
  });

  it('a move into the other municipality\'s time is refused too (the trigger follows employee changes)', async () => {
    const other = await db.knex('employees').where({ municipality_id: thess.municipalityId }).whereNot({ tax_id: SHARED }).first('id');
    await insert(db.knex, row(athens, '2026-12-03T08:00:00Z', 20));
    const [t] = await insert(db.knex, row({ ...thess, employeeId: other.id }, '2026-12-03T08:00:00Z', 30));
    await expect(db.knex('appointments').where({ id: t.id }).update({ employee_id: thess.employeeId })).rejects.toMatchObject({ constraint: 'appointments_no_person_overlap' });
  });

  it('an interpreter registered by two municipalities under one e-mail (any case) is one person', async () => {
    const [mine, theirs] = await db.knex('interpreters')
      .insert([
        { municipality_id: athens.municipalityId, full_name: 'Δ. Διερμηνέας', email: 'Shared.Interpreter@example.org', kinds: ['gsl'], working_hours: '{}' },
        { municipality_id: thess.municipalityId, full_name: 'Δ. Διερμηνέας', email: 'shared.interpreter@example.org ', kinds: ['gsl'], working_hours: '{}' },
      ])
      .returning(['id', 'person_key']);
    expect(mine.person_key).toBe('shared.interpreter@example.org');
    expect(theirs.person_key).toBe(mine.person_key);
    const other = await db.knex('employees').where({ municipality_id: thess.municipalityId }).whereNot({ tax_id: SHARED }).first('id');
    const [a] = await insert(db.knex, row(athens, '2026-12-04T08:00:00Z', 20, { interpreter_id: mine.id, interpretation: 'gsl' }));
    expect(a.interpreter_person).toBe('shared.interpreter@example.org');
    await expect(insert(db.knex, row({ ...thess, employeeId: other.id }, '2026-12-04T08:15:00Z', 30, { interpreter_id: theirs.id, interpretation: 'gsl' }))).rejects.toMatchObject({
      constraint: 'appointments_no_interpreter_person_overlap',
    });
    // A new e-mail is a new person: their appointments follow, and the time is free for the other record.
    await db.knex('interpreters').where({ id: mine.id }).update({ email: 'someone.else@example.org' });
    expect((await db.knex('appointments').where({ id: a.id }).first('interpreter_person')).interpreter_person).toBe('someone.else@example.org');
    await insert(db.knex, row({ ...thess, employeeId: other.id }, '2026-12-04T08:15:00Z', 30, { interpreter_id: theirs.id, interpretation: 'gsl' }));
  });

  it('nothing is booked on a closed day (yearly ones too) or in an absence of the employee', async () => {
    await db.knex('closures').insert({ municipality_id: athens.municipalityId, date: '2025-12-07', recurring_yearly: true, label: 'Τοπική εορτή' });
    // 07:30Z is 09:30 in Athens on 7 December.
    await expect(insert(db.knex, row(athens, '2026-12-07T07:30:00Z', 20))).rejects.toMatchObject({ code: '23514', constraint: 'appointments_open_time' });
    await insert(db.knex, row(thess, '2026-12-07T07:30:00Z', 30)); // Thessaloniki is open
    await db.knex('employee_absences').insert({ employee_id: athens.employeeId, starts_at: new Date('2026-12-08T08:00:00Z'), ends_at: new Date('2026-12-08T10:00:00Z') });
    await expect(insert(db.knex, row(athens, '2026-12-08T09:40:00Z', 20))).rejects.toMatchObject({ constraint: 'appointments_open_time' });
    const [after] = await insert(db.knex, row(athens, '2026-12-08T10:00:00Z', 20));
    await expect(db.knex('appointments').where({ id: after.id }).update({ starts_at: new Date('2026-12-08T09:50:00Z') })).rejects.toMatchObject({ constraint: 'appointments_open_time' });
    // Rows already there are left alone: cancelling one on a closed day works.
    await db.knex('appointments').where({ id: after.id }).update({ status: 'cancelled' });
  });

  it('a booking racing with an admin closing the day waits for the closure and is refused', async () => {
    const admin = await db.knex.transaction();
    await lockMunicipalityDays(admin, athens.municipalityId);
    await admin('closures').insert({ municipality_id: athens.municipalityId, date: '2026-12-09', label: 'Απεργία' });
    let settled = false;
    const racing = insert(db.knex, row(athens, '2026-12-09T08:00:00Z', 20)).finally(() => (settled = true));
    racing.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false); // waiting on the admin's lock, not past the check
    await admin.commit();
    await expect(racing).rejects.toMatchObject({ constraint: 'appointments_open_time' });
  });

  it('rows that already overlapped across municipalities keep the earlier booking\'s person, so the migration never fails', async () => {
    const knex = db.knex;
    await personTimeline.down(knex);
    const [first] = await knex('appointments').insert({ ...row(athens, '2027-01-05T08:00:00Z', 20), created_at: new Date('2026-11-01T00:00:00Z') }).returning('id');
    const [second] = await knex('appointments').insert({ ...row(thess, '2027-01-05T08:10:00Z', 30), created_at: new Date('2026-11-02T00:00:00Z') }).returning('id');
    await personTimeline.up(knex);
    const person = async (id: string) => (await knex('appointments').where({ id }).first('employee_person')).employee_person;
    expect(await person(first.id)).toBe(SHARED);
    expect(await person(second.id)).toBeNull();
    expect(await knex('appointments').whereNull('employee_person').count('* as n').first()).toEqual({ n: 1 });
    // New bookings are held to the rule again.
    await expect(insert(knex, row(thess, '2027-01-05T07:50:00Z', 20))).rejects.toMatchObject({ constraint: 'appointments_no_person_overlap' });
  });
});
