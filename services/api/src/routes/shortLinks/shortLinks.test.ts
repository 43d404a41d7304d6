import { randomUUID } from 'node:crypto';
import { hashToken, joinToken, manageToken, shortLinkCode } from '@muni/domain';
import { SmsSendError } from '@muni/scheduler';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';
import { TEST_LINK_SECRET } from '../../testing/mails';
import { deliverTexts, shortPathIn } from '../../testing/texts';

const h = useApiHarness('2026-11-23T08:00:00Z');
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const declarations = { dataTrue: true, privacyRead: true };
const person = { fullName: 'Ευτυχία Μητσοπούλου', email: 'eftychia@example.gr', phone: '+30 691 111 1111', language: 'el', smsConsent: true };

async function book(mode: 'video' | 'in_person', day: string) {
  const m = await h.municipality('athens');
  const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
  const slots = (await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=${mode}&topicId=${topicId}&from=${day}&to=${day}`)).body.slots;
  const r = await (await h.citizen()).post('/api/v1/appointments', { municipalityId: m.id, topicId, mode, start: slots[0].start, person, declarations }, { 'Idempotency-Key': randomUUID() });
  expect(r.status).toBe(201);
  return r.body as { id: string; end: string };
}

/** Opening the link as a phone would: no session, no redirect followed. */
const open = async (path: string) => {
  const res = await fetch(`${h.url}${path}`, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), body: await res.text(), type: res.headers.get('content-type') };
};

describe('GET /s/:code, the short link in a text', () => {
  it('leads the person served from their text to their own join link, until the appointment changes', async () => {
    const appt = await book('video', '2026-11-25');
    const [text] = await deliverTexts(h, appt.id);
    expect(text!.to).toBe('+306911111111');
    const path = shortPathIn(text!.text)!;
    expect(text!.text.endsWith(`${h.url}${path}`)).toBe(true);

    const opened = await open(path);
    expect(opened.status).toBe(302);
    expect(opened.location).toBe(`${h.url}/join/${joinToken(TEST_LINK_SECRET, appt.id, 'citizen', 1)}`);

    // A code for someone else's link of the same appointment was never sent: unknown.
    expect((await open(`/s/${shortLinkCode(TEST_LINK_SECRET, appt.id, 'third_person', 'join', 1)}`)).status).toBe(404);

    // Moved: the old link stops, the new text carries a new one.
    const staff = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
    const later = (await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topicId}&from=2026-11-27&to=2026-11-27`)).body.slots[0].start;
    expect((await staff.post(`/api/v1/appointments/${appt.id}/reschedule`, { start: later, anyEmployee: true })).status).toBe(200);
    expect((await open(path)).status).toBe(404);
    const moved = (await deliverTexts(h, appt.id)).find((t) => t.text.includes('νέα ώρα'))!;
    const newPath = shortPathIn(moved.text)!;
    expect(newPath).not.toBe(path);
    expect((await open(newPath)).location).toBe(`${h.url}/join/${joinToken(TEST_LINK_SECRET, appt.id, 'citizen', 2)}`);
  });

  it('an in-person appointment\'s text leads to the manage link, which expires at the end', async () => {
    const appt = await book('in_person', '2026-11-26');
    const [text] = await deliverTexts(h, appt.id);
    const path = shortPathIn(text!.text)!;
    expect((await open(path)).location).toBe(`${h.url}/manage/${manageToken(TEST_LINK_SECRET, appt.id, 1)}`);
    const link = await h.knex('short_links').where({ code_hash: hashToken(path.slice(3)) }).first();
    expect(link.expires_at.toISOString()).toBe(new Date(appt.end).toISOString());

    const before = h.clock.now;
    h.clock.set(new Date(link.expires_at.getTime() + 1000).toISOString());
    try {
      expect((await open(path)).status).toBe(404);
    } finally {
      h.clock.now = before;
    }
  });

  it('a text the gateway refused for good shows in the console like a failed e-mail: to the mobile, failed, with the reason', async () => {
    const appt = await book('in_person', '2026-11-30');
    const refusing = { description: 'refusing', send: () => Promise.reject(new SmsSendError('gateway sms.example.gr: HTTP 400: invalid number <number>', true)) };
    await deliverTexts(h, appt.id, refusing);
    const staff = await h.employee('135792468', 'athens');
    const detail = await staff.get(`/api/v1/appointments/${appt.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.emails).toContainEqual(expect.objectContaining({ kind: 'confirmation', recipient: '+306911111111', status: 'failed', attempts: 1, lastError: expect.stringContaining('HTTP 400') }));
  });

  it('an unknown or malformed code is a bilingual page (404) with a stable code, never a redirect', async () => {
    for (const path of ['/s/AAAAAAAAAA', '/s/short', `/s/${'x'.repeat(300)}`, '/s/%E2%80%AE%3Cscript%3E']) {
      const r = await open(path);
      expect(r.status, path).toBe(404);
      expect(r.location).toBeNull();
      expect(r.type).toContain('text/html');
      expect(r.body).toContain('Ο σύνδεσμος δεν ισχύει');
      expect(r.body).toContain('This link is not valid');
      expect(r.body).toContain('short_link_unknown');
      expect(r.body).not.toContain('<script>');
    }
  });
});
