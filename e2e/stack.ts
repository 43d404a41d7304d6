import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@muni/appointments';
import { freePort } from '@muni/db';
import { type BackoffPolicy, findFreePorts } from '@muni/livekit';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Stack, startStack } from '../scripts/stack';
import { launchBrowser } from './browser';

/** A clock that runs at real speed from a chosen instant and can jump ahead. */
export class ShiftedClock {
  private offset = 0;
  constructor(start?: string) {
    if (start) this.set(start);
  }
  now = (): Date => new Date(Date.now() + this.offset);
  set(iso: string) {
    this.offset = new Date(iso).getTime() - Date.now();
  }
}

export interface TestStack extends Stack {
  clock: ShiftedClock;
}

/**
 * The whole service as `npm start` runs it, on free loopback ports with a
 * throw-away database, for browser tests.
 */
export async function startTestStack(
  clockStart?: string,
  /** env: settings over the test defaults (e.g. an external LiveKit, which the stack then does not start). */
  opts: { livekitBackoff?: BackoffPolicy; env?: Record<string, string> } = {},
): Promise<TestStack> {
  const port = opts.env?.PORT ? Number(opts.env.PORT) : await freePort();
  const [pgPort, mailPort] = [await freePort(), await freePort()];
  const [lkPort, lkTcp, lkUdp] = await findFreePorts(3);
  const clock = new ShiftedClock(clockStart);
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    MAIL_CATCHER_PORT: String(mailPort),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MULTIPLIER: '100',
    LIVEKIT_PORT: String(lkPort),
    ...opts.env,
  } as NodeJS.ProcessEnv);
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'muni-e2e-')), 'postgres');
  const stack = await startStack({
    config,
    database: { dataDir, port: pgPort, persistent: false },
    now: clock.now,
    livekitPorts: { port: lkPort!, rtcTcpPort: lkTcp!, rtcUdpPort: lkUdp! },
    schedulerPollMs: 500,
    livekitBackoff: opts.livekitBackoff,
  });
  return { ...stack, clock };
}

/**
 * The stack and a browser for one test file, started in beforeAll and
 * stopped in afterAll. Read `env.stack` and `env.browser` inside tests.
 */
export function useStackAndBrowser(clockStart: string): { stack: TestStack; browser: Browser } {
  const env = {} as { stack: TestStack; browser: Browser };
  beforeAll(async () => {
    [env.stack, env.browser] = await Promise.all([startTestStack(clockStart), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.stack?.stop();
  });
  return env;
}
