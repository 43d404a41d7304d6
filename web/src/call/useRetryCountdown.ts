import { useCallback, useEffect, useRef, useState } from 'react';

export interface RetryCountdown {
  /** whole seconds until the next try */
  left: number;
  /** a try is under way */
  trying: boolean;
  /** try at once (the "Try now" button) */
  now(): void;
}

/**
 * While `active`, counts down `seconds` and then runs `attempt`; once it has
 * settled, counts down again (if still active). The page's own retry while
 * video is down: a visible countdown, no reload.
 */
export function useRetryCountdown(active: boolean, seconds: number, attempt: () => Promise<unknown> | void): RetryCountdown {
  const [left, setLeft] = useState(seconds);
  const [trying, setTrying] = useState(false);
  const run = useRef(attempt);
  run.current = attempt;
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const tryNow = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setTrying(true);
    try {
      await run.current();
    } catch {
      // the attempt shows its own outcome; the countdown simply starts again
    } finally {
      busy.current = false;
      if (mounted.current) {
        setTrying(false);
        setLeft(seconds);
      }
    }
  }, [seconds]);

  useEffect(() => {
    if (!active) {
      setLeft(seconds);
      return;
    }
    if (trying) return;
    if (left <= 0) {
      void tryNow();
      return;
    }
    const timer = setTimeout(() => setLeft((l) => l - 1), 1000);
    return () => clearTimeout(timer);
  }, [active, left, trying, seconds, tryNow]);

  return { left, trying, now: () => void tryNow() };
}
