// `npm start` as an operator runs it, surviving faults: its embedded
// PostgreSQL killed (SIGKILL of the postmaster) is started again and /readyz
// comes back to 200, the API answering 503 meanwhile; Ctrl-C (SIGINT to the
// whole process group, as a terminal sends it) stops everything within 5 s,
// with the database dead and with a browser's keep-alive connection open.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, SETTING_NAMES } from '@muni/appointments';
import { assertPortFree, freePort } from '@muni/db';
import { afterEach, describe, expect, it } from 'vitest';

interface Running {
  child: ChildProcess;
  url: string;
  dataDir: string;
  pgPort: number;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Running[] = [];
afterEach(async () => {
  for (const r of started.splice(0)) {
    if (r.child.exitCode === null && r.child.signalCode === null) {
      process.kill(-r.child.pid!, 'SIGKILL');
      await r.exited;
    }
    rmSync(path.dirname(r.dataDir), { recursive: true, force: true });
  }
});

async function startService(): Promise<Running> {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'muni-start-faults-')), 'data');
  const [port, pgPort, mailPort, closedPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SETTING_NAMES) delete env[name];
  Object.assign(env, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PG_PORT: String(pgPort),
    MAIL_CATCHER_PORT: String(mailPort),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    // An external LiveKit that is not there: video is "down", everything else runs (no local SFU to start here).
    LIVEKIT_URL: `ws://127.0.0.1:${closedPort}`,
    LIVEKIT_API_KEY: 'devkey',
    LIVEKIT_API_SECRET: 'secret',
  });
  // Its own process group, so that the test can send SIGINT to all of it like Ctrl-C does.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running: Running = { child, url: `http://127.0.0.1:${port}`, dataDir, pgPort, output: () => output, exited };
  started.push(running);
  await until(() => output.includes('Ready. Press Ctrl-C to stop.') || child.exitCode !== null, 240_000);
  expect(output).toContain('Ready. Press Ctrl-C to stop.');
  return running;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function get(url: string): Promise<{ status: number; body: { error?: { code?: string } }; retryAfter: string | null }> {
  const r = await fetch(url);
  const text = await r.text();
  return { status: r.status, body: text.startsWith('{') ? JSON.parse(text) : {}, retryAfter: r.headers.get('retry-after') };
}

/** Ctrl-C: SIGINT to the whole process group; resolves with the exit code and how long it took. */
async function pressCtrlC(r: Running): Promise<{ code: number | null; ms: number }> {
  const t0 = Date.now();
  process.kill(-r.child.pid!, 'SIGINT');
  const code = await Promise.race([r.exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 15_000))]);
  if (code === 'hung') throw new Error(`still running 15 s after Ctrl-C:\n${r.output().slice(-2000)}`);
  return { code, ms: Date.now() - t0 };
}

/** The service's own log lines (pino JSON on stdout), without the one line per request. */
const serviceLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.trim())
    .filter((l) => !l.startsWith('{') || JSON.parse(l).msg !== 'request');

describe('npm start surviving faults', () => {
  it('starts its killed PostgreSQL again (503 meanwhile, /readyz back to 200), and Ctrl-C stops within 5 s while the database is dead', { timeout: 300_000 }, async () => {
    const r = await startService();
    expect((await get(`${r.url}/readyz`)).status).toBe(200);
    const linesBefore = serviceLines(r.output()).length;

    process.kill(postmasterPid(r.dataDir), 'SIGKILL');
    // Asked all along (the killed server's sessions may still answer for a moment): "try again" while it is away, never a 500.
    const answers: Awaited<ReturnType<typeof get>>[] = [];
    await until(async () => {
      answers.push(await get(`${r.url}/api/v1/municipalities`));
      return answers.some((a) => a.status === 503) && answers.at(-1)!.status === 200;
    }, 30_000, 100);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 503), r.output().split('\n').filter((l) => l.includes('unhandled error')).join('\n')).toEqual([]);
    for (const a of answers.filter((x) => x.status === 503)) {
      expect(a.retryAfter).toBe('5');
      expect(a.body.error?.code).toBe('database_unavailable');
    }
    // Back by itself, and the API with it.
    expect((await get(`${r.url}/readyz`)).status).toBe(200);
    expect((await get(`${r.url}/api/v1/municipalities`)).status).toBe(200);
    await until(() => r.output().includes('database: answers again'), 10_000);
    const outage = serviceLines(r.output()).slice(linesBefore);
    expect(outage.filter((l) => l.includes('"msg":"database: '))).toEqual([
      expect.stringContaining('"msg":"database: unreachable ('),
      expect.stringContaining('"msg":"database: answers again (it was unreachable for '),
    ]);
    expect(outage.filter((l) => /database: the embedded PostgreSQL stopped \(signal SIGKILL\)/.test(l))).toHaveLength(1);
    expect(outage.filter((l) => /database: the embedded PostgreSQL started again/.test(l))).toHaveLength(1);
    // One line per change, not one per refused connection.
    expect(outage.length, outage.join('\n')).toBeLessThanOrEqual(8);

    // Dead again (the next start is a second away): Ctrl-C now.
    process.kill(postmasterPid(r.dataDir), 'SIGKILL');
    await until(async () => (await get(`${r.url}/api/v1/municipalities`)).status === 503, 1500, 50);
    const stopped = await pressCtrlC(r);
    expect(stopped.ms, r.output().slice(-2000)).toBeLessThan(5000);
    expect(stopped.code).toBe(0);
    expect(r.output()).not.toMatch(/stopping took over/); // stopped by itself, not by the deadline
    await assertPortFree(r.pgPort); // nothing left holding the database's port
  });

  it('Ctrl-C stops within 5 s with a browser keep-alive connection left open and an upload that never finishes', { timeout: 300_000 }, async () => {
    const r = await startService();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      http.get(`${r.url}/readyz`, { agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      }).on('error', reject);
    });
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1); // idle, open, as a browser leaves it
    // A request whose body never comes (a browser on a stalled network): its connection is busy, not idle.
    const stalled = net.connect(new URL(r.url).port ? Number(new URL(r.url).port) : 80, '127.0.0.1');
    stalled.on('error', () => undefined);
    await new Promise((resolve) => stalled.once('connect', resolve));
    stalled.write('POST /api/v1/holds HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"start":');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const stopped = await pressCtrlC(r);
    agent.destroy();
    stalled.destroy();
    expect(stopped.ms, r.output().slice(-2000)).toBeLessThan(5000);
    expect(stopped.code).toBe(0);
    expect(r.output()).not.toMatch(/stopping took over/);
    await assertPortFree(r.pgPort);
  });
});
