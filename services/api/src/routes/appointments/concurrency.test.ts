import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/apiClient';
import { useApiHarness } from '../../testing/harness';

// Truly concurrent requests through HTTP: PostgreSQL's exclusion constraint,
// not the application, decides who gets a slot. And slot times across the
// two DST changes of 2026 in Athens.

const h = useApiHarness('2026-11-23T08:00:00Z'); // Monday 10:00 Athens
// Few demo citizens book many times here; the per-citizen limits have their own tests (citizenLimits.test.ts).
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };
const CITIZENS = ['068933130', '045123787', '112233441', '028765436'];

/** In-person "Registration in the municipal roll" in Athens: two qualified employees. */
async function registration() {
  const m = await h.municipality('athens');
  return { municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === 'Registration in the municipal roll')!.id, mode: 'in_person' };
}
const QUALIFIED = 2;

async function slotStarts(c: ApiClient, q: { municipalityId: string; topicId: string; mode: string }, day: string) {
  const r = await c.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=${q.mode}&topicId=${q.topicId}&from=${day}&to=${day}`);
  expect(r.status).toBe(200);
  return (r.body.slots as { start: string }[]).map((s) => s.start);
}

/** Pairs of active rows of one employee (or interpreter) whose busy times overlap: must be none. */
async function overlaps() {
  const { rows } = await h.knex.raw(`
    SELECT count(*)::int AS n FROM appointments a JOIN appointments b ON a.id < b.id
     WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
       AND ((a.employee_id = b.employee_id AND tstzrange(a.starts_at, a.busy_until) && tstzrange(b.starts_at, b.busy_until))
         OR (a.interpreter_id = b.interpreter_id AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)))`);
  return rows[0].n as number;
}

function tally(results: { status: number; start: string }[]) {
  const byStart = new Map<string, number>();
  for (const r of results) if (r.status === 201) byStart.set(r.start, (byStart.get(r.start) ?? 0) + 1);
  return byStart;
}

describe('racing for the last slots', () => {
  it('40 parallel bookings for 4 slot times: exactly one per free employee and time, the rest 409 with the nearest free times', async () => {
    h.clock.set('2026-11-23T08:00:00Z');
    const citizens = await Promise.all(CITIZENS.map((t) => h.citizen(t)));
    const q = await registration();
    const all = await slotStarts(citizens[0]!, q, '2026-11-24');
    // Every other slot: with the 5-minute buffer, neighbouring times of one employee would touch.
    const times = [all[0]!, all[2]!, all[4]!, all[6]!];

    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const start = times[i % times.length]!;
        const r = await citizens[i % citizens.length]!.post('/api/v1/appointments', { ...q, start, person, declarations }, { 'Idempotency-Key': randomUUID() });
        return { status: r.status, start, body: r.body };
      }),
    );

    expect(results.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
    expect([...tally(results)].sort()).toEqual(times.map((t) => [t, QUALIFIED]).sort());
    for (const lost of results.filter((r) => r.status === 409)) {
      expect(lost.body.error.code).toBe('slot_taken');
      expect(lost.body.error.message.el).toMatch(/κλείστηκε/);
      expect(lost.body.error.alternatives.length).toBeGreaterThan(0);
      // The suggestions are free times near the one asked for, never that full time again.
      expect(lost.body.error.alternatives.map((s: { start: string }) => s.start)).not.toContain(lost.start);
    }

    const rows = await h.knex('appointments').where({ municipality_id: q.municipalityId, status: 'booked' }).select('employee_id', 'starts_at');
    expect(rows).toHaveLength(times.length * QUALIFIED);
    expect(new Set(rows.map((r) => `${r.employee_id}@${r.starts_at.toISOString()}`)).size).toBe(rows.length);
    expect(await overlaps()).toBe(0);
    // Nothing left half-written by the losers.
    expect(await h.knex('appointment_events').count('* as n').first()).toEqual({ n: rows.length });
  });

  it('parallel holds by 8 people for one time: as many holds as free employees, then the time is taken for everyone else', async () => {
    h.clock.set('2026-11-23T08:00:00Z');
    const people = await Promise.all([
      ...CITIZENS.map((t) => h.citizen(t)),
      h.citizen('800123456'),
      ...['135792468', '055221137', '144321982'].map((t) => h.employee(t, 'athens')),
    ]);
    const q = await registration();
    const [start] = await slotStarts(people[0]!, q, '2026-11-25');

    const holds = await Promise.all(people.map((c) => c.post('/api/v1/holds', { ...q, start })));
    expect(holds.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409, 409, 409, 409]);
    for (const lost of holds.filter((r) => r.status === 409)) expect(lost.body.error.alternatives.length).toBeGreaterThan(0);
    expect(await h.knex('appointments').where({ status: 'held', starts_at: new Date(start!) }).count('* as n').first()).toEqual({ n: QUALIFIED });
    expect(await overlaps()).toBe(0);

    // The held time is gone from the free slots and cannot be booked by anyone else…
    expect(await slotStarts(people[0]!, q, '2026-11-25')).not.toContain(start);
    const loser = people[holds.findIndex((r) => r.status === 409)]!;
    expect((await loser.post('/api/v1/appointments', { ...q, start, person, declarations })).status).toBe(409);
    // …while the holders book it, in parallel, into their own holds.
    const winners = people.filter((_, i) => holds[i]!.status === 201);
    const booked = await Promise.all(
      winners.map((c, i) => c.post('/api/v1/appointments', { ...q, holdId: holds.filter((r) => r.status === 201)[i]!.body.id, start, person, declarations })),
    );
    expect(booked.map((r) => r.status)).toEqual([201, 201]);
    expect(await overlaps()).toBe(0);
  });
});

describe('slot times across daylight-saving changes (Europe/Athens)', () => {
  it('autumn, 25 Oct 2026: Friday opens at 05:00Z (UTC+3), Monday at 06:00Z (UTC+2), both 08:00–15:00 local', async () => {
    h.clock.set('2026-10-20T08:00:00Z');
    const c = h.client();
    const q = await registration();
    const friday = await slotStarts(c, q, '2026-10-23');
    const monday = await slotStarts(c, q, '2026-10-26');
    expect(friday[0]).toBe('2026-10-23T05:00:00.000Z');
    expect(friday.at(-1)).toBe('2026-10-23T11:40:00.000Z'); // 14:40 local, ends 15:00
    expect(monday[0]).toBe('2026-10-26T06:00:00.000Z');
    expect(monday.at(-1)).toBe('2026-10-26T12:40:00.000Z');
    expect(monday).toHaveLength(friday.length); // the same day's worth of slots, no hour lost or doubled
    expect(await slotStarts(c, q, '2026-10-25')).toEqual([]); // Sunday of the change: closed
  });

  it('spring, 29 Mar 2026: Friday opens at 06:00Z (UTC+2), Monday at 05:00Z (UTC+3)', async () => {
    h.clock.set('2026-03-20T08:00:00Z');
    const c = h.client();
    const q = await registration();
    const friday = await slotStarts(c, q, '2026-03-27');
    const monday = await slotStarts(c, q, '2026-03-30');
    expect(friday[0]).toBe('2026-03-27T06:00:00.000Z');
    expect(monday[0]).toBe('2026-03-30T05:00:00.000Z');
    expect(monday.at(-1)).toBe('2026-03-30T11:40:00.000Z');
    expect(monday).toHaveLength(friday.length);
  });

  it('a booking on the Monday after the autumn change is stored at the UTC instant the slot offered', async () => {
    h.clock.set('2026-10-20T08:00:00Z');
    const c = await h.citizen('045123787');
    const q = await registration();
    const r = await c.post('/api/v1/appointments', { ...q, start: '2026-10-26T08:00:00+02:00', person, declarations });
    expect(r.status).toBe(201);
    expect(r.body.start).toBe('2026-10-26T06:00:00.000Z');
    // Friday 08:00 local is 05:00Z: 06:00Z is 09:00 there, a different slot of the same day.
    const friday = await c.post('/api/v1/appointments', { ...q, start: '2026-10-23T08:00:00+03:00', person, declarations });
    expect(friday.status).toBe(201);
    expect(friday.body.start).toBe('2026-10-23T05:00:00.000Z');
  });
});
