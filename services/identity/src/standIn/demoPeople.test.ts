import { isValidAfm } from '@muni/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_CITIZENS, DEMO_EMPLOYEES } from './demoPeople';

describe('demo people', () => {
  it('holds for every demo person, with distinct tax numbers', () => {
    const all = [...DEMO_CITIZENS, ...DEMO_EMPLOYEES];
    for (const person of all) expect(isValidAfm(person.taxId), person.taxId).toBe(true);
    expect(new Set(all.map((p) => p.taxId)).size).toBe(all.length);
  });
});
