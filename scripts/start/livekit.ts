import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { type BackoffPolicy, cachedProbe, createVideoService, livekitBinaryPath, type SupervisedLivekit, superviseLivekit, type VideoHealth, type VideoService } from '@muni/livekit';
import { type Config, externalVideoCheck, NOT_CONFIGURED_ADVICE, videoServiceFromConfig } from '@muni/appointments';

export interface VideoSetup {
  video?: VideoService;
  livekitPublicUrl?: string;
  line: string;
  /** Whether video works now (the API wraps it: /readyz, join links, the call page). */
  check: () => Promise<VideoHealth>;
  /** The local server's supervisor, when `npm start` runs one. */
  supervisor?: SupervisedLivekit;
  stop?: () => Promise<void>;
}

const notConfigured = async (): Promise<VideoHealth> => ({ status: 'down', reason: 'not_configured', advice: NOT_CONFIGURED_ADVICE });

/**
 * The local server: down at once while the supervisor has no server running
 * (it exited, a new one is starting), else whether it answers (asked at most
 * every 2 s, afresh after each restart).
 */
export function supervisedVideoCheck(supervisor: Pick<SupervisedLivekit, 'url' | 'state' | 'restarts'>): () => Promise<VideoHealth> {
  let probe = { generation: -1, ask: cachedProbe(supervisor.url, 2000) };
  return async () => {
    if (supervisor.state() !== 'up') {
      return { status: 'down', reason: 'restarting', advice: 'video: the local LiveKit server stopped and is being started again (see the "video: LiveKit" lines); joins wait until it answers' };
    }
    if (probe.generation !== supervisor.restarts()) probe = { generation: supervisor.restarts(), ask: cachedProbe(supervisor.url, 2000) };
    const r = await probe.ask();
    if (r.ok) return { status: 'up' };
    return { status: 'down', reason: 'unreachable', advice: `video: the local LiveKit server runs but does not answer (${r.detail})` };
  };
}

/** What `npm start` does for video, before doing it. */
export type VideoPlan =
  | { kind: 'external' }
  | { kind: 'local'; binary: string }
  | { kind: 'build' }
  | { kind: 'off'; line: string };

export const NO_GO_LINE =
  'video: OFF — no LiveKit server, and Go is not installed to build one: install Go (https://go.dev/dl/, or your system\'s golang package) so that `go` is on PATH and start again, or set LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET.';

/**
 * An external LiveKit from LIVEKIT_URL; else the local binary in .tools/livekit;
 * else build it with Go (once: it stays in .tools/); without Go, no video
 * (joins then answer 503 and the log says what to do; the rest works) and one
 * line on what to install.
 */
export function planVideo(input: { external: boolean; binary: string | null; goAvailable: () => boolean }): VideoPlan {
  if (input.external) return { kind: 'external' };
  if (input.binary) return { kind: 'local', binary: input.binary };
  if (input.goAvailable()) return { kind: 'build' };
  return { kind: 'off', line: NO_GO_LINE };
}

/** What setupVideo uses from the machine; tests replace it. */
export interface VideoMachine {
  binary(repoRoot: string): string | null;
  goAvailable(): boolean;
  /** Runs scripts/install-livekit.mjs; resolves with null on success, else why it failed. */
  install(repoRoot: string): Promise<string | null>;
  /** Progress while building (minutes). */
  progress(line: string): void;
}

export const realMachine: VideoMachine = {
  binary: livekitBinaryPath,
  goAvailable: () => spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0,
  install: (repoRoot) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'install-livekit.mjs')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      const output: string[] = [];
      child.stdout.on('data', (d) => output.push(String(d)));
      child.stderr.on('data', (d) => output.push(String(d)));
      child.once('error', (err) => resolve(err.message));
      child.once('close', (code) => resolve(code === 0 ? null : lastLine(output.join('')) || `exit code ${code}`));
    }),
  progress: (line) => console.log(`• ${line}`),
};

function lastLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '';
}

async function buildLivekit(repoRoot: string, machine: VideoMachine): Promise<string | null> {
  const started = Date.now();
  machine.progress('video: building the LiveKit server with Go into .tools/livekit (first start only; takes a few minutes)…');
  const ticker = setInterval(() => machine.progress(`video: still building LiveKit (${Math.round((Date.now() - started) / 60_000)} min)…`), 60_000);
  try {
    return await machine.install(repoRoot);
  } finally {
    clearInterval(ticker);
  }
}

export interface VideoSetupOptions {
  /** Ports for the local server (default: LIVEKIT_PORT and the two after it). */
  ports?: { port: number; rtcTcpPort: number; rtcUdpPort: number };
  /** Where the supervisor's lines go (one per exit, one per restart). */
  log?: (line: string) => void;
  /** The supervisor's waits between restarts (default 1 s doubling to 30 s). */
  backoff?: BackoffPolicy;
}

export async function setupVideo(config: Config, repoRoot: string, opts: VideoSetupOptions = {}, machine: VideoMachine = realMachine): Promise<VideoSetup> {
  let plan = planVideo({
    external: Boolean(config.LIVEKIT_URL && config.LIVEKIT_API_KEY && config.LIVEKIT_API_SECRET),
    binary: machine.binary(repoRoot),
    goAvailable: machine.goAvailable,
  });
  if (plan.kind === 'external') {
    const video = videoServiceFromConfig(config)!;
    // The same URL the API's own LiveKit requests go to.
    const check = externalVideoCheck(config.LIVEKIT_INTERNAL_URL ?? config.LIVEKIT_URL!);
    return { video, livekitPublicUrl: config.LIVEKIT_URL, line: `video: LiveKit at ${config.LIVEKIT_URL}`, check };
  }
  if (plan.kind === 'build') {
    const failure = await buildLivekit(repoRoot, machine);
    const binary = failure ? null : machine.binary(repoRoot);
    if (!binary) {
      return {
        line: `video: OFF — building LiveKit failed (${failure ?? 'no binary afterwards'}): run \`npm run livekit:install\` to see the whole output, or set LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET.`,
        check: notConfigured,
      };
    }
    plan = { kind: 'local', binary };
  }
  if (plan.kind === 'off') return { line: plan.line, check: notConfigured };
  try {
    const port = config.LIVEKIT_PORT;
    const supervisor = await superviseLivekit({
      binary: plan.binary,
      ...(opts.ports ?? { port, rtcTcpPort: port + 1, rtcUdpPort: port + 2 }),
      webhookUrl: `http://127.0.0.1:${config.PORT}/api/v1/video/webhook`,
      log: opts.log ?? machine.progress,
      backoff: opts.backoff,
    });
    const video = createVideoService({ url: supervisor.url, apiKey: supervisor.apiKey, apiSecret: supervisor.apiSecret });
    return {
      video,
      livekitPublicUrl: supervisor.url,
      line: `video: LiveKit on ${supervisor.url} (dev keys, loopback only; started again if it stops)`,
      check: supervisedVideoCheck(supervisor),
      supervisor,
      stop: supervisor.stop,
    };
  } catch (err) {
    return { line: `video: OFF — LiveKit did not start (${(err as Error).message.split('\n')[0]}); set LIVEKIT_PORT to a free port.`, check: notConfigured };
  }
}
