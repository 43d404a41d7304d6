import { describe, expect, it } from 'vitest';
import type { CitizenUser } from '../api/types';
import { initialState, type WizardAction, type WizardState, wizardReducer } from './state';

const run = (actions: WizardAction[], from: WizardState = initialState) => actions.reduce(wizardReducer, from);
const slot = { start: '2026-11-24T08:30:00.000Z', end: '2026-11-24T09:00:00.000Z' };
const hold = { id: 'h1', expiresAt: '2026-11-24T08:10:00.000Z', start: slot.start, interpretation: null, requestedEmployeeId: null };

const citizen: CitizenUser = {
  kind: 'citizen',
  id: 'u1',
  firstName: 'Μαρία',
  lastName: 'Παπαδοπούλου',
  taxId: '094014201',
  isCompany: false,
  email: 'maria@example.gr',
  phone: '6900000000',
  platformAdmin: false,
  actingAsPlatformAdmin: false,
};

const chosen = run([
  { type: 'municipality', id: 'm1' },
  { type: 'mode', mode: 'video' },
  { type: 'topic', id: 't1' },
  { type: 'slot', slot, hold },
  { type: 'employee', id: 'e1' },
  { type: 'requirements', interpretation: 'gsl', thirdPerson: { wanted: true, fullName: 'Νίκος', email: 'n@example.gr' }, notes: '' },
]);

describe('wizard reducer', () => {
  it('forgets the mode, topic, time and employee when another municipality is picked', () => {
    const s = wizardReducer(chosen, { type: 'municipality', id: 'm2' });
    expect(s).toMatchObject({ municipalityId: 'm2', mode: null, topicId: null, slot: null, hold: null, requestedEmployeeId: null });
    expect(s.thirdPerson.wanted).toBe(false);
  });

  it('keeps everything when the same municipality is confirmed again', () => {
    expect(wizardReducer(chosen, { type: 'municipality', id: 'm1' })).toBe(chosen);
  });

  it('drops the third person when the mode is no longer video', () => {
    const s = wizardReducer(chosen, { type: 'mode', mode: 'in_person' });
    expect(s.thirdPerson).toEqual(initialState.thirdPerson);
    expect(s.topicId).toBeNull();
    expect(s.interpretation).toBe('gsl'); // in person the interpreter joins by video link: it stays (by phone it goes, below)
  });

  it('forgets the time when the topic changes', () => {
    const s = wizardReducer(chosen, { type: 'topic', id: 't2' });
    expect(s.slot).toBeNull();
    expect(s.municipalityId).toBe('m1');
  });

  it('keeps the idempotency key across retries but drops it when the booking changes', () => {
    const keyed = wizardReducer(chosen, { type: 'idempotencyKey', key: 'k1' });
    const retried = wizardReducer(keyed, { type: 'fieldError', error: { field: 'person.email', message: { el: 'x', en: 'x' } } });
    expect(retried.idempotencyKey).toBe('k1');
    const changed = wizardReducer(retried, { type: 'person', person: { ...retried.person, email: 'new@example.gr' } });
    expect(changed.idempotencyKey).toBeNull();
    expect(changed.fieldError).toBeNull();
  });

  it('pre-fills personal details from the signed-in citizen once, without overwriting edits', () => {
    const s = wizardReducer(initialState, { type: 'prefill', user: citizen, language: 'en' });
    expect(s.person).toEqual({ fullName: 'Μαρία Παπαδοπούλου', email: 'maria@example.gr', phone: '6900000000', language: 'en' });
    expect(s.onBehalfOf.kind).toBe('self');
    const edited = wizardReducer(s, { type: 'person', person: { ...s.person, email: 'other@example.gr' } });
    expect(wizardReducer(edited, { type: 'prefill', user: citizen, language: 'el' }).person.email).toBe('other@example.gr');
  });

  it('makes a company that signed in with its own credentials book as that business', () => {
    const company: CitizenUser = { ...citizen, firstName: '', lastName: 'ΑΛΦΑ ΑΕ', taxId: '090000045', isCompany: true };
    const s = wizardReducer(initialState, { type: 'prefill', user: company, language: 'el' });
    expect(s.onBehalfOf).toMatchObject({ kind: 'business', companyTaxId: '090000045', companyName: 'ΑΛΦΑ ΑΕ' });
    expect(s.person.fullName).toBe('');
  });

  it('starts afresh after booking but keeps the confirmation and preferred language', () => {
    const appointment = { id: 'a1', reference: 'ABC-123' } as never;
    const s = wizardReducer({ ...chosen, person: { ...chosen.person, language: 'en' } }, { type: 'booked', appointment });
    expect(s.done).toBe(appointment);
    expect(s.municipalityId).toBeNull();
    expect(s.person.language).toBe('en');
  });
});

describe('interpreting follows the mode', () => {
  it('an interpreter asked for is dropped when the mode becomes phone, and the requirements are asked again', () => {
    const asked = run([
      { type: 'municipality', id: 'm-athens' },
      { type: 'mode', mode: 'in_person' },
      { type: 'requirements', interpretation: 'gsl', thirdPerson: initialState.thirdPerson, notes: '' },
    ]);
    expect(asked).toMatchObject({ interpretation: 'gsl', answered: ['requirements'] });
    expect(wizardReducer(asked, { type: 'mode', mode: 'video' }).interpretation).toBe('gsl');
    const phone = wizardReducer(asked, { type: 'mode', mode: 'phone' });
    expect(phone.interpretation).toBeNull();
    expect(phone.answered).not.toContain('requirements');
  });
});
