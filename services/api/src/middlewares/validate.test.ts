// Input no person types is refused with 422 naming the field, before anything is written.
import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z');
const declarations = { dataTrue: true, privacyRead: true };
const count = async () => Number((await h.knex('appointments').count('* as n'))[0]!.n);

async function booking(overrides: Record<string, unknown>) {
  const m = await h.municipality('athens');
  const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
  const c = await h.citizen('045123787');
  const slots = await c.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topicId}&from=2026-11-24&to=2026-11-24`);
  const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
  return { c, body: { municipalityId: m.id, topicId, mode: 'video', start: slots.body.slots[0].start, person, declarations, ...overrides } };
}

describe('text hygiene at the API edge', () => {
  it('a NUL in a name is 422 naming the field (not 500), in Greek and English, and nothing is written', async () => {
    const { c, body } = await booking({});
    const before = await count();
    const r = await c.post('/api/v1/appointments', { ...body, person: { ...(body.person as object), fullName: 'ab\u0000c' } });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ code: 'unsafe_characters', field: 'person.fullName' });
    expect(r.body.error.message.el).toContain('person.fullName');
    expect(r.body.error.message.en).toContain('control characters');
    expect(await count()).toBe(before);
  });

  it('refuses a bidi override in notes and a line break in a name, but keeps line breaks in notes', async () => {
    const { c, body } = await booking({});
    const bidi = await c.post('/api/v1/appointments', { ...body, notes: 'ok \u202Egnp.exe' });
    expect(bidi.status).toBe(422);
    expect(bidi.body.error).toMatchObject({ code: 'unsafe_characters', field: 'notes' });
    const broken = await c.post('/api/v1/appointments', { ...body, thirdPerson: { fullName: 'Μαρία\nΤρίτη', email: 'm@example.gr' } });
    expect(broken.body.error).toMatchObject({ code: 'unsafe_characters', field: 'thirdPerson.fullName' });

    const fine = await c.post('/api/v1/appointments', { ...body, notes: 'Θα έρθω με τον γιο μου.\nΧρειάζομαι ράμπα.' });
    expect(fine.status).toBe(201);
  });

  it('also guards query strings', async () => {
    const m = await h.municipality('athens');
    const r = await h.client().get(`/api/v1/municipalities/${m.id}/topics?mode=video%00`);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('unsafe_characters');
  });
});
