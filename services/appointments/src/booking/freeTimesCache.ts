import type { Mode, Slot } from '@muni/domain';
import { availabilityVersions, type EmployeeRow, qualifiedEmployees } from '@muni/db';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import { type BookingContext, loadBookingContext } from './context';
import { freeSlotsUntil } from './freeSlots';

// The public free times, answered from this process's memory while the
// municipality's availability versions (021_availability_versions) are the
// ones they were computed at: one per local day (appointments, absences) and
// one for every day (hours, closures, topics, employees, settings). The
// versions are read first, in one short query: a write committed before it is
// always seen, by every API process, and data read after it can only be newer
// than the versions say (then the next versions replace it). Without a change,
// a month of free times costs that one query instead of six and the
// computation; after a booking, only its day is computed again.
//
// Kept per local day, so a window moved by a day computes only the new day.
// What the database cannot announce is time passing:
// - the lead time: a day's times were computed at some moment; later, the
//   ones now too soon are left out on the way out (only earlier times drop);
// - a new local day (the booking window moves): everything is recomputed;
// - a hold running out frees its time: days read with a live hold are kept
//   only until its expiry;
// - a clock set back (tests): recomputed.

interface Day {
  slots: Slot[];
  /** The day's availability version read before computing it. */
  version: string | null;
  /** The request time they were computed at (epoch ms). */
  computedAt: number;
  /** First expiry of a hold among the times read (epoch ms): recomputed from then. */
  until: number;
}

interface Entry {
  /** The every-day availability version the context, the employees and the days were read at. */
  version: string | null;
  ctx: BookingContext;
  /** The topic's qualified employees (their hours and topics change the every-day version). */
  qualified?: EmployeeRow[];
  /** The municipality's local day the days were computed on: when it begins and ends (epoch ms). */
  todayStart: number;
  todayEnd: number;
  /** The days anything can be booked on from that day: today to today + the booking window (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  days: Map<string, Day>;
}

/** Topics × modes of all municipalities, generously: past it, the least recently asked go. */
const MAX_ENTRIES = 2_000;
const DAY_MS = 86_400_000;

/** One cache per pool, i.e. per API process (tests run two "processes" in one). */
const caches = new WeakMap<Knex, Map<string, Entry>>();

function cacheOf(knex: Knex) {
  let cache = caches.get(knex);
  if (!cache) {
    cache = new Map();
    caches.set(knex, cache);
  }
  return cache;
}

/** Windows asked recently: the same few are asked again and again. */
const windowDays = new Map<string, string[]>();

/** Local days from..to inclusive, YYYY-MM-DD (calendar arithmetic, no zone involved). */
function daysOf(from: string, to: string): string[] {
  const key = `${from}/${to}`;
  let days = windowDays.get(key);
  if (days) return days;
  days = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  if (windowDays.size >= MAX_ENTRIES) windowDays.clear();
  windowDays.set(key, days);
  return days;
}

export interface CachedFreeSlotsRequest {
  municipalityId: string;
  topicId: string;
  mode: Mode;
  from: string;
  to: string;
  now: Date;
  employeeId?: string;
}

/**
 * The free slots of a topic and mode (no interpretation), as freeSlots would
 * compute them now. `check` runs on the booking context before any answer
 * (a cached context is checked as a fresh one would be).
 */
export async function cachedFreeSlots(knex: Knex, req: CachedFreeSlotsRequest, check: (ctx: BookingContext) => void): Promise<{ ctx: BookingContext; slots: Slot[] }> {
  const versions = await availabilityVersions(knex, req.municipalityId, req.from, req.to);
  const version = versions.everyDay;
  const cache = cacheOf(knex);
  const key = `${req.municipalityId}/${req.topicId}/${req.mode}`;
  let entry = cache.get(key);
  if (entry?.version !== version) {
    const ctx = await loadBookingContext(knex, req);
    entry = { version, ctx, todayStart: 0, todayEnd: 0, firstDay: '', lastDay: '', days: new Map() };
  }
  // Most recently asked last: the first ones are the ones to let go.
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);

  const { ctx } = entry;
  check(ctx);
  const zone = ctx.municipality.time_zone;
  const now = req.now.getTime();
  if (now < entry.todayStart || now >= entry.todayEnd) {
    // A new local day (or the first request): the zone is looked up once a day, not per request.
    const today = DateTime.fromJSDate(req.now, { zone }).startOf('day');
    entry.days.clear();
    entry.todayStart = today.toMillis();
    entry.todayEnd = today.plus({ days: 1 }).toMillis();
    entry.firstDay = today.toISODate()!;
    entry.lastDay = today.plus({ days: ctx.municipality.booking_window_days }).toISODate()!;
  }
  // Days outside the booking window have no free times (computeFreeSlots offers none): neither computed
  // nor kept, so what is kept is bounded by the window however far apart the days asked.
  const days = daysOf(req.from, req.to).filter((day) => day >= entry.firstDay && day <= entry.lastDay);
  const dayVersion = (day: string) => versions.days.get(day) ?? null;
  const stale = (day: string, d: Day | undefined) => !d || d.version !== dayVersion(day) || d.until <= now || d.computedAt > now;
  const missing = days.filter((day) => stale(day, entry.days.get(day)));
  if (missing.length) {
    const from = missing[0]!;
    const to = missing[missing.length - 1]!;
    entry.qualified ??= await qualifiedEmployees(knex, ctx.municipality.id, ctx.topic.id, ctx.mode);
    const { slots, until } = await freeSlotsUntil(knex, ctx, { from, to, now: req.now }, entry.qualified);
    // Split by local day: each day's midnight once, then one pass over the sorted slots.
    let i = 0;
    for (const day of daysOf(from, to)) {
      const next = DateTime.fromISO(day, { zone }).plus({ days: 1 }).toMillis();
      const own: Slot[] = [];
      while (i < slots.length && slots[i]!.start.getTime() < next) own.push(slots[i++]!);
      entry.days.set(day, { slots: own, version: dayVersion(day), computedAt: now, until });
    }
  }

  // Times too soon by now (the lead time) were still fine when a day was computed.
  const earliest = now + ctx.municipality.min_lead_minutes * 60_000;
  const slots: Slot[] = [];
  for (const day of days) {
    for (const s of entry.days.get(day)!.slots) {
      if (s.start.getTime() < earliest) continue;
      if (req.employeeId && !s.employeeIds.includes(req.employeeId)) continue;
      slots.push(s);
    }
  }
  return { ctx, slots };
}
