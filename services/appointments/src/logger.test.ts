import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactTokens } from './logger';

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
