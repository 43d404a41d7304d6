// Whether a LiveKit server answers: a plain HTTP GET on its root, where
// livekit-server answers "OK". Used for the local server (with the
// supervisor's own knowledge) and for a configured external one alike.

/** Why video is down, as a stable code (the API and the join page show it). */
export type VideoDownReason = 'not_configured' | 'restarting' | 'unreachable';

export type VideoHealth =
  | { status: 'up' }
  /** `advice` is for the operator's log only: never shown to the people joining. */
  | { status: 'down'; reason: VideoDownReason; advice: string };

/** The HTTP(S) URL of a LiveKit server's root, from its ws(s):// or http(s):// URL. */
export function httpUrlOf(url: string): string {
  const u = new URL(url.replace(/^ws(s?):/i, 'http$1:'));
  u.pathname = '/';
  u.search = '';
  u.hash = '';
  return u.toString();
}

export type ProbeResult = { ok: true } | { ok: false; detail: string };

/** One GET of the server's root: ok when it answers 200 "OK" in time. */
export async function probeLivekit(url: string, timeoutMs = 2000): Promise<ProbeResult> {
  const target = httpUrlOf(url);
  try {
    const res = await fetch(target, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    const text = (await res.text()).trim();
    if (res.status === 200 && text === 'OK') return { ok: true };
    return { ok: false, detail: `${target} answered ${res.status} ${text.slice(0, 40)}`.trim() };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, detail: `${target}: ${why}` };
  }
}

/**
 * A probe whose answer is kept for `cacheMs` (readiness checks and every join
 * page ask; the server is asked at most once per period, concurrent callers
 * share one request).
 */
export function cachedProbe(url: string, cacheMs = 3000, probe: (url: string) => Promise<ProbeResult> = probeLivekit): () => Promise<ProbeResult> {
  let last: { at: number; result: Promise<ProbeResult> } | null = null;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= cacheMs) last = { at: now, result: probe(url) };
    return last.result;
  };
}
