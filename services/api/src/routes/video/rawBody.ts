import type { IncomingMessage } from 'node:http';
import type { Context, Next } from 'koa';
import { HttpError } from '../../lib/httpError';

export const VIDEO_WEBHOOK_PATH = '/api/v1/video/webhook';

/** LiveKit signs the exact bytes it sends, so the body parser must leave that path alone. */
export function skipBodyParserFor(path: string) {
  return async (ctx: Context, next: Next) => {
    // @koa/bodyparser honours this flag (it is not in its types).
    if (ctx.path === path) (ctx as Context & { disableBodyParser?: boolean }).disableBodyParser = true;
    await next();
  };
}

/** Reads a request body as UTF-8 text, refusing more than `limit` bytes. */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'too_large', 'Το αίτημα είναι πολύ μεγάλο.', 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
