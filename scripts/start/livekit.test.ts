// What `npm start` does for video when no LiveKit is configured: run the
// local binary, build it with Go first (once), or say in one line what to
// install. Decided and orchestrated here without building anything.
import { loadConfig } from '@muni/appointments';
import { describe, expect, it, vi } from 'vitest';
import { findFreePorts, type SupervisorState } from '@muni/livekit';
import { NO_GO_LINE, planVideo, setupVideo, supervisedVideoCheck, type VideoMachine } from './livekit';

describe('planVideo', () => {
  it('runs the binary when .tools/livekit has one, without asking for Go', () => {
    const goAvailable = vi.fn(() => false);
    expect(planVideo({ external: false, binary: '/repo/.tools/livekit/livekit-server', goAvailable })).toEqual({ kind: 'local', binary: '/repo/.tools/livekit/livekit-server' });
    expect(goAvailable).not.toHaveBeenCalled();
  });

  it('builds it when it is missing and Go is installed', () => {
    expect(planVideo({ external: false, binary: null, goAvailable: () => true })).toEqual({ kind: 'build' });
  });

  it('without the binary and without Go, says in one line what to install (or configure)', () => {
    expect(planVideo({ external: false, binary: null, goAvailable: () => false })).toEqual({ kind: 'off', line: NO_GO_LINE });
    expect(NO_GO_LINE).not.toContain('\n');
    expect(NO_GO_LINE).toMatch(/install Go .*go\.dev\/dl/);
    expect(NO_GO_LINE).toContain('LIVEKIT_URL');
  });

  it('uses a configured LiveKit whatever is installed', () => {
    expect(planVideo({ external: true, binary: null, goAvailable: () => false })).toEqual({ kind: 'external' });
  });
});

describe('setupVideo without a configured LiveKit', () => {
  const config = loadConfig({});
  const machine = (over: Partial<VideoMachine>): VideoMachine & { lines: string[] } => {
    const lines: string[] = [];
    return { binary: () => null, goAvailable: () => true, install: async () => null, progress: (l) => lines.push(l), lines, ...over };
  };

  it('with Go, builds first (a progress line), and reports a failed build in one line', async () => {
    const install = vi.fn(async () => 'livekit: go install failed (exit 1)');
    const m = machine({ install });
    const setup = await setupVideo(config, '/repo', {}, m);
    expect(install).toHaveBeenCalledWith('/repo');
    expect(m.lines).toEqual([expect.stringMatching(/^video: building the LiveKit server with Go into \.tools\/livekit/)]);
    expect(setup.video).toBeUndefined();
    expect(setup.line).toMatch(/^video: OFF — building LiveKit failed \(livekit: go install failed \(exit 1\)\): run `npm run livekit:install`/);
  });

  it('without Go, builds nothing and gives the line on what to install', async () => {
    const install = vi.fn(async () => null);
    const setup = await setupVideo(config, '/repo', {}, machine({ goAvailable: () => false, install }));
    expect(install).not.toHaveBeenCalled();
    expect(setup.line).toBe(NO_GO_LINE);
    expect(setup.video).toBeUndefined();
    expect(await setup.check()).toMatchObject({ status: 'down', reason: 'not_configured' });
  });
});

describe('supervisedVideoCheck (the local server)', () => {
  it('is down ("restarting") at once while the supervisor has no server running, without asking it', async () => {
    const check = supervisedVideoCheck({ url: 'ws://127.0.0.1:1', state: () => 'restarting', restarts: () => 0 });
    expect(await check()).toMatchObject({ status: 'down', reason: 'restarting' });
  });

  it('is down ("unreachable") when the supervised server runs but does not answer', async () => {
    const [port] = (await findFreePorts(1)) as [number];
    let state: SupervisorState = 'up';
    const check = supervisedVideoCheck({ url: `ws://127.0.0.1:${port}`, state: () => state, restarts: () => 0 });
    expect(await check()).toMatchObject({ status: 'down', reason: 'unreachable', advice: expect.stringContaining('ECONNREFUSED') });
    state = 'stopped';
    expect(await check()).toMatchObject({ reason: 'restarting' });
  });
});
