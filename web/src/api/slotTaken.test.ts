import { describe, expect, it } from 'vitest';
import { toApiError } from './client';
import { takenNextSlots } from './slotTaken';

const slot = { start: '2026-11-25T08:00:00.000Z', end: '2026-11-25T08:20:00.000Z' };
const message = { el: 'Η ώρα κλείστηκε.', en: 'The time was taken.' };

describe('alternatives after a time was taken', () => {
  it('reads nextSlots beside the error (the older form)', () => {
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message }, nextSlots: [slot] }))).toEqual([slot]);
  });

  it('reads nextSlots inside the error, as the API sends it', () => {
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message, field: 'start', nextSlots: [slot, { start: 1 }] } }))).toEqual([slot]);
  });

  it('prefers the list inside the error when both forms are present', () => {
    const other = { start: '2026-11-25T09:00:00.000Z', end: '2026-11-25T09:20:00.000Z' };
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message, nextSlots: [slot] }, nextSlots: [other] }))).toEqual([slot]);
  });

  it('is null for other errors, and empty when no alternatives came', () => {
    expect(takenNextSlots(toApiError(409, { error: { code: 'employee_busy', message } }))).toBeNull();
    expect(takenNextSlots(new Error('x'))).toBeNull();
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message } }))).toEqual([]);
  });
});
