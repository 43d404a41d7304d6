import { describe, expect, it } from 'vitest';
import { saveTopic } from '../commands/adminTopics';
import { publicSlots, publicTopics } from '../queries/catalogue';
import { useAppTestKit } from '../testing';

// A topic's length per mode (Athens' own lengths: in person 20, phone 15, video 20).
const kit = useAppTestKit('2026-11-23T08:00:00Z');

const minutes = (a: { starts_at: Date; ends_at: Date }) => (a.ends_at.getTime() - a.starts_at.getTime()) / 60_000;

describe('a length per mode', () => {
  it('gives each mode its own slots and bookings; a mode left out takes the municipality\'s length', async () => {
    const m = await kit.municipality('athens');
    const topicId = m.topic('Family status certificate');
    const admin = { actor: await kit.employee('athens', '135792468'), ip: '127.0.0.1' };
    const saved = await saveTopic(kit.deps, admin, m.id, topicId, { durations: { in_person: 45, video: 25 } });
    expect(saved.topic.durations).toEqual({ in_person: 45, video: 25 });

    const slots = async (mode: 'in_person' | 'phone' | 'video') => publicSlots(kit.deps.knex, kit.clock.now, m.id, { topicId, mode, from: '2026-11-24', to: '2026-11-24' });
    for (const [mode, length] of [['in_person', 45], ['video', 25], ['phone', 15]] as const) {
      const answer = await slots(mode);
      expect(answer.durationMinutes).toBe(length);
      const first = answer.slots[0]!;
      expect((first.end.getTime() - first.start.getTime()) / 60_000).toBe(length);
    }
    const topics = await publicTopics(kit.deps.knex, m.id);
    expect(topics.find((t) => t.id === topicId)!.durationByMode).toEqual({ in_person: 45, phone: 15, video: 25 });

    expect(minutes(await kit.book({ mode: 'in_person', day: '2026-11-25' }))).toBe(45);
    expect(minutes(await kit.book({ mode: 'video', day: '2026-11-25' }))).toBe(25);
    expect(minutes(await kit.book({ mode: 'phone', day: '2026-11-25' }))).toBe(15);

    // Sent whole: an empty set brings back the municipality's lengths.
    await saveTopic(kit.deps, admin, m.id, topicId, { durations: {} });
    expect((await slots('in_person')).durationMinutes).toBe(20);
  });
});
