// /readyz over a real database: video down leaves the service ready but
// "degraded" with why; an external LiveKit is probed over HTTP (a REAL
// livekit-server here), and the operator's advice is logged once per change.
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { createLogger, loadConfig } from '@muni/appointments';
import { freePort } from '@muni/db';
import { createVideoService, DEV_API_KEY, DEV_API_SECRET, findFreePorts, type RunningLivekit, startLivekitServer } from '@muni/livekit';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { useApiHarness } from '../../testing/harness';
import { livekitBinaryOrSkip } from '../video/videoTestKit';

const h = useApiHarness();

describe('GET /readyz', () => {
  it('without any LiveKit: ready for everything else, degraded for video (200, not 503)', async () => {
    const r = await h.client().get('/readyz');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'degraded', video: { status: 'down', reason: 'not_configured' } });
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});

const binary = livekitBinaryOrSkip();

describe.skipIf(!binary)('GET /readyz with an external LiveKit (LIVEKIT_URL)', () => {
  let server: Server | undefined;
  let livekit: RunningLivekit | undefined;
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await livekit?.stop();
  });

  it('is degraded while LiveKit does not answer, ready once it does; the advice is logged once per change, never answered', async () => {
    const [lkPort, rtcTcpPort, rtcUdpPort] = (await findFreePorts(3)) as [number, number, number];
    const url = `ws://127.0.0.1:${lkPort}`;
    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), LIVEKIT_URL: url, LIVEKIT_API_KEY: DEV_API_KEY, LIVEKIT_API_SECRET: DEV_API_SECRET } as NodeJS.ProcessEnv);
    const logged: { level: number; msg: string; videoDown?: string }[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
        done();
      },
    });
    const video = createVideoService({ url, apiKey: DEV_API_KEY, apiSecret: DEV_API_SECRET });
    server = createApp({ knex: h.knex, config, logger: createLogger('info', sink), now: () => new Date(), video, livekitPublicUrl: url }).listen(port, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    const readyz = async () => {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      return { status: r.status, body: await r.json() };
    };
    const videoLines = () => logged.filter((l) => l.msg.startsWith('video:'));

    for (let i = 0; i < 3; i++) expect(await readyz()).toEqual({ status: 200, body: { status: 'degraded', video: { status: 'down', reason: 'unreachable' } } });
    expect(videoLines()).toEqual([
      expect.objectContaining({ level: 50, videoDown: 'unreachable', msg: `video: LiveKit does not answer (http://127.0.0.1:${lkPort}/: ECONNREFUSED): check that it runs and that this host reaches it (LIVEKIT_INTERNAL_URL, else LIVEKIT_URL)` }),
    ]);

    livekit = await startLivekitServer({ binary: binary!, port: lkPort, rtcTcpPort, rtcUdpPort });
    // The answer is kept a few seconds, so it turns within that.
    const deadline = Date.now() + 10_000;
    let last = await readyz();
    while (last.body.status !== 'ready' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      last = await readyz();
    }
    expect(last).toEqual({ status: 200, body: { status: 'ready', video: { status: 'up' } } });
    await readyz();
    expect(videoLines().map((l) => l.msg)).toEqual([expect.stringMatching(/^video: LiveKit does not answer/), 'video: LiveKit answers again; joins work']);
  }, 30_000);
});
