import type { DataExport } from '@muni/appointments';
import type { Context } from 'koa';

/**
 * Sends a personal-data export as a JSON file to keep: named with the day
 * only (never a name or a tax number), not cached anywhere on the way.
 */
export function sendDataExport(ctx: Context, data: DataExport, prefix: 'my-data' | 'citizen-data'): void {
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Disposition', `attachment; filename="${prefix}-${data.exportedAt.slice(0, 10)}.json"`);
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = JSON.stringify(data, null, 2);
}
