// One person (or a script holding their session) cannot take a municipality's day.
import { describe, expect, it } from 'vitest';
import { holdSlot } from '../commands/holdSlot';
import { useAppTestKit } from '../testing';

const kit = useAppTestKit('2026-11-23T08:00:00Z');
const ip = '127.0.0.1';

describe('per-citizen limits', () => {
  it('a second appointment for the same topic is refused, naming the one they have', async () => {
    const by = { actor: await kit.citizen('011111116'), ip };
    const first = await kit.book({ by, day: '2026-11-24' });
    const again = kit.book({ by, day: '2026-11-25' });
    await expect(again).rejects.toMatchObject({ kind: 'rule', code: 'one_per_topic', extra: { appointments: [{ reference: first.reference }] } });
    await expect(again).rejects.toThrow(first.reference);
  });

  it('at most the municipality\'s number of future appointments (3), listed in the refusal; a hold is refused as early', async () => {
    const actor = await kit.citizen('022222222');
    const by = { actor, ip };
    const booked = [
      await kit.book({ by, topic: 'Family status certificate', mode: 'in_person', day: '2026-11-24' }),
      await kit.book({ by, topic: 'Registration in the municipal roll', mode: 'in_person', day: '2026-11-24' }),
      await kit.book({ by, topic: 'Shop operating licence', mode: 'in_person', day: '2026-11-25' }),
    ];
    const fourth = kit.book({ by, topic: 'Information on social programmes', mode: 'phone', day: '2026-11-26' });
    await expect(fourth).rejects.toMatchObject({ kind: 'rule', code: 'too_many_appointments', extra: { limit: 3 } });
    const refused = await fourth.catch((e) => e);
    expect(refused.extra.appointments.map((a: { reference: string }) => a.reference)).toEqual(booked.map((b) => b.reference));
    expect(refused.messageEl).toContain('όριο 3');

    const m = await kit.municipality('athens');
    const hold = holdSlot(kit.deps, actor, { municipalityId: m.id, topicId: m.topic('Information on social programmes'), mode: 'phone', start: new Date('2026-11-26T07:00:00Z'), interpretation: null, requestedEmployeeId: null });
    await expect(hold).rejects.toMatchObject({ code: 'too_many_appointments' });
  });

  it('past appointments do not count, and staff booking at the desk are not bound', async () => {
    const by = { actor: await kit.citizen('033333338'), ip };
    await kit.book({ by, day: '2026-11-24' });
    kit.clock.set('2026-11-25T08:00:00Z'); // the first one is over
    try {
      await expect(kit.book({ by, day: '2026-11-26' })).resolves.toMatchObject({ status: 'booked' });
    } finally {
      kit.clock.set('2026-11-23T08:00:00Z');
    }
    for (const day of ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']) await expect(kit.book({ day })).resolves.toMatchObject({ status: 'booked' });
  });

  it('two tabs booking the last allowed appointment at once: exactly one wins', async () => {
    const by = { actor: await kit.citizen('044444440'), ip };
    await kit.book({ by, topic: 'Family status certificate', mode: 'in_person', day: '2026-11-24' });
    await kit.book({ by, topic: 'Registration in the municipal roll', mode: 'in_person', day: '2026-11-24' });
    const race = await Promise.allSettled([
      kit.book({ by, topic: 'Shop operating licence', mode: 'in_person', day: '2026-11-27' }),
      kit.book({ by, topic: 'Information on social programmes', mode: 'phone', day: '2026-11-27' }),
    ]);
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(race.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'too_many_appointments' } });
  });
});
