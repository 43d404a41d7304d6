// Texts in the outbox: who gets them, on which number, and the daily bound per number.
import { describe, expect, it } from 'vitest';
import type { Requester } from '../actor';
import { cancelAppointment } from '../commands/changeAppointment';
import { useAppTestKit } from '../testing';
import { AppError } from '../errors';

const kit = useAppTestKit('2026-11-23T08:00:00Z');
const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '691 234 5678', language: 'el' as const };
/** A desk booking's caller who gave no e-mail (the staff schema allows it). */
const { email: _email, ...noEmail } = person;
const withoutEmail = (phone: string) => ({ ...noEmail, phone }) as typeof person;

const rows = (appointmentId: string) =>
  kit.deps.knex('notifications').where({ appointment_id: appointmentId }).orderBy(['channel', 'kind', 'send_after']).select('channel', 'kind', 'recipient_email', 'recipient_phone', 'status', 'last_error');

async function clerk(): Promise<Requester> {
  return { actor: await kit.employee('athens'), ip: '127.0.0.1' };
}

describe('texts in the outbox', () => {
  it('a person who gave a mobile and agreed gets the confirmation and the reminder by text too, on the number in E.164', async () => {
    const appt = await kit.bookVideo('2026-11-24', { person: { ...person, smsConsent: true } });
    expect(appt.sms_phone).toBe('+306912345678');
    expect(appt.sms_consent_at).toEqual(kit.clock.now);
    expect((await rows(appt.id)).map((r) => `${r.channel}:${r.kind}:${r.recipient_email ?? r.recipient_phone}`)).toEqual([
      'email:confirmation:nikos@example.gr',
      'email:reminder:nikos@example.gr',
      'sms:confirmation:+306912345678',
      'sms:reminder:+306912345678',
    ]);
    // A cancellation is texted too.
    await cancelAppointment(kit.deps, await clerk(), appt.id);
    expect((await rows(appt.id)).filter((r) => r.channel === 'sms').map((r) => r.kind)).toEqual(['cancelled', 'confirmation', 'reminder']);
  });

  it('without agreeing, no texts', async () => {
    const appt = await kit.bookVideo('2026-11-25', { person });
    expect(appt.sms_phone).toBeNull();
    expect((await rows(appt.id)).every((r) => r.channel === 'email')).toBe(true);
  });

  it('a caller booked at the desk without an e-mail gets texts instead when the number is a mobile; with a landline, nothing', async () => {
    const texted = await kit.bookVideo('2026-11-26', { person: withoutEmail(person.phone) });
    expect([...new Set((await rows(texted.id)).map((r) => `${r.channel}:${r.kind}`))]).toEqual(['sms:confirmation', 'sms:reminder']);
    const landline = await kit.bookVideo('2026-11-27', { person: withoutEmail('210 123 4567') });
    expect(await rows(landline.id)).toEqual([]);
  });

  it('agreeing to texts with a landline is refused, naming the field', async () => {
    const err = await kit.bookVideo('2026-11-30', { person: { ...person, phone: '2101234567', smsConsent: true } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ kind: 'invalid', code: 'not_a_mobile', extra: { field: 'person.phone' } });
  });

  it('a number that did not book gets at most 5 opening texts a day; over it the text is held back, the e-mail is not', async () => {
    const other = { ...person, fullName: 'Άλλος Πολίτης', phone: '6999999999', smsConsent: true };
    const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08'];
    const booked = [];
    for (const [i, day] of days.entries()) booked.push(await kit.bookVideo(day, { person: { ...other, email: `p${i}@example.gr` } }));
    const last = await rows(booked.at(-1)!.id);
    expect(new Set(last.filter((r) => r.channel === 'sms').map((r) => r.status))).toEqual(new Set(['held_back']));
    expect(last.find((r) => r.channel === 'sms')!.last_error).toBe('held back: more than 5 texts to this number within 24 hours');
    expect(new Set(last.filter((r) => r.channel === 'email').map((r) => r.status))).toEqual(new Set(['pending']));
  });
});
