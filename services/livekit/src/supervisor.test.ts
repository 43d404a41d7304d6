// The supervisor's back-off (pure), and a REAL livekit-server killed under it:
// started again on the same port with the same keys, and never again once halted.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedProbe, httpUrlOf, probeLivekit } from './health';
import { findFreePorts } from './launcher';
import { DEFAULT_BACKOFF, nextRestart, superviseLivekit } from './supervisor';
import { livekitBinaryOrSkip } from './testing';

describe('nextRestart (back-off)', () => {
  it('waits 1 s, 2 s, 4 s … while the server keeps failing, capped at 30 s', () => {
    const delays: number[] = [];
    let failures = 0;
    for (let i = 0; i < 8; i++) {
      const next = nextRestart(failures, 500); // it died half a second after starting, every time
      delays.push(next.delayMs);
      failures = next.failuresInARow;
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('starts over at 1 s once a server ran for the stable period', () => {
    expect(nextRestart(5, DEFAULT_BACKOFF.stableMs - 1)).toEqual({ delayMs: 30_000, failuresInARow: 6 });
    expect(nextRestart(5, DEFAULT_BACKOFF.stableMs)).toEqual({ delayMs: 1000, failuresInARow: 1 });
  });

  it('counts a failed start (ran 0 ms) as a failure', () => {
    expect(nextRestart(1, 0)).toEqual({ delayMs: 2000, failuresInARow: 2 });
  });

  it('never overflows after very many failures', () => {
    expect(nextRestart(10_000, 0).delayMs).toBe(30_000);
  });
});

describe('httpUrlOf', () => {
  it('probes the http(s) root of a ws(s) or http(s) URL', () => {
    expect(httpUrlOf('ws://127.0.0.1:7880')).toBe('http://127.0.0.1:7880/');
    expect(httpUrlOf('wss://video.example.gr/rtc?x=1')).toBe('https://video.example.gr/');
    expect(httpUrlOf('http://livekit:7880')).toBe('http://livekit:7880/');
  });
});

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const binary = livekitBinaryOrSkip(repoRoot, 'the LiveKit supervisor test');

describe.skipIf(!binary)('superviseLivekit with a real livekit-server', () => {
  it('starts a killed server again on the same port, says so in one line each, and stops for good when told', async () => {
    const [port, rtcTcpPort, rtcUdpPort] = (await findFreePorts(3)) as [number, number, number];
    const lines: string[] = [];
    const lk = await superviseLivekit({ binary: binary!, port, rtcTcpPort, rtcUdpPort, log: (l) => lines.push(l), backoff: { firstMs: 300, maxMs: 2000, stableMs: 60_000 } });
    try {
      expect(lk.url).toBe(`ws://127.0.0.1:${port}`);
      expect(await probeLivekit(lk.url)).toEqual({ ok: true });
      const first = lk.pid()!;

      process.kill(first, 'SIGKILL');
      await until(() => lk.state() === 'restarting');
      expect(lk.pid()).toBeUndefined();
      expect((await probeLivekit(lk.url)).ok).toBe(false);
      await until(() => lk.state() === 'up', 20_000);
      expect(lk.pid()).not.toBe(first);
      expect(lk.restarts()).toBe(1);
      expect(await probeLivekit(lk.url)).toEqual({ ok: true });
      expect(lines).toEqual([
        expect.stringMatching(/^video: LiveKit stopped \(signal SIGKILL\) after [\d.]+ s; starting it again in 0\.3 s$/),
        expect.stringMatching(new RegExp(`^video: LiveKit started again on ws://127\\.0\\.0\\.1:${port} \\(restart 1, video was down [\\d.]+ s\\)$`)),
      ]);

      // Quick failures double the wait.
      process.kill(lk.pid()!, 'SIGKILL');
      await until(() => lines.length === 3);
      expect(lines[2]).toMatch(/starting it again in 0\.6 s$/);
      await until(() => lk.state() === 'up', 20_000);

      // Halted (the first step of stopping the stack): an exit is not followed by a restart.
      lk.halt();
      const last = lk.pid()!;
      process.kill(last, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 1500));
      expect(lk.state()).toBe('stopped');
      expect((await probeLivekit(lk.url)).ok).toBe(false);
      expect(lines).toHaveLength(4);
    } finally {
      await lk.stop();
    }
  }, 60_000);

  it('a probe of a port nobody listens on fails with the reason; a cached probe asks once per period', async () => {
    const [port] = (await findFreePorts(1)) as [number];
    const down = await probeLivekit(`ws://127.0.0.1:${port}`);
    expect(down).toEqual({ ok: false, detail: `http://127.0.0.1:${port}/: ECONNREFUSED` });
    let asked = 0;
    const probe = cachedProbe(`ws://127.0.0.1:${port}`, 60_000, async () => {
      asked += 1;
      return { ok: true };
    });
    await Promise.all([probe(), probe()]);
    await probe();
    expect(asked).toBe(1);
  });
});

async function until(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
