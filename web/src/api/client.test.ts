import { describe, expect, it } from 'vitest';
import { query, toApiError } from './client';

describe('reading API error answers', () => {
  it('keeps code, bilingual message, field and the extras of the body', () => {
    const body = {
      error: { code: 'slot_taken', message: { el: 'Η ώρα πιάστηκε', en: 'Slot taken' }, field: 'start' },
      nextSlots: [{ start: '2026-11-24T08:30:00.000Z', end: '2026-11-24T09:00:00.000Z' }],
    };
    const e = toApiError(409, body);
    expect(e).toMatchObject({ status: 409, code: 'slot_taken', message: { el: 'Η ώρα πιάστηκε', en: 'Slot taken' }, field: 'start' });
    expect(e.body).toBe(body);
  });

  it('reads a failure without our JSON (proxy page, network down) as "service unavailable"', () => {
    expect(toApiError(502, null).message.el).toMatch(/δεν είναι διαθέσιμη/);
    expect(toApiError(0, null)).toMatchObject({ status: 0, code: 'network_error' });
  });

  it('falls back to Greek when an answer has no English text', () => {
    expect(toApiError(422, { error: { code: 'x', message: { el: 'Μόνο ελληνικά' } } }).message.en).toBe('Μόνο ελληνικά');
  });
});

describe('query strings', () => {
  it('leaves out empty parameters', () => {
    expect(query({ mode: 'video', topicId: 't1', employeeId: null, interpretation: undefined, from: '' })).toBe('?mode=video&topicId=t1');
    expect(query({})).toBe('');
  });
});
