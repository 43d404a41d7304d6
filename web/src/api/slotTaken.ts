import { isApiError } from './client';
import type { Slot } from './types';

/**
 * The next free times of a 409 slot_taken answer, or null for any other error
 * (an empty list when the API offered none). The API sends `nextSlots` inside
 * `error`; an older form put it beside `error`. Both are read so
 * citizens and clerks are offered alternatives either way.
 */
export function takenNextSlots(e: unknown): Slot[] | null {
  if (!isApiError(e) || e.status !== 409 || e.code !== 'slot_taken') return null;
  const body = e.body as { nextSlots?: unknown; error?: { nextSlots?: unknown } } | undefined;
  const list: unknown[] = Array.isArray(body?.error?.nextSlots) ? body.error.nextSlots : Array.isArray(body?.nextSlots) ? body.nextSlots : [];
  return list.filter((s): s is Slot => typeof (s as Slot)?.start === 'string' && typeof (s as Slot)?.end === 'string');
}
