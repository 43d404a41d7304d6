import { useEffect, useRef, useState } from 'react';
import { nextTickMs, type Remaining, remaining } from './rules';

/**
 * A countdown to `untilIso` on the server's clock (this device's clock plus
 * `offsetMs`). It only redraws (every second in the last hour, else every
 * minute); `onReached` runs once when it hits zero: the page then asks the
 * server once, instead of polling.
 */
export function useCountdown(untilIso: string, offsetMs: number, onReached: () => void): Remaining {
  const until = Date.parse(untilIso);
  const now = () => Date.now() + offsetMs;
  const [left, setLeft] = useState(() => remaining(until, now()));
  const reached = useRef(onReached);
  reached.current = onReached;

  // Effect dependencies: now() reads offsetMs, listed
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let fired = false;
    const tick = () => {
      const r = remaining(until, now());
      setLeft(r);
      if (r.totalMs <= 0) {
        if (!fired) {
          fired = true;
          reached.current();
        }
        return;
      }
      timer = setTimeout(tick, nextTickMs(r.totalMs) + 20);
    };
    tick();
    return () => clearTimeout(timer);
  }, [until, offsetMs]);

  return left;
}
