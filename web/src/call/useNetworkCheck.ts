import { useEffect, useState } from 'react';
import { judgeNetwork, type NetworkVerdict } from './rules';

const SAMPLES = 4;
const TIMEOUT_MS = 3000;

/** Times a few tiny requests to our server (one after another) and judges the connection. */
export function useNetworkCheck(): { verdict: NetworkVerdict | 'checking'; medianMs: number | null } {
  const [result, setResult] = useState<{ verdict: NetworkVerdict | 'checking'; medianMs: number | null }>({ verdict: 'checking', medianMs: null });
  useEffect(() => {
    let active = true;
    (async () => {
      const samples: (number | null)[] = [];
      for (let i = 0; i < SAMPLES && active; i++) {
        const abort = new AbortController();
        const timeout = setTimeout(() => abort.abort(), TIMEOUT_MS);
        const started = performance.now();
        try {
          const res = await fetch(`/healthz?probe=${i}`, { cache: 'no-store', signal: abort.signal });
          await res.arrayBuffer();
          samples.push(res.ok ? performance.now() - started : null);
        } catch {
          samples.push(null);
        } finally {
          clearTimeout(timeout);
        }
      }
      if (active) setResult(judgeNetwork(samples));
    })();
    return () => {
      active = false;
    };
  }, []);
  return result;
}
