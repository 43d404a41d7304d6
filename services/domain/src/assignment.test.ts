import { describe, expect, it } from 'vitest';
import { pickEmployee } from './assignment';

const c = (id: string, bookedInWindow: number, lastAssignedAt: string | null = null) => ({
  id,
  bookedInWindow,
  lastAssignedAt: lastAssignedAt ? new Date(lastAssignedAt) : null,
});

describe('pickEmployee', () => {
  it('honours a requested person who is free', () => {
    expect(pickEmployee([c('a', 0), c('b', 9)], 'b')).toBe('b');
  });

  it('falls back to balancing when the requested person is not free', () => {
    expect(pickEmployee([c('a', 3), c('b', 1)], 'z')).toBe('b');
    expect(pickEmployee([c('a', 3), c('b', 1)], null)).toBe('b');
  });

  it('breaks ties round-robin: never assigned, then longest ago, then id', () => {
    expect(pickEmployee([c('a', 2, '2026-03-01T09:00Z'), c('b', 2), c('c', 2, '2026-02-01T09:00Z')])).toBe('b');
    expect(pickEmployee([c('a', 2, '2026-03-01T09:00Z'), c('c', 2, '2026-02-01T09:00Z')])).toBe('c');
    expect(pickEmployee([c('y', 2), c('x', 2)])).toBe('x');
  });

  it('returns null when nobody is free', () => {
    expect(pickEmployee([], 'a')).toBeNull();
  });
});
