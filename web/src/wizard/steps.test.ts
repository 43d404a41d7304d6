import { describe, expect, it } from 'vitest';
import { initialState, type WizardState } from './state';
import { canEnter, fieldId, firstIncompleteStep, stepForField } from './steps';

const slot = { start: '2026-11-24T08:30:00.000Z', end: '2026-11-24T09:00:00.000Z' };
const upToDate: WizardState = { ...initialState, municipalityId: 'm1', mode: 'video', topicId: 't1', slot };

describe('wizard steps', () => {
  it('sends a newcomer to the first question', () => {
    expect(firstIncompleteStep(initialState)).toBe('municipality');
    expect(canEnter(initialState, 'mode')).toBe(false);
  });

  it('asks for personal details once a time is chosen, even though they are pre-filled', () => {
    const prefilled = { ...upToDate, person: { fullName: 'Α Β', email: 'a@b.gr', phone: '6900000000', language: 'el' as const } };
    expect(firstIncompleteStep(prefilled)).toBe('details');
    expect(firstIncompleteStep({ ...prefilled, answered: ['details'] })).toBe('on-behalf');
  });

  it('does not accept confirmed but invalid details', () => {
    const bad = { ...upToDate, answered: ['details' as const], person: { ...initialState.person, fullName: 'Α' } };
    expect(firstIncompleteStep(bad)).toBe('details');
  });

  it('reaches the review once every answer is in', () => {
    const all: WizardState = {
      ...upToDate,
      person: { fullName: 'Α Β', email: 'a@b.gr', phone: '6900000000', language: 'el' },
      answered: ['details', 'on-behalf', 'requirements', 'employee'],
      declarations: { dataTrue: true, privacyRead: true },
    };
    expect(firstIncompleteStep(all)).toBe('review');
    expect(canEnter(all, 'review')).toBe(true);
    expect(canEnter(upToDate, 'review')).toBe(false);
  });

  it('maps API field errors to the page that asks for the field', () => {
    expect(stepForField('person.email')).toBe('details');
    expect(stepForField('onBehalfOf.companyTaxId')).toBe('on-behalf');
    expect(stepForField('thirdPerson.email')).toBe('requirements');
    expect(stepForField('start')).toBe('date');
    expect(stepForField('something.else')).toBe('review');
    expect(fieldId('person.email')).toBe('person-email');
  });
});
