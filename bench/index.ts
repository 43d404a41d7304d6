import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

// `npm run bench -- <name>`: runs one bench (no name: availability and
// booking-race) and prints ONE JSON object per bench on stdout; progress on stderr.

const BENCHES = ['availability', 'booking-race', 'reminders', 'join', 'web', 'stats', 'rush'] as const;
const DEFAULT = ['availability', 'booking-race'] as const;

type Bench = (typeof BENCHES)[number];
const isBench = (name: string): name is Bench => (BENCHES as readonly string[]).includes(name);

async function runOne(name: Bench): Promise<{ out: Record<string, unknown>; ok: boolean }> {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(file))) return { out: { bench: name, missing: true, file: `bench/${name}.ts` }, ok: false };
  try {
    const mod = (await import(file.href)) as { run?: () => Promise<Record<string, unknown>> };
    if (typeof mod.run !== 'function') return { out: { bench: name, error: `bench/${name}.ts exports no run()` }, ok: false };
    const figures = await mod.run();
    // The machine is shared: the load beside the figures tells how much to trust them.
    return { out: { bench: name, ...figures, machine: { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 100) / 100 } }, ok: true };
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return { out: { bench: name, error: err instanceof Error ? err.message : String(err) }, ok: false };
  }
}

async function main(): Promise<number> {
  const name = process.argv[2];
  if (name !== undefined && !isBench(name)) {
    process.stderr.write(`Unknown bench "${name}". Known: ${BENCHES.join(', ')}\n`);
    return 2;
  }
  // Libraries that print with console.log must not spoil the JSON on stdout.
  console.log = console.error;
  let code = 0;
  for (const bench of name ? [name] : DEFAULT) {
    process.stderr.write(`[bench] ${bench}\n`);
    const { out, ok } = await runOne(bench);
    process.stdout.write(`${JSON.stringify(out)}\n`);
    if (!ok) code = 1;
  }
  return code;
}

// Exit explicitly: a bench's leftover sockets or timers must not keep the process alive.
main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  },
);
