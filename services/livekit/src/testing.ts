// Helpers for tests that need a real LiveKit (here and in other workspaces):
// import from '@muni/livekit/testing'.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { livekitBinaryPath } from './launcher';

/**
 * The livekit-server binary, running scripts/install-livekit.mjs first when it
 * is missing (builds it with Go; minutes the first time). Null when it cannot
 * be had; the install script has then printed why.
 */
export function ensureLivekitBinary(repoRoot: string): string | null {
  const existing = livekitBinaryPath(repoRoot);
  if (existing) return existing;
  spawnSync(process.execPath, [join(repoRoot, 'scripts', 'install-livekit.mjs')], { stdio: 'inherit', cwd: repoRoot });
  return livekitBinaryPath(repoRoot);
}

export interface SignalConnection {
  /** 101 when LiveKit accepted the token, else the HTTP status it refused with (401, …) */
  status: number;
  close(): void;
}

/**
 * Joins a room over the signalling WebSocket only (no media, no WebRTC): enough
 * for LiveKit to list the participant, apply permission changes and fire
 * webhooks. Incoming frames are ignored. Browser tests cover real media.
 */
export function connectSignalOnly(wsUrl: string, token: string): Promise<SignalConnection> {
  const url = new URL('/rtc', wsUrl.replace(/^ws/, 'http'));
  url.searchParams.set('access_token', token);
  url.searchParams.set('protocol', '16');
  url.searchParams.set('auto_subscribe', '1');
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
    });
    req.once('upgrade', (res, socket: Socket) => {
      socket.on('data', () => {}); // keep the stream flowing
      socket.on('error', () => {});
      resolve({ status: res.statusCode ?? 0, close: () => socket.destroy() });
    });
    req.once('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, close: () => {} });
    });
    req.once('error', reject);
    req.end();
  });
}

/** The binary, or null (with a warning) where it cannot be had; an error under CI, which must run the LiveKit tests. */
export function livekitBinaryOrSkip(repoRoot: string, what: string): string | null {
  const binary = ensureLivekitBinary(repoRoot);
  if (!binary) {
    const why = 'livekit-server is missing and could not be built (see the install script output above)';
    if (process.env.CI) throw new Error(`${why}; CI must run the LiveKit tests`);
    console.warn(`SKIPPING ${what}: ${why}. Run \`npm run livekit:install\`.`);
  }
  return binary;
}
