import type Router from '@koa/router';
import { type Closure, greekPublicHolidays } from '@muni/domain';
import { DateTime } from 'luxon';
import type { AppDeps } from '../../deps';
import { audit } from '@muni/appointments';
import { body, parse, query } from '../../middlewares/validate';
import { closureSchema, holidaysQuery, adminIdParams } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality, adminNotFound } from './scope';
import { requester } from '../../lib/requester';

type ClosureView = Closure & { id: string; label: string };

async function closuresOf(deps: AppDeps, municipalityId: string): Promise<ClosureView[]> {
  // to_char: a DATE read through node-postgres would become a local-midnight Date.
  const rows = await deps.knex('closures')
    .where({ municipality_id: municipalityId })
    .select('id', 'label', 'recurring_yearly', deps.knex.raw(`to_char(date, 'YYYY-MM-DD') as date`))
    .orderBy('date');
  return rows.map((r) => ({ id: r.id, date: r.date, recurringYearly: r.recurring_yearly, label: r.label }));
}

export interface ClosedDay {
  date: string;
  kind: 'public_holiday' | 'closure';
  name: { el: string; en: string };
  /** A public holiday is shown even when the municipality stays open on it. */
  closed: boolean;
  closureId: string | null;
  recurringYearly: boolean;
}

/** What is closed in a year: computed public holidays merged with the municipality's closures. */
export function closedDaysOfYear(year: number, publicHolidaysClosed: boolean, closures: ClosureView[]) {
  const days: ClosedDay[] = greekPublicHolidays(year).map((h) => ({
    date: h.date,
    kind: 'public_holiday',
    name: { el: h.nameEl, en: h.nameEn },
    closed: publicHolidaysClosed,
    closureId: null,
    recurringYearly: true,
  }));
  for (const c of closures) {
    const date = c.recurringYearly ? `${year}-${c.date.slice(5)}` : c.date;
    // A yearly 29 February exists only in leap years.
    if (!date.startsWith(`${year}-`) || !DateTime.fromISO(date).isValid) continue;
    days.push({ date, kind: 'closure', name: { el: c.label, en: c.label }, closed: true, closureId: c.id, recurringYearly: c.recurringYearly });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

export function closureRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/closures`, async (ctx) => {
    const id = adminMunicipality(ctx);
    ctx.body = await closuresOf(deps, id);
  });

  router.post(`${ADMIN_BASE}/closures`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, closureSchema);
    const row = await deps.knex.transaction(async (trx) => {
      const [row] = await trx('closures')
        .insert({ municipality_id: municipalityId, date: input.date, recurring_yearly: input.recurringYearly, label: input.label })
        .returning(['id']);
      await audit(trx, requester(ctx), 'admin_create_closure', { date: input.date, recurringYearly: input.recurringYearly }, { kind: 'closure', id: row.id, municipalityId });
      return row;
    });
    ctx.status = 201;
    ctx.body = { id: row.id, date: input.date, recurringYearly: input.recurringYearly, label: input.label };
  });

  router.delete(`${ADMIN_BASE}/closures/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deps.knex.transaction(async (trx) => {
      const n = await trx('closures').where({ id, municipality_id: municipalityId }).delete();
      if (!n) throw adminNotFound('το κλείσιμο', 'The closure');
      await audit(trx, requester(ctx), 'admin_delete_closure', {}, { kind: 'closure', id, municipalityId });
    });
    ctx.status = 204;
  });

  router.get(`${ADMIN_BASE}/holidays`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const q = query(ctx, holidaysQuery);
    const m = await deps.knex('municipalities').where({ id: municipalityId }).first('time_zone', 'public_holidays_closed');
    const year = q.year ?? DateTime.fromJSDate(deps.now(), { zone: m.time_zone }).year;
    ctx.body = { year, publicHolidaysClosed: m.public_holidays_closed, days: closedDaysOfYear(year, m.public_holidays_closed, await closuresOf(deps, municipalityId)) };
  });
}
