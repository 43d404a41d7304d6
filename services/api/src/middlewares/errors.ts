import type { Context, Next } from 'koa';
import type { Logger } from 'pino';
import { HttpError } from '../lib/httpError';

interface DomainLikeError {
  code: string;
  messageEl: string;
  messageEn: string;
  status: number;
}

function isDomainError(err: unknown): err is DomainLikeError {
  return typeof err === 'object' && err !== null && 'messageEl' in err && 'messageEn' in err && 'code' in err;
}

/** Turns every thrown error into the bilingual JSON error body; unknown ones into a 500 without details. */
export function errorHandler(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (err) {
      let httpError: HttpError;
      if (err instanceof HttpError) httpError = err;
      else if (isDomainError(err)) httpError = new HttpError(err.status ?? 422, err.code, err.messageEl, err.messageEn);
      else if (isBodyParserError(err)) {
        httpError = new HttpError(
          400,
          'invalid_body',
          'Το σώμα του αιτήματος δεν είναι έγκυρο JSON.',
          'The request body is not valid JSON.',
        );
      } else {
        // No request body or personal data in the log line, only where it happened.
        logger.error({ err, method: ctx.method, path: ctx.path }, 'unhandled error');
        httpError = new HttpError(500, 'internal_error', 'Παρουσιάστηκε σφάλμα. Δοκιμάστε ξανά.', 'Something went wrong. Please try again.');
      }
      ctx.status = httpError.status;
      ctx.body = httpError.toBody();
    }
  };
}

function isBodyParserError(err: unknown): boolean {
  const e = err as { status?: number; type?: string; name?: string };
  return e?.status === 400 || e?.status === 413 || e?.status === 415 || e?.name === 'SyntaxError';
}
