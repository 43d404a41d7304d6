import { describe, expect, it } from 'vitest';
import type { EmployeeUser } from '../../api/types';
import { type ConsoleBookingForm, consoleBookingBody, emptyBookingForm, idempotencyKeyFor, updateForm, validateBookingForm } from './bookingForm';

const MUNI = '11111111-1111-4111-8111-111111111111';
const employee: EmployeeUser = {
  kind: 'employee',
  taxId: '135792468',
  fullName: 'ΜΑΡΙΑ ΓΕΩΡΓΙΟΥ',
  memberships: [{ employeeId: 'e1', municipalityId: MUNI, municipalityName: { el: 'Αθηνών', en: 'Athens' }, isAdmin: true }],
  activeMunicipalityId: MUNI,
};
const slot = { start: '2026-11-25T08:00:00.000Z', end: '2026-11-25T08:20:00.000Z' };

const filled: ConsoleBookingForm = {
  ...emptyBookingForm,
  mode: 'video',
  topicId: 't1',
  slot,
  person: { fullName: ' Νίκος Παππάς ', email: 'nikos@example.gr ', phone: '6912345678', language: 'el' },
  thirdPerson: { wanted: true, fullName: 'Ελένη Παππά', email: 'eleni@example.gr' },
  notes: '  ',
  declarations: { dataTrue: true, privacyRead: true },
};

describe('the console booking form', () => {
  it('lists every missing answer on an empty form, by API field', () => {
    const fields = validateBookingForm(emptyBookingForm, true).map((p) => p.field);
    expect(fields).toEqual([
      'mode',
      'topicId',
      'start',
      'person.fullName',
      // no person.email: a caller on the phone may have none (deskPerson.test.ts)
      'person.phone',
      'declarations.dataTrue',
      'declarations.privacyRead',
    ]);
  });

  it('checks the third person only for video where the municipality allows it', () => {
    const noEmail = { ...filled, thirdPerson: { wanted: true, fullName: 'Ελένη', email: '' } };
    expect(validateBookingForm(noEmail, true).map((p) => p.field)).toEqual(['thirdPerson.email']);
    expect(validateBookingForm(noEmail, false)).toEqual([]);
    expect(validateBookingForm({ ...noEmail, mode: 'phone' }, true)).toEqual([]);
  });

  it('builds the booking body with trimmed details, declared on behalf, no empty notes', () => {
    const body = consoleBookingBody(filled, { municipalityId: MUNI, allowThirdPerson: true, user: employee });
    expect(body).toEqual({
      municipalityId: MUNI,
      topicId: 't1',
      mode: 'video',
      start: slot.start,
      person: { fullName: 'Νίκος Παππάς', email: 'nikos@example.gr', phone: '6912345678', language: 'el' },
      onBehalfOf: { kind: 'self' },
      interpretation: null,
      thirdPerson: { fullName: 'Ελένη Παππά', email: 'eleni@example.gr' },
      requestedEmployeeId: null,
      declarations: { dataTrue: true, privacyRead: true },
    });
    const business = { ...filled, onBehalfOf: { kind: 'business', bookerFullName: '', companyTaxId: '090000045', companyName: 'ΔΕΗ' } } as const;
    expect(consoleBookingBody(business, { municipalityId: MUNI, allowThirdPerson: false, user: employee })).toMatchObject({
      onBehalfOf: { kind: 'business', companyTaxId: '090000045', companyName: 'ΔΕΗ', auth: 'declared' },
      thirdPerson: null,
    });
    expect(consoleBookingBody({ ...filled, slot: null }, { municipalityId: MUNI, allowThirdPerson: true, user: employee })).toBeNull();
  });

  it('forgets the chosen time when what it depends on changes', () => {
    const withEmployee = { ...filled, requestedEmployeeId: 'e2' };
    expect(updateForm(withEmployee, { interpretation: 'gsl' })).toMatchObject({ slot: null, requestedEmployeeId: 'e2' });
    expect(updateForm(withEmployee, { topicId: 't2' })).toMatchObject({ slot: null, requestedEmployeeId: null });
    const phone = updateForm(withEmployee, { mode: 'phone' });
    expect(phone).toMatchObject({ topicId: null, slot: null, thirdPerson: { wanted: false } });
    expect(updateForm(withEmployee, { notes: 'x' }).slot).toEqual(slot);
    // Choosing the same mode again keeps everything.
    expect(updateForm(withEmployee, { mode: 'video' })).toEqual(withEmployee);
  });

  it('keeps an interpreter for an in-person appointment (by video link at the counter) and drops it by phone', () => {
    const interpreted = { ...filled, interpretation: 'gsl' as const };
    expect(updateForm(interpreted, { mode: 'in_person' }).interpretation).toBe('gsl');
    expect(updateForm(interpreted, { mode: 'phone' }).interpretation).toBeNull();
  });

  it('keeps the Idempotency-Key for a retry of the same booking and changes it for another', () => {
    const body = consoleBookingBody(filled, { municipalityId: MUNI, allowThirdPerson: true, user: employee })!;
    let n = 0;
    const key = () => `k${++n}`;
    const first = idempotencyKeyFor(null, body, key);
    expect(idempotencyKeyFor(first, { ...body }, key).key).toBe('k1');
    expect(idempotencyKeyFor(first, { ...body, start: '2026-11-25T09:00:00.000Z' }, key).key).toBe('k2');
  });
});
