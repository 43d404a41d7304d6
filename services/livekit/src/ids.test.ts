import { describe, expect, it } from 'vitest';
import { opaqueId } from './ids';

describe('opaqueId', () => {
  it('is the prefix plus 22 url-safe random characters', () => {
    expect(opaqueId('rm')).toMatch(/^rm_[A-Za-z0-9_-]{22}$/);
    expect(opaqueId('pt')).toMatch(/^pt_[A-Za-z0-9_-]{22}$/);
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => opaqueId('rm')));
    expect(ids.size).toBe(1000);
  });
});
