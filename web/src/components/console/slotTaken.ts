import { isApiError } from '../../api/client';
import type { Slot } from '../../api/types';

/**
 * The next free times of a 409 slot_taken answer, or null for any other error.
 * The contract puts `nextSlots` beside `error`; the API currently sends it inside
 * `error`. Both are read so the console offers alternatives either way.
 */
export function takenNextSlots(e: unknown): Slot[] | null {
  if (!isApiError(e) || e.status !== 409 || e.code !== 'slot_taken') return null;
  const body = e.body as { nextSlots?: unknown; error?: { nextSlots?: unknown } } | undefined;
  const list = Array.isArray(body?.nextSlots) ? body.nextSlots : Array.isArray(body?.error?.nextSlots) ? body.error.nextSlots : [];
  return list.filter((s): s is Slot => typeof s?.start === 'string' && typeof s?.end === 'string');
}
