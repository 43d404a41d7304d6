import { createRequire } from 'node:module';
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
export function createLogger(level: string, destination?: pino.DestinationStream, where: LogTarget = currentTarget()): Logger {
  const options = { level, base: undefined, redact: ['req.headers.cookie', 'req.headers.authorization'], serializers: { err: redactedError } };
  if (destination) return pino(options, destination);
  return prettyLogs(where) && prettyInstalled() ? pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } }) : pino(options);
}

/** Where log lines go: the environment (NODE_ENV, unset meaning development) and whether stdout is a terminal. */
export interface LogTarget {
  nodeEnv: string | undefined;
  tty: boolean;
}

// A development dependency: an install without them (e.g. `npm ci --omit=dev`) logs JSON instead of failing.
function prettyInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

const currentTarget = (): LogTarget => ({ nodeEnv: process.env.NODE_ENV, tty: Boolean(process.stdout.isTTY) });

/**
 * Readable lines for a person at a terminal in development; JSON everywhere
 * else (production, tests, development piped to a file or a collector).
 */
export const prettyLogs = ({ nodeEnv, tty }: LogTarget): boolean => (nodeEnv ?? 'development') === 'development' && tty;
