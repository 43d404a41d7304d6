import { beforeAll, describe, expect, it } from 'vitest';
import { useAppTestKit } from '../testing';
import { municipalStatistics, platformStatistics, readStatistics } from './statistics';

const kit = useAppTestKit('2026-04-10T08:00:00Z');
const MARCH = { from: '2026-03-01', to: '2026-04-01' };

interface Spec {
  topic: 'T1' | 'T2';
  mode: 'in_person' | 'phone' | 'video';
  employee: 'E1' | 'E2' | 'E3';
  status: 'completed' | 'no_show' | 'cancelled' | 'booked' | 'held';
  cancelledBy?: 'citizen' | 'employee';
  gsl?: boolean;
  leadHours?: number;
  starts?: string;
}

/**
 * The known data set (Athens, March 2026, by start in Greek time):
 * T1 in person with E1: 10 held (the first at 00:00 on 1 March), 2 no-shows, 3 cancelled by the citizen, 1 still booked;
 * T1 video with E2: 6 held (each a call), 5 no-shows, 1 cancelled by the municipality;
 * T2 video with E3 (no office): 3 held, one with sign language;
 * T2 phone with E1: 5 held, booked a day ahead (all others two days ahead).
 * Not counted: a hold, one starting at 00:00 on 1 April, and Thessaloniki's 5.
 */
function dataSet(): Spec[] {
  const specs: Spec[] = [];
  const add = (n: number, s: Spec) => {
    for (let i = 0; i < n; i++) specs.push({ ...s });
  };
  add(1, { topic: 'T1', mode: 'in_person', employee: 'E1', status: 'completed', starts: '2026-02-28T22:00:00Z' });
  add(9, { topic: 'T1', mode: 'in_person', employee: 'E1', status: 'completed' });
  add(2, { topic: 'T1', mode: 'in_person', employee: 'E1', status: 'no_show' });
  add(3, { topic: 'T1', mode: 'in_person', employee: 'E1', status: 'cancelled', cancelledBy: 'citizen' });
  add(1, { topic: 'T1', mode: 'in_person', employee: 'E1', status: 'booked' });
  add(6, { topic: 'T1', mode: 'video', employee: 'E2', status: 'completed' });
  add(5, { topic: 'T1', mode: 'video', employee: 'E2', status: 'no_show' });
  add(1, { topic: 'T1', mode: 'video', employee: 'E2', status: 'cancelled', cancelledBy: 'employee' });
  add(1, { topic: 'T2', mode: 'video', employee: 'E3', status: 'completed', gsl: true });
  add(2, { topic: 'T2', mode: 'video', employee: 'E3', status: 'completed' });
  add(5, { topic: 'T2', mode: 'phone', employee: 'E1', status: 'completed', leadHours: 24 });
  add(1, { topic: 'T1', mode: 'video', employee: 'E2', status: 'held' });
  add(1, { topic: 'T1', mode: 'video', employee: 'E2', status: 'completed', starts: '2026-03-31T21:00:00Z' });
  return specs;
}

const min = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

beforeAll(async () => {
  const knex = kit.deps.knex;
  const athens = await kit.municipality('athens');
  const thess = await kit.municipality('thessaloniki');
  const employees = await knex('employees').where({ municipality_id: athens.id }).orderBy('full_name').select('id', 'full_name');
  const byName = (n: string) => employees.find((e: { full_name: string }) => e.full_name === n)!.id as string;
  const ids = { E1: byName('Μαρία Γεωργίου'), E2: byName('Ανδρέας Δημητρίου'), E3: byName('Ευαγγελία Μιχαηλίδου') };
  await knex('employees').where({ id: ids.E3 }).update({ office_id: null });
  const topics = { T1: athens.topic('Family status certificate'), T2: athens.topic('Registration in the municipal roll') };
  const interpreter = await knex('interpreters').where({ municipality_id: athens.id }).first('id');

  let slot = 0;
  const calls: string[] = [];
  for (const s of dataSet()) {
    // One appointment an hour from 2 March 06:00 UTC on: nobody is ever double booked.
    const starts = new Date(s.starts ?? Date.UTC(2026, 2, 2, 6 + slot++, 0));
    const held = s.status === 'held';
    const [row] = await knex('appointments')
      .insert({
        municipality_id: athens.id,
        topic_id: topics[s.topic],
        mode: s.mode,
        status: s.status,
        employee_id: ids[s.employee],
        interpreter_id: s.gsl ? interpreter.id : null,
        interpretation: s.gsl ? 'gsl' : null,
        starts_at: starts,
        ends_at: min(starts, 20),
        busy_until: min(starts, 20),
        hold_expires_at: held ? min(starts, -60) : null,
        person_full_name: held ? null : 'Ελένη Παπαδάκη',
        person_email: held ? null : 'eleni@example.org',
        declared_true_at: held ? null : starts,
        privacy_read_at: held ? null : starts,
        cancelled_at: s.status === 'cancelled' ? starts : null,
        created_at: min(starts, -(s.leadHours ?? 48) * 60),
      })
      .returning('id');
    await knex('appointment_events').insert({ appointment_id: row.id, action: 'created', actor_kind: 'citizen', version: 1 });
    if (s.cancelledBy) await knex('appointment_events').insert({ appointment_id: row.id, action: 'cancelled', actor_kind: s.cancelledBy, version: 2 });
    if (s.topic === 'T1' && s.mode === 'video' && s.status === 'completed' && !s.starts) calls.push(row.id);
    if (s.topic === 'T1' && s.mode === 'video' && s.status === 'no_show') {
      // The employee waited; the citizen never came: no call.
      await knex('call_attendance').insert({ appointment_id: row.id, identity: `employee-${row.id}`, role: 'employee', participant_sid: `PA_e_${row.id}`, joined_at: starts, left_at: min(starts, 15) });
    }
  }

  // The six calls: waits of 0 (let in a minute before connecting), 1, 2, 3, 4, 5 minutes; lengths of 10..15 minutes.
  for (const [i, id] of calls.entries()) {
    const appt = await knex('appointments').where({ id }).first('starts_at');
    const joined = min(appt.starts_at, -5);
    const admitted = i === 0 ? min(joined, -1) : min(joined, i);
    const callStart = i === 0 ? joined : admitted;
    const ended = min(callStart, 10 + i);
    await knex('call_attendance').insert([
      { appointment_id: id, identity: `employee-${id}`, role: 'employee', participant_sid: `PA_e_${id}`, joined_at: min(joined, -2), left_at: ended },
      { appointment_id: id, identity: `citizen-${id}`, role: 'citizen', participant_sid: `PA_c_${id}`, joined_at: joined, left_at: min(ended, -1) },
    ]);
    await knex('call_states').insert({ appointment_id: id, appointment_version: 1, admitted_identities: [`citizen-${id}`], citizen_admitted_at: admitted, audio_only_at: i < 2 ? min(admitted, 3) : null });
    await knex('identity_checks').insert({
      appointment_id: id,
      appointment_version: 1,
      employee_id: ids.E2,
      document_type: 'id_card',
      checklist: JSON.stringify({ front: true, back: true, securityFeatures: true, faceMatch: i > 0 }),
      outcome: i > 0 ? 'verified' : 'failed',
      recorded_at: min(admitted, 2),
    });
  }

  // Thessaloniki: five held appointments in March, which only the platform sees.
  const thessEmployee = await knex('employees').where({ municipality_id: thess.id, is_admin: true }).first('id');
  for (let i = 0; i < 5; i++) {
    const starts = new Date(Date.UTC(2026, 2, 20, 7 + i));
    await knex('appointments').insert({
      municipality_id: thess.id,
      topic_id: thess.topic('Municipal fees and debts'),
      mode: 'in_person',
      status: 'completed',
      employee_id: thessEmployee.id,
      starts_at: starts,
      ends_at: min(starts, 20),
      busy_until: min(starts, 20),
      person_full_name: 'Γιάννης Ιωάννου',
      person_email: 'giannis@example.org',
      declared_true_at: starts,
      privacy_read_at: starts,
      created_at: min(starts, -72 * 60),
    });
  }
});

const row = (rows: { label: { en: string } }[] | null, en: string) => rows!.find((r) => r.label.en === en);

describe('statistics of a municipality', () => {
  it('counts outcomes of the whole municipality exactly: held, no-show, cancelled by whom, still booked', async () => {
    const athens = await kit.municipality('athens');
    const s = await readStatistics(kit.deps.knex, { municipalityId: athens.id }, MARCH);
    expect(s.outcomes).toEqual({ total: 36, completed: 24, noShow: 7, cancelledByCitizen: 3, cancelledByMunicipality: 1, booked: 1, noShowRate: 0.226 });
    expect(s.municipalities).toBeNull();
  });

  it('breaks down by topic and mode, showing 1 to 4 as "<5" and withholding what would give them away', async () => {
    const athens = await kit.municipality('athens');
    const s = await readStatistics(kit.deps.knex, { municipalityId: athens.id }, MARCH);
    expect(s.topics.map(({ key: _key, ...r }) => r)).toEqual([
      { label: { el: 'Πιστοποιητικό οικογενειακής κατάστασης', en: 'Family status certificate' }, total: 28, completed: 16, noShow: 7, cancelledByCitizen: '<5', cancelledByMunicipality: '<5', booked: '<5', noShowRate: 0.304 },
      { label: { el: 'Εγγραφή στο δημοτολόγιο', en: 'Registration in the municipal roll' }, total: 8, completed: 8, noShow: 0, cancelledByCitizen: 0, cancelledByMunicipality: 0, booked: 0, noShowRate: 0 },
    ]);
    expect(row(s.modes, 'In person')).toMatchObject({ total: 16, completed: 10, noShow: '<5', cancelledByCitizen: '<5', cancelledByMunicipality: 0, booked: '<5', noShowRate: null });
    // One cancellation by the municipality: the five no-shows beside it are withheld, or 15 − 9 − 5 would give it away.
    expect(row(s.modes, 'Video call')).toMatchObject({ total: 15, completed: 9, noShow: 'withheld', cancelledByMunicipality: '<5', noShowRate: null });
    expect(row(s.modes, 'Phone')).toMatchObject({ total: 5, completed: 5, noShow: 0 });
  });

  it('breaks down by office and employee under the same rule: a small total withholds a large one beside it', async () => {
    const athens = await kit.municipality('athens');
    const s = await readStatistics(kit.deps.knex, { municipalityId: athens.id }, MARCH);
    expect(row(s.offices, 'No office')).toMatchObject({ total: '<5', completed: '<5', noShow: 0 });
    // 36 in all is published: with "No office" hidden, the office's 33 would give it away.
    expect(row(s.offices, 'ΚΕΠ Δημαρχείου')).toMatchObject({ total: 'withheld', completed: 'withheld', noShow: 7, cancelledByCitizen: '<5', booked: '<5' });
    expect(row(s.employees, 'Μαρία Γεωργίου')).toMatchObject({ total: 21, completed: 15, noShow: '<5', cancelledByCitizen: '<5', booked: '<5' });
    expect(row(s.employees, 'Ευαγγελία Μιχαηλίδου')).toMatchObject({ total: '<5', completed: '<5' });
    expect(row(s.employees, 'Ανδρέας Δημητρίου')).toMatchObject({ total: 'withheld', completed: 'withheld', noShow: 'withheld', cancelledByMunicipality: '<5' });
    // No exact count from 1 to 4 anywhere in a breakdown.
    for (const table of [s.topics, s.modes, s.offices!, s.employees!]) {
      for (const r of table) for (const v of Object.values(r)) if (typeof v === 'number' && Number.isInteger(v)) expect(v === 0 || v >= 5).toBe(true);
    }
  });

  it('gives lead time, waiting-room time, call length, audio-only share, interpreting and identity checks', async () => {
    const athens = await kit.municipality('athens');
    const s = await readStatistics(kit.deps.knex, { municipalityId: athens.id }, MARCH);
    expect(s.timings).toEqual([
      // 31 booked two days ahead, 5 one day ahead.
      { measure: 'lead_time_hours', count: 36, median: 48, p90: 48, mean: 44.7 },
      { measure: 'waiting_minutes', count: 6, median: 2.5, p90: 4.5, mean: 2.5 },
      { measure: 'call_minutes', count: 6, median: 12.5, p90: 14.5, mean: 12.5 },
    ]);
    expect(s.video).toEqual({ calls: 6, audioOnly: '<5', audioOnlyShare: null });
    // One sign-language appointment: "<5", and the 35 without is withheld (36 is published).
    expect(s.interpreting).toEqual([
      { kind: 'none', count: 'withheld' },
      { kind: 'gsl', count: '<5' },
      { kind: 'lip_reading', count: 0 },
    ]);
    expect(s.identityChecks).toEqual([
      { outcome: 'verified', count: 5 },
      { outcome: 'failed', count: '<5' },
      { outcome: 'aborted_poor_quality', count: 0 },
      { outcome: 'representation_not_proven', count: 0 },
    ]);
  });

  it("is the admin's own municipality only; staff who are not admins and citizens are refused", async () => {
    const admin = await kit.employee('thessaloniki');
    const s = await municipalStatistics(kit.deps.knex, { actor: { ...admin, isAdmin: true }, ip: '127.0.0.1' }, MARCH);
    expect(s.outcomes.total).toBe(5);
    expect(s.topics.map((t) => t.label.en)).toEqual(['Municipal fees and debts']);
    const clerk = await kit.employee('athens', '055221137');
    await expect(municipalStatistics(kit.deps.knex, { actor: clerk, ip: '127.0.0.1' }, MARCH)).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(platformStatistics(kit.deps.knex, { actor: await kit.citizen('012345678'), ip: '127.0.0.1' }, MARCH)).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('refuses a period that ends before it starts or is longer than 400 days', async () => {
    const athens = await kit.municipality('athens');
    await expect(readStatistics(kit.deps.knex, { municipalityId: athens.id }, { from: '2026-04-01', to: '2026-03-01' })).rejects.toMatchObject({ code: 'bad_period' });
    await expect(readStatistics(kit.deps.knex, { municipalityId: athens.id }, { from: '2025-01-01', to: '2026-03-01' })).rejects.toMatchObject({ code: 'period_too_long' });
  });
});

describe('statistics of the platform', () => {
  it('adds up every municipality, by municipality, with topics named with their municipality and no offices or employees', async () => {
    const s = await readStatistics(kit.deps.knex, { all: true }, MARCH);
    expect(s.outcomes).toMatchObject({ total: 41, completed: 29, noShow: 7 });
    expect(row(s.municipalities, 'Municipality of Athens')).toMatchObject({ total: 36, completed: 24, noShow: 7, cancelledByCitizen: '<5', cancelledByMunicipality: '<5', booked: '<5' });
    expect(row(s.municipalities, 'Municipality of Thessaloniki')).toMatchObject({ total: 5, completed: 5, noShow: 0 });
    expect(row(s.topics, 'Municipal fees and debts (Municipality of Thessaloniki)')).toMatchObject({ total: 5 });
    expect(s.offices).toBeNull();
    expect(s.employees).toBeNull();
  });
});
