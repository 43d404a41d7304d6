import { describe, expect, it } from 'vitest';
import { validatePerson } from './validate';

const person = { fullName: 'Ελένη Παπαδάκη', email: 'eleni@example.gr', phone: '2101234567', language: 'el' as const };

describe('the wizard\'s SMS box', () => {
  it('asks for a Greek mobile only when texts are wanted', () => {
    expect(validatePerson(person)).toEqual([]);
    expect(validatePerson({ ...person, smsConsent: true })).toEqual([{ field: 'person.phone', key: 'errors.mobile' }]);
    expect(validatePerson({ ...person, phone: '+30 691 234 5678', smsConsent: true })).toEqual([]);
  });
});
