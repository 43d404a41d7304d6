import { createContext, useContext, useEffect, useState } from 'react';

/**
 * While the call (or its waiting room) is on screen the join page drops its
 * header and footer and the document stops scrolling: the call fills the
 * window, as people know it from Meet, Teams or Jitsi. JoinLayout provides the
 * setter; the call's screens switch it on while they are mounted.
 */
export const CallFrameContext = createContext<(immersive: boolean) => void>(() => undefined);

export function useImmersiveFrame(): void {
  const setImmersive = useContext(CallFrameContext);
  useEffect(() => {
    setImmersive(true);
    document.documentElement.classList.add('call-immersive');
    return () => {
      setImmersive(false);
      document.documentElement.classList.remove('call-immersive');
    };
  }, [setImmersive]);
}

/** Whether a CSS media query matches now, following changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(query).matches === true);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const change = () => setMatches(list.matches);
    change();
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, [query]);
  return matches;
}
