import pino from 'pino';

// Structured logs without personal data: never log bodies, names, e-mails or tax ids.
export function createLogger(level: string) {
  return pino({ level, base: undefined, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}
