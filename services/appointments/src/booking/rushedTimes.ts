import { preparedRead } from '@muni/db';
import type { Knex } from 'knex';
import { AppError } from '../errors';
import type { BookingContext } from './context';

// A rush on one time (issue 17: a thousand people at once for a hundred
// slots). Every request would otherwise open a booking transaction and read
// the day's availability, all at once, before the first booking commits:
// nine in ten only to learn the time is gone.
//
// Per API process and time wished (municipality, topic, mode, interpreting,
// start) at most RUSH_AT_ONCE bookings run at once; the others wait for one of
// them to end. When one finds the time taken, its 409 is remembered with the
// employees the schedule offers then, and the waiting and later requests are
// answered with it after ONE indexed query confirms that each of those
// employees is still booked over the time (so a cancellation anywhere, in any
// process, is seen at once). The booking transaction and the exclusion
// constraints stay the only judges of who gets a time: this only decides who
// may ask now, and answers those who would surely lose.
//
// What could be stale: an employee newly offering the time (hours, topics)
// within REMEMBER_MS is not seen (a "taken" a moment too long), and the
// remembered alternatives may have been taken meanwhile (booking them is
// refused cleanly, with fresh alternatives).

/** Bookings of one time run at once in one process: enough to fill several employees in parallel. */
export const RUSH_AT_ONCE = 3;
/**
 * How long a lost time's answer is kept (real time): past it the next request
 * reads the day again. Each use re-checks the bookings, so only a newly
 * offered employee (hours, topics) can go unseen this long.
 */
const REMEMBER_MS = 5_000;
/** Past this many times tracked, idle ones are let go. */
const MAX_TIMES = 5_000;

/** Who the time was lost to: the employees the schedule offered then, busy over [start, busyUntil). */
export interface LostTime {
  employeeIds: string[];
  start: Date;
  busyUntil: Date;
}

interface Remembered extends LostTime {
  error: AppError;
  ctx: BookingContext;
  at: number;
}

interface TimeState {
  running: number;
  waiting: (() => void)[];
  lost?: Remembered;
}

/** One table per pool, i.e. per API process (tests run two "processes" in one). */
const tables = new WeakMap<Knex, Map<string, TimeState>>();

function stateOf(knex: Knex, key: string): TimeState {
  let table = tables.get(knex);
  if (!table) tables.set(knex, (table = new Map()));
  let state = table.get(key);
  if (!state) {
    if (table.size >= MAX_TIMES) forgetIdle(table);
    table.set(key, (state = { running: 0, waiting: [] }));
  }
  return state;
}

const idle = (s: TimeState) => s.running === 0 && s.waiting.length === 0 && (!s.lost || performance.now() - s.lost.at > REMEMBER_MS);

function forgetIdle(table: Map<string, TimeState>) {
  for (const [key, s] of table) if (idle(s)) table.delete(key);
}

export interface RushedTime<T> {
  /** municipality, topic, mode, interpreting and start, as one string. */
  key: string;
  now: Date;
  /** Checks a remembered answer's context as a fresh one would be (rules of the request that come before the time). */
  check: (ctx: BookingContext) => void;
  /** The booking itself; it calls `lost` with what the 409 it then throws is about. */
  attempt: (lost: (time: LostTime, ctx: BookingContext) => void) => Promise<T>;
  /**
   * A retried request (its Idempotency-Key) that may have booked already: asked
   * in the same query as the time, and answered with `answer` when it did (the
   * attempt looks for it itself).
   */
  replay?: { actorKey: string; idempotencyKey: string; answer: () => Promise<T> };
}

/** Runs a booking of a wished time through the time's queue (see above). */
export async function throughRush<T>(knex: Knex, time: RushedTime<T>): Promise<T> {
  const state = stateOf(knex, time.key);
  for (;;) {
    const lost = state.lost;
    if (lost && performance.now() - lost.at <= REMEMBER_MS) {
      const answer = await stillTaken(knex, lost, time.now, time.replay);
      if (answer.replayed) return time.replay!.answer();
      time.check(lost.ctx);
      if (answer.taken) throw lost.error;
      if (state.lost === lost) state.lost = undefined;
    }
    if (state.running < RUSH_AT_ONCE) break;
    await new Promise<void>((resume) => state.waiting.push(resume));
  }
  state.running++;
  let found: { time: LostTime; ctx: BookingContext } | undefined;
  try {
    return await time.attempt((t, ctx) => (found = { time: t, ctx }));
  } catch (err) {
    if (found && err instanceof AppError && err.kind === 'conflict') state.lost = { ...found.time, ctx: found.ctx, error: err, at: performance.now() };
    throw err;
  } finally {
    state.running--;
    // A time found taken: everyone waiting gets the answer now; otherwise the next one may try.
    if (state.lost) for (const resume of state.waiting.splice(0)) resume();
    else state.waiting.shift()?.();
    if (idle(state)) tables.get(knex)?.delete(time.key);
  }
}

// Each parameter once and in order (preparedRead runs the same text through knex inside a transaction).
const blocks = (column: string, value: string) => `EXISTS (
    SELECT 1 FROM appointments a
     WHERE a.${column} = ${value} AND a.status <> 'cancelled'
       AND tstzrange(a.starts_at, a.busy_until, '[)') && w.slot
       AND (a.status <> 'held' OR a.hold_expires_at > w.now))`;
const stillTakenQuery = preparedRead(
  'rush_still_taken',
  `WITH w AS (SELECT tstzrange($1::timestamptz, $2::timestamptz, '[)') AS slot, $3::timestamptz AS now, $4::uuid[] AS ids)
   SELECT count(*) FILTER (WHERE ${blocks('employee_id', 'e.id')} OR ${blocks('employee_person', 'e.tax_id')}) AS busy,
          count(*) AS n,
          EXISTS (SELECT 1 FROM appointments WHERE actor_key = $5 AND idempotency_key = $6 AND status <> 'held') AS replayed
     FROM w JOIN employees e ON e.id = ANY(w.ids)`,
);

/**
 * Whether every employee offering the time is still booked (or held) over it,
 * as the exclusion constraints would see it: by the record or by the person,
 * holds only until they expire; and whether the retried request booked
 * already. One query, answered from the constraints' and the key's indexes.
 * A prepared statement: planning it took ten times its run.
 */
async function stillTaken(knex: Knex, t: LostTime, now: Date, replay?: { actorKey: string; idempotencyKey: string }): Promise<{ taken: boolean; replayed: boolean }> {
  const values = [t.start, t.busyUntil, now, t.employeeIds, replay?.actorKey ?? null, replay?.idempotencyKey ?? null];
  const row = (await stillTakenQuery(knex, values))[0] as { busy: string; n: string; replayed: boolean };
  const n = Number(row.n);
  return { taken: n > 0 && n === t.employeeIds.length && Number(row.busy) === n, replayed: row.replayed };
}
