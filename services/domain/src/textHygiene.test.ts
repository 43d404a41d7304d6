import { describe, expect, it } from 'vitest';
import { findUnsafeText } from './textHygiene';

describe('findUnsafeText', () => {
  it('names the field holding NUL or another control character, however deep', () => {
    expect(findUnsafeText({ person: { fullName: 'ab\u0000c' } })).toEqual({ field: 'person.fullName', kind: 'control' });
    expect(findUnsafeText({ list: ['ok', 'bell\u0007'] })).toEqual({ field: 'list.1', kind: 'control' });
    expect(findUnsafeText({ name: 'c1\u0085' })).toEqual({ field: 'name', kind: 'control' });
    expect(findUnsafeText({ name: 'del\u007f' })).toEqual({ field: 'name', kind: 'control' });
  });

  it('refuses bidirectional overrides and isolates, which make text read differently than stored', () => {
    expect(findUnsafeText({ reference: 'AB\u202Edcba' })).toEqual({ field: 'reference', kind: 'bidi' });
    expect(findUnsafeText({ notes: 'x\u2067y' })).toEqual({ field: 'notes', kind: 'bidi' });
  });

  it('allows tab and line breaks in free-text notes only', () => {
    expect(findUnsafeText({ notes: 'γραμμή 1\nγραμμή 2\tκαι tab', reason: 'a\r\nb' })).toBeNull();
    expect(findUnsafeText({ person: { fullName: 'Νίκος\nΠαπαδόπουλος' } })).toEqual({ field: 'person.fullName', kind: 'line_break' });
  });

  it('accepts ordinary Greek, accents, emoji and non-strings', () => {
    expect(findUnsafeText({ fullName: 'Ζωή Ξενοφώντος-Άλφα', n: 3, ok: true, none: null, e: 'καλημέρα 👋' })).toBeNull();
  });
});
