import { pickEmployee } from '@muni/domain';
import { bookedCounts } from '@muni/db';
import type { Knex } from 'knex';

/**
 * Candidates in the order the assignment policy prefers them: the preferred
 * one (a moving appointment's own employee) first when free, then least
 * booked in the booking window, ties by round robin (longest since last
 * assigned). The caller tries them in order, so a lost race on one falls
 * through to the next. A requested employee is not ranked: the caller tries
 * only them (reserve.ts).
 */
export async function rankCandidates(
  knex: Knex,
  table: 'employees' | 'interpreters',
  ids: string[],
  window: { from: Date; to: Date },
  preferredId?: string | null,
): Promise<string[]> {
  if (ids.length <= 1) return ids;
  const column = table === 'employees' ? 'employee_id' : 'interpreter_id';
  const counts = await bookedCounts(knex, column, ids, window.from, window.to);
  const rows: { id: string; last_assigned_at: Date | null }[] = await knex(table).whereIn('id', ids).select('id', 'last_assigned_at');
  let candidates = rows.map((r) => ({ id: r.id, bookedInWindow: counts.get(r.id) ?? 0, lastAssignedAt: r.last_assigned_at }));
  const ranked: string[] = [];
  let requested = preferredId;
  while (candidates.length) {
    const next = pickEmployee(candidates, requested);
    if (!next) break;
    ranked.push(next);
    requested = null;
    candidates = candidates.filter((c) => c.id !== next);
  }
  return ranked;
}
