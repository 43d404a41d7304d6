import type Router from '@koa/router';
import type { Context } from 'koa';
import { auditStatisticsExport, municipalStatistics, platformStatistics, type Statistics, type StatisticsPeriod } from '@muni/appointments';
import type { AppDeps } from '../../deps';
import { requester } from '../../lib/requester';
import { query } from '../../middlewares/validate';
import { statisticsCsv } from '../../presenters/statisticsCsv';
import { ADMIN_BASE, PLATFORM_BASE } from '../admin/scope';
import { statisticsCsvQuery, statisticsQuery } from './schema';

type Read = (deps: AppDeps, ctx: Context, period: StatisticsPeriod) => Promise<Statistics>;

/**
 * Statistics: the municipal admin's own municipality under the admin base,
 * every municipality under the platform base. Each as JSON, and each table as
 * a CSV file. The application decides who may read them.
 */
export function statisticsRoutes(router: Router, deps: AppDeps) {
  const both: [string, Read, string][] = [
    [ADMIN_BASE, (d, ctx, p) => municipalStatistics(d.knex, requester(ctx), p), 'municipality'],
    [PLATFORM_BASE, (d, ctx, p) => platformStatistics(d.knex, requester(ctx), p), 'platform'],
  ];
  for (const [base, read, scope] of both) {
    router.get(`${base}/statistics`, async (ctx) => {
      const period = query(ctx, statisticsQuery);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await read(deps, ctx, period);
    });

    router.get(`${base}/statistics.csv`, async (ctx) => {
      const { table, lang, ...period } = query(ctx, statisticsCsvQuery);
      const stats = await read(deps, ctx, period);
      await auditStatisticsExport(deps.knex, requester(ctx), table, period);
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Disposition', `attachment; filename="statistics-${scope}-${table}-${period.from}_${period.to}.csv"`);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = statisticsCsv(stats, table, lang);
    });
  }
}
