import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web app when its sources are newer than web/dist, so `npm start`
 * always serves what is in the tree. Resolves with a line to print.
 */
export async function buildWebIfStale(repoRoot: string): Promise<string> {
  const web = path.join(repoRoot, 'web');
  const index = path.join(web, 'dist', 'index.html');
  const sourcesTime = Math.max(newestMtime(path.join(web, 'src')), statSync(path.join(web, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesTime) return 'web app: up to date (web/dist)';
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: web,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Always the production bundle, also when started from tests (vitest sets NODE_ENV=test).
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) return `web app: build FAILED, the API still runs (${output.join('').trim().split('\n').pop()})`;
  return `web app: built in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}
