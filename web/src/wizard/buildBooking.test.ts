import { describe, expect, it } from 'vitest';
import type { CitizenUser } from '../api/types';
import { buildBooking, holdIsStale } from './buildBooking';
import { initialState, type WizardState } from './state';
import { validateOnBehalf, validatePerson } from './validate';

const slot = { start: '2026-11-24T08:30:00.000Z', end: '2026-11-24T09:00:00.000Z' };
const now = new Date('2026-11-20T10:00:00.000Z');
const ready: WizardState = {
  ...initialState,
  municipalityId: 'm1',
  mode: 'video',
  topicId: 't1',
  slot,
  hold: { id: 'h1', expiresAt: '2026-11-20T10:10:00.000Z', start: slot.start, interpretation: null, requestedEmployeeId: null },
  person: { fullName: ' Μαρία Π ', email: 'maria@example.gr', phone: '6900000000', language: 'el' },
  thirdPerson: { wanted: true, fullName: 'Νίκος', email: 'nikos@example.gr' },
  declarations: { dataTrue: true, privacyRead: true },
};
const company: CitizenUser = {
  kind: 'citizen',
  id: 'c1',
  firstName: '',
  lastName: 'ΑΛΦΑ ΑΕ',
  taxId: '090000045',
  isCompany: true,
  email: null,
  phone: null,
  platformAdmin: false,
  actingAsPlatformAdmin: false,
};

describe('building the booking request', () => {
  it('includes the live hold, the third person for video and trimmed names', () => {
    const body = buildBooking(ready, { user: null, allowThirdPerson: true, now });
    expect(body).toMatchObject({
      holdId: 'h1',
      start: slot.start,
      person: { fullName: 'Μαρία Π' },
      onBehalfOf: { kind: 'self' },
      thirdPerson: { fullName: 'Νίκος', email: 'nikos@example.gr' },
      declarations: { dataTrue: true, privacyRead: true },
    });
  });

  it('leaves out the third person where the municipality does not allow one', () => {
    expect(buildBooking(ready, { user: null, allowThirdPerson: false, now })?.thirdPerson).toBeNull();
  });

  it('does not send an expired hold or one taken for other requirements', () => {
    const later = new Date('2026-11-20T10:11:00.000Z');
    expect(buildBooking(ready, { user: null, allowThirdPerson: true, now: later })?.holdId).toBeUndefined();
    const changed = { ...ready, interpretation: 'gsl' as const };
    expect(holdIsStale(changed)).toBe(true);
    expect(buildBooking(changed, { user: null, allowThirdPerson: true, now })?.holdId).toBeUndefined();
  });

  it('marks a business booking as proven only when the company itself signed in', () => {
    const business = { ...ready, onBehalfOf: { ...ready.onBehalfOf, kind: 'business' as const, companyTaxId: '090000045', companyName: 'ΑΛΦΑ ΑΕ' } };
    expect(buildBooking(business, { user: company, allowThirdPerson: true, now })?.onBehalfOf).toEqual({
      kind: 'business',
      companyTaxId: '090000045',
      companyName: 'ΑΛΦΑ ΑΕ',
      auth: 'company_credentials',
    });
    const other = { ...business, onBehalfOf: { ...business.onBehalfOf, companyTaxId: '094014201' } };
    expect(buildBooking(other, { user: company, allowThirdPerson: true, now })?.onBehalfOf).toMatchObject({ auth: 'declared' });
  });

  it('refuses to build without both declarations', () => {
    expect(buildBooking({ ...ready, declarations: { dataTrue: true, privacyRead: false } }, { user: null, allowThirdPerson: true })).toBeNull();
  });
});

describe('field checks before leaving a step', () => {
  it('names each missing or malformed personal detail', () => {
    expect(validatePerson({ fullName: '', email: 'nope', phone: '12', language: 'el' })).toEqual([
      { field: 'person.fullName', key: 'errors.required' },
      { field: 'person.email', key: 'errors.email' },
      { field: 'person.phone', key: 'errors.phone' },
    ]);
    expect(validatePerson({ fullName: 'Α', email: 'a@b.gr', phone: '+30 690 000 0000', language: 'el' })).toEqual([]);
  });

  it('checks the company tax number', () => {
    const o = { kind: 'business' as const, bookerFullName: '', companyTaxId: '123456789', companyName: 'Χ' };
    expect(validateOnBehalf(o)).toEqual([{ field: 'onBehalfOf.companyTaxId', key: 'errors.afm' }]);
  });

  it('catches "for another person" with the booker\'s own name as the attendee\'s, before the review', () => {
    // Seen on a walk: the contact details still held the booker's Taxisnet name.
    const o = { kind: 'other' as const, bookerFullName: 'ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ', companyTaxId: '', companyName: '' };
    expect(validateOnBehalf(o, 'Σοφία Βασιλείου')).toEqual([{ field: 'onBehalfOf.bookerFullName', key: 'errors.samePerson' }]);
    expect(validateOnBehalf(o, 'Ελένη Βασιλείου')).toEqual([]);
  });
});
