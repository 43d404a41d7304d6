import pino, { type Logger } from 'pino';

// A join or call link's token is a credential: a path such as
// /api/v1/join/<token> or /join/<token> must never reach a log line.
const TOKEN_IN_PATH = /(\/(?:join|calls)\/)[A-Za-z0-9_-]{16,}/g;

/** The text with every link token replaced by "[token]". */
export const redactTokens = (text: string): string => text.replace(TOKEN_IN_PATH, '$1[token]');

function redactedError(err: unknown) {
  const e = pino.stdSerializers.err(err as Error) as Record<string, unknown>;
  for (const key of ['message', 'stack', 'url', 'path']) if (typeof e[key] === 'string') e[key] = redactTokens(e[key] as string);
  return e;
}

/**
 * Structured logs without personal data or credentials: never bodies, names,
 * e-mails or tax ids; cookies and authorization headers redacted; link tokens
 * cut out of error messages and stacks.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: undefined, redact: ['req.headers.cookie', 'req.headers.authorization'], serializers: { err: redactedError } };
  return destination ? pino(options, destination) : pino(options);
}
