import { useEffect, useState } from 'react';
import { callApi } from './callApi';
import { type ServerHealth, serverHealthOf } from './connection';

/**
 * While `active` (the call's connection is down), asks our API every few
 * seconds whether the video server works: "down" means the service's trouble,
 * no answer at all means this device's. 'unknown' while not active.
 */
export function useServerHealth(active: boolean, everyMs = 3000): ServerHealth {
  const [health, setHealth] = useState<ServerHealth>('unknown');
  useEffect(() => {
    if (!active) {
      setHealth('unknown');
      return;
    }
    let alive = true;
    let request: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      request = new AbortController();
      const timeout = setTimeout(() => request?.abort(), 5000);
      let answer: ServerHealth;
      try {
        answer = serverHealthOf(await callApi.videoStatus(request.signal));
      } catch {
        answer = 'unreachable'; // no answer in 5 s, or none at all
      } finally {
        clearTimeout(timeout);
      }
      if (!alive) return;
      setHealth(answer);
      timer = setTimeout(() => void ask(), everyMs);
    };
    void ask();
    return () => {
      alive = false;
      request?.abort();
      clearTimeout(timer);
    };
  }, [active, everyMs]);
  return health;
}
