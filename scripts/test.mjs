// `npm test`: every check, in order, with one summary line at the end.
// Installs what the tests need when it is missing (Chromium and Redis from
// Debian's packages, livekit-server built with Go);
// with CI set, anything that cannot be had fails the run instead of being skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CI = Boolean(process.env.CI);
const steps = [];
let failedSteps = 0;

function run(name, cmd, args, opts = {}) {
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...opts.env } });
  const ok = r.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) failedSteps++;
  return ok;
}

let aptUpdated = false;
/** A Debian package's program, installing the package when the program is missing. */
function ensureDebianPackage(pkg, program) {
  if (existsSync(program)) return true;
  console.log(`${program} is missing: installing Debian's ${pkg} package…`);
  const update = aptUpdated ? { status: 0 } : spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  aptUpdated = update.status === 0;
  const install = update.status === 0
    ? spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    : update;
  return install.status === 0 && existsSync(program);
}

function ensureLivekit() {
  const r = spawnSync(process.execPath, ['scripts/install-livekit.mjs'], { stdio: 'inherit' });
  return r.status === 0;
}

// Redis: the shared state of the two-node LiveKit cluster in the browser tests.
const needs = { chromium: ensureDebianPackage('chromium', '/usr/bin/chromium'), redis: ensureDebianPackage('redis-server', '/usr/bin/redis-server'), livekit: ensureLivekit() };
for (const [what, ok] of Object.entries(needs)) {
  if (!ok) {
    const msg = `${what} is not available: the tests that need it cannot run.`;
    if (CI) {
      console.error(`✖ ${msg} (CI is set, so this fails the run)`);
      process.exit(1);
    }
    console.warn(`⚠ ${msg}`);
  }
}

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '.']);

mkdirSync('.test-output', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
function vitest(name, config, report) {
  const ok = run(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    env: { LIVEKIT_AVAILABLE: needs.livekit ? '1' : '', CHROMIUM_AVAILABLE: needs.chromium ? '1' : '', REDIS_AVAILABLE: needs.redis ? '1' : '' },
  });
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    if (!ok && r.numFailedTests === 0) failed += 1; // a file that failed to load counts
  } else if (!ok) failed += 1;
}
vitest('unit and integration tests', 'vitest.config.ts', '.test-output/unit.json');
if (existsSync('vitest.e2e.config.ts')) vitest('browser end-to-end tests', 'vitest.e2e.config.ts', '.test-output/e2e.json');

console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? '✓' : '✖'} ${s.name} (${s.seconds}s)`);
if (CI && skipped > 0) {
  console.error(`✖ ${skipped} tests were skipped, which CI does not allow.`);
  failed += skipped;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps > 0 || failed > 0 ? 1 : 0);
