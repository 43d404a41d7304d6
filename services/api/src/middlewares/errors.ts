import type { Context, Next } from 'koa';
import type { Logger } from 'pino';
import { AppError, type AppErrorKind, databaseUnavailable, isDatabaseUnavailable } from '@muni/appointments';
import type { DatabaseWatch } from '@muni/db';
import { HttpError } from '../lib/httpError';
import { requestIdOf, routeOf } from './requestLog';

/** The one place where the application's refusals become HTTP statuses. */
export const STATUS_OF: Record<AppErrorKind, number> = {
  invalid: 400,
  sign_in_required: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rule: 422,
  too_early: 425,
  unavailable: 503,
};

interface DomainLikeError {
  code: string;
  messageEl: string;
  messageEn: string;
  status: number;
}

function isDomainError(err: unknown): err is DomainLikeError {
  return typeof err === 'object' && err !== null && 'messageEl' in err && 'messageEn' in err && 'code' in err;
}

/** The answer a person can act on for a known refusal; null for an unexpected error. */
export function toHttpError(err: unknown): HttpError | null {
  if (err instanceof HttpError) return err;
  if (err instanceof AppError) return new HttpError(STATUS_OF[err.kind], err.code, err.messageEl, err.messageEn, err.extra);
  if (isDomainError(err)) return new HttpError(err.status ?? 422, err.code, err.messageEl, err.messageEn);
  if (isBodyParserError(err)) return new HttpError(400, 'invalid_body', 'Το σώμα του αιτήματος δεν είναι έγκυρο JSON.', 'The request body is not valid JSON.');
  if (isDatabaseUnavailable(err)) return toHttpError(databaseUnavailable());
  const pg = PG_ANSWERS[(err as { code?: string })?.code ?? ''];
  return pg ? new HttpError(...pg) : null;
}

/**
 * Turns every thrown error into the bilingual JSON error body; unknown ones
 * into a 500 without details. The database being away is a 503 with
 * Retry-After, told to `database` (which logs it once per change), not per request.
 */
export function errorHandler(logger: Logger, database?: DatabaseWatch) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (err) {
      database?.noteFailure(err);
      let httpError = toHttpError(err);
      if (!httpError) {
        // No request body, personal data or raw path (it may hold a link token): only the route.
        logger.error({ err, requestId: requestIdOf(ctx), method: ctx.method, route: routeOf(ctx) }, 'unhandled error');
        httpError = new HttpError(500, 'internal_error', 'Παρουσιάστηκε σφάλμα. Δοκιμάστε ξανά.', 'Something went wrong. Please try again.');
      }
      ctx.status = httpError.status;
      const retryAfter = httpError.extra.retryAfterSeconds;
      if ((httpError.status === 503 || httpError.status === 429) && typeof retryAfter === 'number') ctx.set('Retry-After', String(retryAfter));
      ctx.body = httpError.toBody();
    }
  };
}

// Database refusals that reach here without a nicer message still get a 4xx a person can act on.
const PG_ANSWERS: Record<string, [number, string, string, string]> = {
  '22P02': [422, 'invalid_input', 'Μη έγκυρη τιμή σε κάποιο πεδίο.', 'A field has an invalid value.'],
  '23P01': [409, 'conflict', 'Η ώρα αυτή μόλις δεσμεύτηκε. Ανανεώστε και επιλέξτε άλλη.', 'That time has just been taken. Please refresh and pick another.'],
  '23503': [422, 'unknown_reference', 'Αναφορά σε κάτι που δεν υπάρχει.', 'A reference points to something that does not exist.'],
  '23505': [409, 'duplicate', 'Υπάρχει ήδη.', 'It already exists.'],
};

function isBodyParserError(err: unknown): boolean {
  const e = err as { status?: number; type?: string; name?: string };
  return e?.status === 400 || e?.status === 413 || e?.status === 415 || e?.name === 'SyntaxError';
}
