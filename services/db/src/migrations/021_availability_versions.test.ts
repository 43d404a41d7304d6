import { beforeAll, describe, expect, it } from 'vitest';
import { availabilityVersions } from '../repositories/availability';
import { seedDemoData } from '../seed/demo';
import { useTestDatabase } from '../testing';
import { appointmentRow as row, type Place, place } from '../testing/appointmentRows';

// The availability versions the API's free-times cache trusts: every committed
// write that changes free times moves the version of its local day (or of
// every day), in every municipality the person works for; nothing else does,
// and nothing rolled back does.

const db = useTestDatabase();
const TUESDAY = '2026-11-24';

/** The versions of the days around Tuesday, and of every day. */
async function versions(p: Place): Promise<Record<string, string | null | undefined>> {
  const v = await availabilityVersions(db.knex, p.municipalityId, '2026-11-22', '2026-11-28');
  return { everyDay: v.everyDay, ...Object.fromEntries(v.days) };
}

let athens: Place;
let thessaloniki: Place;
beforeAll(async () => {
  await seedDemoData(db.knex);
  athens = await place(db.knex, 'athens');
  thessaloniki = await place(db.knex, 'thessaloniki');
});

describe('availability versions (021)', () => {
  it('a booking moves its own day in its municipality and in the other one of the same person, and no other day', async () => {
    const before = { athens: await versions(athens), thessaloniki: await versions(thessaloniki) };
    const [a] = await db.knex('appointments').insert(row(athens, `${TUESDAY}T10:00:00Z`)).returning('id');
    const after = { athens: await versions(athens), thessaloniki: await versions(thessaloniki) };
    for (const city of ['athens', 'thessaloniki'] as const) {
      expect(after[city][TUESDAY]).not.toEqual(before[city][TUESDAY]);
      expect({ ...after[city], [TUESDAY]: null }).toEqual({ ...before[city], [TUESDAY]: null });
    }

    // A reminder sent, a note: nothing a free time depends on.
    await db.knex('appointments').where({ id: a.id }).update({ updated_at: new Date() });
    expect(await versions(athens)).toEqual(after.athens);
    // Cancelled: its day moves again.
    await db.knex('appointments').where({ id: a.id }).update({ status: 'cancelled' });
    expect((await versions(athens))[TUESDAY]).not.toEqual(after.athens[TUESDAY]);
  });

  it('a move counts for both days; an early-morning time for the evening before too (a slot with its buffer may reach into it)', async () => {
    const [a] = await db.knex('appointments').insert(row(athens, `${TUESDAY}T12:00:00Z`)).returning('id');
    const before = await versions(athens);
    await db.knex('appointments').where({ id: a.id }).update({ starts_at: new Date('2026-11-26T12:00:00Z'), ends_at: new Date('2026-11-26T12:20:00Z'), busy_until: new Date('2026-11-26T12:20:00Z') });
    const after = await versions(athens);
    expect(after[TUESDAY]).not.toEqual(before[TUESDAY]);
    expect(after['2026-11-26']).not.toEqual(before['2026-11-26']);
    expect(after['2026-11-25']).toEqual(before['2026-11-25']);

    await db.knex('appointments').where({ id: a.id }).update({ starts_at: new Date('2026-11-27T01:00:00Z'), ends_at: new Date('2026-11-27T01:20:00Z'), busy_until: new Date('2026-11-27T01:20:00Z') });
    const early = await versions(athens); // 03:00 in Athens: Thursday evening counts too
    expect(early['2026-11-26']).not.toEqual(after['2026-11-26']);
    expect(early['2026-11-27']).not.toEqual(after['2026-11-27']);
  });

  it('what a transaction rolled back (all of it, or a savepoint) moves nothing; what it kept moves each day once', async () => {
    const before = await versions(athens);
    await db.knex
      .transaction(async (trx) => {
        await trx('appointments').insert(row(athens, `${TUESDAY}T13:00:00Z`));
        throw new Error('changed my mind');
      })
      .catch(() => undefined);
    await db.knex.transaction(async (trx) => {
      await trx.transaction((sp) => sp('appointments').insert(row(athens, '2026-11-25T13:00:00Z')).then(() => Promise.reject(new Error('lost'))))
        .catch(() => undefined);
    });
    expect(await versions(athens)).toEqual(before);

    await db.knex.transaction(async (trx) => {
      await trx('appointments').insert(row(athens, `${TUESDAY}T13:00:00Z`));
      await trx('appointments').insert(row(athens, `${TUESDAY}T14:00:00Z`));
    });
    const after = await versions(athens);
    expect(Number(after[TUESDAY])).toBe(Number(before[TUESDAY] ?? 0) + 1);
  });

  it('hours, closures, topics, employees and absences long or short move what they change', async () => {
    let v = await versions(athens);
    const moved = async () => {
      const next = await versions(athens);
      const changed = Object.keys({ ...v, ...next }).filter((k) => v[k] !== next[k]);
      v = next;
      return changed.sort();
    };
    await db.knex('municipalities').where({ id: athens.municipalityId }).update({ buffer_minutes: 10 });
    expect(await moved()).toEqual(['everyDay']);
    await db.knex('closures').insert({ municipality_id: athens.municipalityId, date: TUESDAY, label: 'Αργία' });
    expect(await moved()).toEqual(['everyDay']);
    await db.knex('employees').where({ id: athens.employeeId }).update({ last_assigned_at: new Date() });
    expect(await moved()).toEqual([]);
    await db.knex('employees').where({ id: athens.employeeId }).update({ working_hours: null });
    expect(await moved()).toEqual(['everyDay']);
    await db.knex('employee_absences').insert({ employee_id: athens.employeeId, starts_at: new Date('2026-11-25T06:00:00Z'), ends_at: new Date('2026-11-25T10:00:00Z') });
    expect(await moved()).toEqual(['2026-11-25']);
    await db.knex('employee_absences').insert({ employee_id: athens.employeeId, starts_at: new Date('2027-01-01T00:00:00Z'), ends_at: new Date('2027-06-01T00:00:00Z') });
    expect(await moved()).toEqual(['everyDay']);
  });
});
