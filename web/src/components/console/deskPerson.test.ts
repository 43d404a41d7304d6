import { describe, expect, it } from 'vitest';
import { type ConsoleBookingForm, consoleBookingBody, emptyBookingForm, validateBookingForm, validateDeskPerson } from './bookingForm';
import { spelledReference } from './reference';

const ctx = { municipalityId: '11111111-1111-4111-8111-111111111111', allowThirdPerson: false, user: null };
const phoneCaller: ConsoleBookingForm = {
  ...emptyBookingForm,
  mode: 'phone',
  topicId: 't1',
  slot: { start: '2026-11-25T08:00:00.000Z', end: '2026-11-25T08:20:00.000Z' },
  person: { fullName: 'Άννα Τηλεφώνου', email: '', phone: '6900000000', language: 'el' },
  declarations: { dataTrue: true, privacyRead: true },
};

describe('a desk or phone booking', () => {
  it('needs no e-mail: the form is complete without one and sends none', () => {
    expect(validateBookingForm(phoneCaller, false)).toEqual([]);
    const body = consoleBookingBody(phoneCaller, ctx)!;
    expect(body.person).toEqual({ fullName: 'Άννα Τηλεφώνου', phone: '6900000000', language: 'el' });
  });

  it('checks an e-mail that is given, and the ΑΦΜ by its check digit', () => {
    expect(validateDeskPerson({ ...phoneCaller.person, email: 'not-an-address' }, '')).toEqual([{ field: 'person.email', key: 'errors.email' }]);
    expect(validateDeskPerson(phoneCaller.person, '123456789')).toEqual([{ field: 'person.taxId', key: 'errors.afm' }]);
    expect(validateDeskPerson(phoneCaller.person, '028765436')).toEqual([]);
  });

  it("sends the caller's ΑΦΜ, so the appointment is in their \"My appointments\"", () => {
    const body = consoleBookingBody({ ...phoneCaller, taxId: ' 028765436 ', person: { ...phoneCaller.person, email: 'anna@example.gr' } }, ctx)!;
    expect(body.person).toMatchObject({ email: 'anna@example.gr', taxId: '028765436' });
  });

  it('spells the reference out for the phone', () => {
    expect(spelledReference('K7P-4XQ-92M')).toBe('K 7 P – 4 X Q – 9 2 M');
  });
});
