import { describe, expect, it } from 'vitest';
import { lostTime, wizardOffer } from './lostTime';

const ten = { start: '2026-11-24T08:00:00.000Z', end: '2026-11-24T08:20:00.000Z' };
const nine = { start: '2026-11-24T07:00:00.000Z', end: '2026-11-24T07:20:00.000Z' };
const eleven = { start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T09:20:00.000Z' };

describe('the wizard after a time it asked for was refused', () => {
  it("the requested employee is busy then: that employee's times, or the same time with any employee", () => {
    const t = lostTime({ code: 'requested_employee_taken', alternatives: [nine, eleven], anyEmployeeFree: true }, ten, 'e-georgiou');
    expect(wizardOffer(t)).toEqual({ alternatives: [nine, eleven], employeeTaken: true, anyEmployeeAt: ten });
  });

  it('only the nearest times when nobody else is free then, or when no employee was asked for', () => {
    expect(wizardOffer(lostTime({ code: 'requested_employee_taken', alternatives: [nine], anyEmployeeFree: false }, ten, 'e-georgiou')).anyEmployeeAt).toBeNull();
    expect(wizardOffer(lostTime({ code: 'slot_taken', alternatives: [nine, eleven], anyEmployeeFree: false }, ten, null))).toEqual({
      alternatives: [nine, eleven],
      employeeTaken: false,
      anyEmployeeAt: null,
    });
  });
});
