import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';
import { deliverTexts, shortPathIn } from '../../testing/texts';

// Monday 23 Nov 2026, 10:00 in Athens.
const h = useApiHarness('2026-11-23T08:00:00Z');

const declarations = { dataTrue: true, privacyRead: true };
const caller = { fullName: 'Σταύρος Αλεξίου', phone: '6977777777', language: 'el' };

async function deskBooking(body: Record<string, unknown>, day: string) {
  const m = await h.municipality('athens');
  const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
  const slots = await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=in_person&topicId=${topicId}&from=${day}&to=${day}`);
  const clerk = await h.employee('135792468', 'athens');
  return clerk.post('/api/v1/console/appointments', { municipalityId: m.id, topicId, mode: 'in_person', start: slots.body.slots[0].start, declarations, ...body }, { 'Idempotency-Key': randomUUID() });
}

describe('booking at the desk or on the phone', () => {
  it("with the caller's ΑΦΜ: the appointment is in their \"My appointments\" once they sign in for the first time", async () => {
    expect(await h.knex('users').where({ tax_id: '028765436' }).first()).toBeUndefined(); // never signed in
    const r = await deskBooking({ person: { ...caller, email: 'stavros@example.gr', taxId: '028765436' } }, '2026-11-24');
    expect(r.status).toBe(201);

    const citizen = await h.citizen('028765436');
    const mine = await citizen.get('/api/v1/me/appointments');
    expect(mine.body.upcoming.map((a: { reference: string }) => a.reference)).toEqual([r.body.reference]);
    // The row the desk made is the one the sign-in found, now with GSIS's names.
    expect(await h.knex('users').where({ tax_id: '028765436' }).first('first_name', 'last_name', 'kind')).toEqual({ first_name: 'ΣΤΑΥΡΟΣ', last_name: 'ΑΛΕΞΙΟΥ', kind: 'person' });
    // And they may change it themselves.
    expect((await citizen.get(`/api/v1/appointments/${r.body.id}`)).status).toBe(200);
  });

  it('refuses a wrong ΑΦΜ with a clear message and books nothing', async () => {
    const before = await h.knex('appointments').count('* as n').first();
    const r = await deskBooking({ person: { ...caller, taxId: '123456789' } }, '2026-11-24');
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe('person.taxId');
    expect(r.body.error.message.el).toMatch(/ΑΦΜ/);
    expect(await h.knex('appointments').count('* as n').first()).toEqual(before);
  });

  it('phone only, no e-mail: booked with its reference; the outbox writes no e-mail, and texts to the caller\'s mobile instead', async () => {
    const r = await deskBooking({ person: { ...caller, email: '' } }, '2026-11-25');
    expect(r.status).toBe(201);
    expect(r.body.reference).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    expect(r.body.person).toMatchObject({ fullName: caller.fullName, email: null, phone: caller.phone, textsTo: '+306977777777' });
    const outbox = () => h.knex('notifications').where({ appointment_id: r.body.id }).orderBy(['kind', 'send_after']).select('channel', 'kind', 'recipient_phone');
    const texts = (kinds: string[]) => kinds.map((kind) => ({ channel: 'sms', kind, recipient_phone: '+306977777777' }));
    expect(await outbox()).toEqual(texts(['confirmation', 'reminder', 'reminder']));

    // Its changes send no e-mail either (and the staff detail says none went out); the caller is texted the cancellation.
    const clerk = await h.employee('135792468', 'athens');
    expect((await clerk.post(`/api/v1/appointments/${r.body.id}/cancel`, {})).status).toBe(200);
    expect(await outbox()).toEqual(texts(['cancelled', 'confirmation', 'reminder', 'reminder']));
  });

  it('phone only, no e-mail: the outcome\'s text leads to a page that shows it (no "My appointments" without Taxisnet), and a correction says so', async () => {
    // Seen on a walk: the text pointed at "My appointments", which a caller booked by phone cannot open.
    const r = await deskBooking({ person: { ...caller, email: '' } }, '2026-11-26');
    expect(r.status).toBe(201);
    const before = h.clock.now;
    try {
      h.clock.set(new Date(Date.parse(r.body.start) + 10 * 60_000).toISOString());
      const clerk = await h.employee('135792468', 'athens');
      const outcome = { kind: 'needs_documents', text: 'Φέρτε τα παρακάτω.', documents: ['Βεβαίωση ΕΦΚΑ'], followUpOn: null };
      const first = await clerk.send('PUT', `/api/v1/console/appointments/${r.body.id}/outcome`, outcome);
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const text = (await deliverTexts(h, r.body.id)).find((t) => t.text.includes('Χρειάζονται δικαιολογητικά'))!;
      expect(text.to).toBe('+306977777777');
      const path = shortPathIn(text.text)!;
      expect(text.text.endsWith(`${h.url}${path}`)).toBe(true);

      // Opened weeks later, as a phone would: the manage page, which shows the outcome.
      h.clock.set(new Date(Date.parse(r.body.start) + 30 * 86_400_000).toISOString());
      const opened = await fetch(`${h.url}${path}`, { redirect: 'manual' });
      expect(opened.status).toBe(302);
      const manage = new URL(opened.headers.get('location')!).pathname;
      expect(manage).toMatch(/^\/manage\//);
      const page = await h.client().get(`/api/v1${manage}`);
      expect(page.status).toBe(200);
      expect(page.body.outcome).toMatchObject({ kind: 'needs_documents', documents: ['Βεβαίωση ΕΦΚΑ'] });

      h.clock.set(new Date(Date.parse(r.body.start) + 20 * 60_000).toISOString());
      const clerkAgain = await h.employee('135792468', 'athens');
      const second = await clerkAgain.send('PUT', `/api/v1/console/appointments/${r.body.id}/outcome`, { ...outcome, kind: 'resolved', documents: [] });
      expect(second.status, JSON.stringify(second.body)).toBe(200);
      const corrected = (await deliverTexts(h, r.body.id)).find((t) => /διόρθωση, /.test(t.text));
      expect(corrected?.text).toContain(': διόρθωση, ');
    } finally {
      h.clock.now = before;
    }
  });

  it('only staff may leave the e-mail out: a citizen booking online must give one', async () => {
    const m = await h.municipality('athens');
    const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
    const citizen = await h.citizen('112233441');
    const r = await citizen.post('/api/v1/appointments', { municipalityId: m.id, topicId, mode: 'in_person', start: '2026-11-26T08:00:00Z', person: caller, declarations });
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe('person.email');
  });
});
