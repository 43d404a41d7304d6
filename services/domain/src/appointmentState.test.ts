import { describe, expect, it } from 'vitest';
import { assertChangeAllowed, canTransition, nextStatus } from './appointmentState';
import { DomainError } from './errors';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('nextStatus', () => {
  it('follows the life of an appointment', () => {
    expect(nextStatus('held', 'book')).toBe('booked');
    expect(nextStatus('held', 'cancel')).toBe('cancelled');
    expect(nextStatus('booked', 'reschedule')).toBe('booked');
    expect(nextStatus('booked', 'reassign')).toBe('booked');
    expect(nextStatus('booked', 'complete')).toBe('completed');
    expect(nextStatus('booked', 'mark_no_show')).toBe('no_show');
    expect(nextStatus('booked', 'cancel')).toBe('cancelled');
  });

  it.each([
    ['cancelled', 'reschedule'],
    ['completed', 'cancel'],
    ['no_show', 'complete'],
    ['booked', 'book'],
    ['held', 'complete'],
  ] as const)('refuses to %s → %s with a 409 in Greek and English', (status, action) => {
    expect(canTransition(status, action)).toBe(false);
    const err = caught(() => nextStatus(status, action));
    expect(err).toMatchObject({ code: 'invalid_transition', status: 409 });
    expect(err.messageEl).toMatch(/^Το ραντεβού είναι /);
    expect(err.messageEn).toMatch(/^The appointment is /);
  });
});

describe('assertChangeAllowed', () => {
  const startsAt = new Date('2026-03-02T09:00:00Z');

  it('allows changes up to the cut-off, inclusive', () => {
    expect(() => assertChangeAllowed(startsAt, new Date('2026-03-01T09:00:00Z'), 24 * 60)).not.toThrow();
  });

  it('refuses later changes with a bilingual 422', () => {
    const err = caught(() => assertChangeAllowed(startsAt, new Date('2026-03-01T09:00:01Z'), 24 * 60));
    expect(err).toMatchObject({ code: 'change_cutoff_passed', status: 422 });
    expect(err.messageEl).toContain('24 ώρες');
    expect(err.messageEn).toContain('24 hours');
    expect(caught(() => assertChangeAllowed(startsAt, startsAt, 90)).messageEl).toContain('90 λεπτά');
  });
});
