import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { type Latency, summarize } from './stats';

export interface BareKoaFigures {
  inFlight: number;
  requests: number;
  perSecond: number;
  latencyMs: Latency & { p99: number };
}

/** A bare Koa route answering a small JSON body, on loopback, for clients elsewhere (bench/lib/loadClients.ts). */
export async function bareKoaServer(): Promise<{ url: string; close: () => void }> {
  const app = new Koa();
  app.use((ctx) => {
    ctx.body = { ok: true };
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * A bare Koa route answering a small JSON body, asked `requests` times with
 * `inFlight` at once over loopback by this process's fetch: what this machine
 * does with no work at all, measured in the same run as a bench's figure.
 */
export async function bareKoaReference(inFlight: number, requests: number): Promise<BareKoaFigures> {
  const { url, close } = await bareKoaServer();
  try {
    for (let i = 0; i < Math.min(50, requests); i++) await (await fetch(url)).json(); // warm-up
    let left = requests;
    const ms: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (left-- > 0) {
          const s = performance.now();
          await (await fetch(url)).json();
          ms.push(performance.now() - s);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const sorted = [...ms].sort((a, b) => a - b);
    const p99 = Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]! * 100) / 100;
    return { inFlight, requests, perSecond: Math.round(requests / seconds), latencyMs: { ...summarize(ms), p99 } };
  } finally {
    close();
  }
}
