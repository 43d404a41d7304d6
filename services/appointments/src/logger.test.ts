import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, prettyLogs, redactTokens } from './logger';

const TOKEN = 'q3JvZ0Xb8cJ4n1L2m5P7r9T0vWyZaBcDeFgHiJkLmNo';

describe('logs carry no link tokens', () => {
  it('cuts tokens out of join and call paths', () => {
    expect(redactTokens(`GET /api/v1/join/${TOKEN} failed`)).toBe('GET /api/v1/join/[token] failed');
    expect(redactTokens(`/api/v1/calls/${TOKEN}/admit`)).toBe('/api/v1/calls/[token]/admit');
    expect(redactTokens(`https://rantevou.example.gr/join/${TOKEN}`)).toBe('https://rantevou.example.gr/join/[token]');
  });

  it('an error logged with a token in its message and stack comes out without it', () => {
    let out = '';
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        out += String(chunk);
        done();
      },
    });
    createLogger('info', sink).error({ err: new Error(`LiveKit refused /api/v1/join/${TOKEN}`) }, 'unhandled error');
    expect(out).toContain('/join/[token]');
    expect(out).not.toContain(TOKEN);
  });
});

describe('readable logs only for a person at a terminal in development', () => {
  it('chooses pino-pretty for development at a TTY, JSON otherwise', () => {
    expect(prettyLogs({ nodeEnv: 'development', tty: true })).toBe(true);
    expect(prettyLogs({ nodeEnv: undefined, tty: true })).toBe(true); // NODE_ENV unset means development
    expect(prettyLogs({ nodeEnv: 'development', tty: false })).toBe(false);
    expect(prettyLogs({ nodeEnv: 'production', tty: true })).toBe(false);
    expect(prettyLogs({ nodeEnv: 'test', tty: true })).toBe(false);
  });

  it('the pretty transport loads (pino-pretty is installed)', async () => {
    expect(() => createRequire(import.meta.url).resolve('pino-pretty')).not.toThrow();
    const pretty = createLogger('silent', undefined, { nodeEnv: 'development', tty: true });
    await new Promise<void>((resolve) => pretty.flush(() => resolve()));
  });
});
