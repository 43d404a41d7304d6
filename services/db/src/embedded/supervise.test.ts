// The embedded PostgreSQL under supervision, as `npm start` runs it: a killed
// postmaster is started again on the same port with its data, one line per
// exit and per restart; once halted, nothing is started again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedCluster, startEmbeddedPostgres } from '../embedded';
import { freePort } from '../ports';

const FAST = { firstMs: 200, maxMs: 1000, stableMs: 60_000 };
const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

async function cluster(lines: string[]): Promise<EmbeddedCluster> {
  const folder = mkdtempSync(path.join(tmpdir(), 'muni-pg-supervise-'));
  folders.push(folder);
  return startEmbeddedPostgres({ dataDir: path.join(folder, 'data'), port: await freePort(), persistent: true, restart: { log: (l) => lines.push(l), backoff: FAST } });
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function query(c: EmbeddedCluster, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: c.url('postgres') });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('supervised embedded PostgreSQL', () => {
  it('a killed postmaster is started again with its data; halted, it stays down', { timeout: 90_000 }, async () => {
    const lines: string[] = [];
    const c = await cluster(lines);
    try {
      await query(c, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
      const first = c.pid()!;
      process.kill(first, 'SIGKILL');
      await until(() => c.state() === 'restarting', 5000);
      await until(() => c.state() === 'up', 30_000);
      expect(c.pid()).not.toBe(first);
      expect(await query(c, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
      expect(lines.filter((l) => l.startsWith('database: the embedded PostgreSQL stopped (signal SIGKILL)'))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('database: the embedded PostgreSQL started again (restart 1,'))).toHaveLength(1);

      c.halt();
      process.kill(c.pid()!, 'SIGKILL');
      await until(() => c.pid() === undefined, 5000);
      await new Promise((r) => setTimeout(r, 1500)); // longer than any wait of FAST
      expect(c.state()).toBe('stopped');
      expect(c.pid()).toBeUndefined();
      expect(lines.filter((l) => l.includes('started again'))).toHaveLength(1);
    } finally {
      await c.stop();
    }
  });
});
