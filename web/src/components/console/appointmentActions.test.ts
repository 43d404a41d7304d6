import { describe, expect, it } from 'vitest';
import { canFinish, canInviteThirdPerson, canJoinCall, hasStarted, isActive } from './appointmentActions';

const a = { status: 'booked', mode: 'video', interpretation: null, start: '2026-11-24T08:00:00.000Z', end: '2026-11-24T08:30:00.000Z' } as const;
const before = new Date('2026-11-24T07:59:00.000Z');
const during = new Date('2026-11-24T08:10:00.000Z');
const after = new Date('2026-11-24T09:00:00.000Z');

describe('which actions the console offers', () => {
  it('offers completed / no-show only once the appointment has started', () => {
    expect(hasStarted(a, before)).toBe(false);
    expect(canFinish(a, before)).toBe(false);
    expect(canFinish(a, new Date(a.start))).toBe(true);
    expect(canFinish(a, after)).toBe(true);
  });

  it('offers nothing more for an appointment already closed or cancelled', () => {
    for (const status of ['completed', 'no_show', 'cancelled'] as const) {
      expect(canFinish({ ...a, status }, after)).toBe(false);
      expect(isActive({ status })).toBe(false);
      expect(canJoinCall({ ...a, status }, during)).toBe(false);
    }
    expect(isActive(a)).toBe(true);
  });

  it('links the call only for video appointments that have not ended', () => {
    expect(canJoinCall(a, before)).toBe(true);
    expect(canJoinCall(a, during)).toBe(true);
    expect(canJoinCall(a, after)).toBe(false);
    expect(canJoinCall({ ...a, mode: 'phone' }, during)).toBe(false);
  });

  it('links the interpreter\'s call of an in-person appointment, for the counter\'s screen', () => {
    expect(canJoinCall({ ...a, mode: 'in_person', interpretation: 'gsl' }, during)).toBe(true);
    expect(canJoinCall({ ...a, mode: 'in_person' }, during)).toBe(false);
    expect(canJoinCall({ ...a, mode: 'in_person', interpretation: 'lip_reading' }, after)).toBe(false);
  });

  it("offers the third person's invitation only for a booked video appointment with a third person", () => {
    const third = { fullName: 'Ελένη Παππά' };
    expect(canInviteThirdPerson({ ...a, thirdPerson: third })).toBe(true);
    expect(canInviteThirdPerson({ ...a, thirdPerson: null })).toBe(false);
    expect(canInviteThirdPerson({ ...a, mode: 'phone', thirdPerson: third })).toBe(false);
    expect(canInviteThirdPerson({ ...a, status: 'cancelled', thirdPerson: third })).toBe(false);
  });
});
