// Makes sure a livekit-server binary exists at .tools/livekit/livekit-server
// (git-ignored), building it from source with Go when missing. Used by
// `npm run livekit:install` and by the test runner before the video tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = 'v1.13.5'; // its go.mod has no `replace`, so `go install pkg@version` works
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(repoRoot, '.tools', 'livekit');
const binary = join(dir, 'livekit-server');

function versionOf(path) {
  if (!existsSync(path)) return null;
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function fail(reason, code = 1) {
  console.error(`livekit: ${reason}`);
  process.exit(code);
}

const existing = versionOf(binary);
if (existing) {
  console.log(`livekit: ${existing} at ${binary}`);
  process.exit(0);
}

if (spawnSync('go', ['version'], { encoding: 'utf8' }).status !== 0) {
  console.error(
    [
      'livekit: Go is not installed, so livekit-server cannot be built here. Alternatives:',
      '  - point the app at an existing LiveKit: set LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET;',
      '  - or run the stack with Docker: docker compose -f docker/compose.yml up',
      '  - or install Go (https://go.dev/dl/) and run `npm run livekit:install` again.',
    ].join('\n'),
  );
  process.exit(2);
}

mkdirSync(dir, { recursive: true });
console.log(`livekit: building livekit-server ${VERSION} with Go into ${dir} (the first build takes minutes)…`);
const build = spawnSync('go', ['install', `github.com/livekit/livekit-server/cmd/server@${VERSION}`], {
  stdio: 'inherit',
  env: { ...process.env, CGO_ENABLED: '0', GOBIN: dir },
});
if (build.status !== 0) fail(`go install failed (exit ${build.status ?? build.signal})`);

// `go install` names the binary after the package's last path element.
const built = join(dir, 'server');
if (!existsSync(built)) fail(`go install succeeded but ${built} is missing`);
renameSync(built, binary);

const installed = versionOf(binary);
if (!installed) fail(`${binary} does not run`);
console.log(`livekit: ${installed} at ${binary}`);
