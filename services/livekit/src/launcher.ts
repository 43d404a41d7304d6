import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Starts a throw-away livekit-server for development and tests (built by
// scripts/install-livekit.mjs). Loopback only, dev keys, no internet needed.

export const DEV_API_KEY = 'devkey';
export const DEV_API_SECRET = 'secret';

export interface LivekitServerOptions {
  binary: string;
  /** signal + HTTP port */
  port: number;
  rtcTcpPort: number;
  rtcUdpPort: number;
  /** where LiveKit POSTs its webhooks (signed with the dev key) */
  webhookUrl?: string;
  /** debug | info | warn | error; default warn */
  logLevel?: string;
  /** how long to wait for the server to answer; default 20 s */
  startTimeoutMs?: number;
  /** host:port of a Redis shared with other nodes: this server then joins their cluster */
  redisAddress?: string;
  /** the node's region label in the cluster (tests use it to tell nodes apart) */
  region?: string;
}

export interface RunningLivekit {
  url: string;
  apiKey: typeof DEV_API_KEY;
  apiSecret: typeof DEV_API_SECRET;
  /** the server process (a test may kill it to see what a crash does) */
  pid: number | undefined;
  /** Settles when the process ends, for whatever reason, with a one-line why ("exit 1", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** The binary installed by `npm run livekit:install`, or null when it is missing. */
export function livekitBinaryPath(repoRoot: string): string | null {
  const path = join(repoRoot, '.tools', 'livekit', 'livekit-server');
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return null;
  }
}

/** The YAML config; scalars are JSON-quoted (valid YAML) so no escaping surprises. */
export function livekitConfigYaml(opts: LivekitServerOptions): string {
  const q = JSON.stringify;
  const lines = [
    'development: true',
    `port: ${opts.port}`,
    `bind_addresses: [${q('127.0.0.1')}]`,
    `keys: { ${DEV_API_KEY}: ${q(DEV_API_SECRET)} }`,
    'rtc:',
    `  tcp_port: ${opts.rtcTcpPort}`,
    `  udp_port: ${opts.rtcUdpPort}`,
    '  use_external_ip: false',
    '  enable_loopback_candidate: true',
    // An empty list makes LiveKit fall back to Google's public STUN servers (for
    // itself and its clients). Point STUN at our own UDP port instead: nothing
    // leaves the machine, and loopback/host candidates need no STUN anyway.
    `  stun_servers: [${q(`127.0.0.1:${opts.rtcUdpPort}`)}]`,
    'logging:',
    `  level: ${q(opts.logLevel ?? 'warn')}`,
  ];
  if (opts.webhookUrl) {
    lines.push('webhook:', `  api_key: ${DEV_API_KEY}`, `  urls: [${q(opts.webhookUrl)}]`);
  }
  if (opts.redisAddress) lines.push('redis:', `  address: ${q(opts.redisAddress)}`);
  if (opts.region) lines.push(`region: ${q(opts.region)}`);
  return `${lines.join('\n')}\n`;
}

export async function startLivekitServer(opts: LivekitServerOptions): Promise<RunningLivekit> {
  // A port held by another process (maybe another LiveKit answering "OK") must
  // not be mistaken for ours, so check before spawning.
  await assertPortsFree(opts);
  const dir = mkdtempSync(join(tmpdir(), 'livekit-'));
  const configPath = join(dir, 'livekit.yaml');
  writeFileSync(configPath, livekitConfigYaml(opts), { mode: 0o600 });

  // Its own process group: Ctrl-C in a terminal then reaches only us, and we
  // stop the supervisor before the server (it would otherwise restart a
  // server that the same Ctrl-C had just ended).
  const child = spawn(opts.binary, ['--config', configPath], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const tail = keepTail(child);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => resolve(err.message));
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit ${code}`));
  }).then((why) => {
    // Restarts would otherwise pile up exit listeners and config folders.
    process.removeListener('exit', killOnExit);
    rmSync(dir, { recursive: true, force: true });
    return why;
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await exited;
  };

  const url = `http://127.0.0.1:${opts.port}/`;
  const outcome = await Promise.race([
    waitForOk(url, opts.startTimeoutMs ?? 20_000),
    exited.then((why) => `livekit-server stopped before it was ready (${why})${tail.last()}`),
  ]);
  if (outcome !== 'ok') {
    await stop();
    throw new Error(outcome);
  }
  // livekit-server only marks itself running 100 ms after it starts serving and
  // ignores a SIGTERM that arrives earlier, so an immediate stop() would hang.
  await new Promise((r) => setTimeout(r, 200));
  return { url: `ws://127.0.0.1:${opts.port}`, apiKey: DEV_API_KEY, apiSecret: DEV_API_SECRET, pid: child.pid, exited, stop };
}

/** Polls until the server answers "OK" on `/`; resolves 'ok' or a one-line reason. */
async function waitForOk(url: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok && (await res.text()).trim() === 'OK') return 'ok';
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return `livekit-server did not answer on ${url} within ${timeoutMs} ms`;
}

/** Drains the child's output (a full pipe would block it) and keeps the last lines for errors. */
function keepTail(child: ChildProcess) {
  const lines: string[] = [];
  const echo = process.env.LIVEKIT_SERVER_LOG === '1'; // set to watch the server's log while debugging
  const onData = (chunk: Buffer) => {
    if (echo) process.stderr.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim()) lines.push(line.trim());
    }
    lines.splice(0, Math.max(0, lines.length - 20));
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return { last: () => (lines.length > 0 ? `: ${lines.at(-1)}` : '') };
}

async function assertPortsFree(opts: LivekitServerOptions): Promise<void> {
  for (const [what, port] of [
    ['port', opts.port],
    ['rtcTcpPort', opts.rtcTcpPort],
  ] as const) {
    if (!(await tcpPortFree(port))) throw new Error(`livekit: ${what} ${port} is already in use`);
  }
  if (!(await udpPortFree(opts.rtcUdpPort))) throw new Error(`livekit: rtcUdpPort ${opts.rtcUdpPort} is already in use`);
}

function tcpPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

function udpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}

/** `count` distinct ports free for both TCP and UDP right now (the OS picks them). */
export async function findFreePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < count) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const p = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(p));
      });
    });
    if (!ports.includes(port) && (await udpPortFree(port))) ports.push(port);
  }
  return ports;
}
