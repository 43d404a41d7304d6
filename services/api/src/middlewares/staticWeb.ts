import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Context, Next } from 'koa';
import send from 'koa-send';

/**
 * Serves the built web app from the same origin; unknown non-API paths get
 * index.html so client-side routes survive a refresh.
 */
export function staticWeb(distDir: string) {
  const index = path.join(distDir, 'index.html');
  return async (ctx: Context, next: Next) => {
    await next();
    if (ctx.body != null || ctx.status !== 404) return;
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return;
    if (ctx.path.startsWith('/api/') || ctx.path.startsWith('/auth/') || ctx.path.startsWith('/dev/')) return;
    if (!existsSync(index)) return;
    const file = ctx.path.replace(/^\/+/, '');
    if (file && existsSync(path.join(distDir, file)) && !file.endsWith('/')) {
      await send(ctx, file, {
        root: distDir,
        maxage: file.startsWith('assets/') ? 31_536_000_000 : 0,
        immutable: file.startsWith('assets/'),
      });
      return;
    }
    ctx.set('Cache-Control', 'no-cache');
    await send(ctx, 'index.html', { root: distDir });
  };
}
