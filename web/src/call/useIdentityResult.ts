import { useEffect, useRef } from 'react';
import { callApi } from './callApi';
import type { CallRoom } from './useCallRoom';

/**
 * The room metadata tells everyone only that the identity check ended; a page
 * whose holder takes part in the check (learnsIdentityResult) then asks the API
 * how, once per end, and the call's state carries the result from there on.
 * A guest's page never asks, so never holds it.
 */
export function useIdentityResult(token: string, call: CallRoom, learnsResult: boolean): void {
  const ended = learnsResult && call.state.identityCheck === 'ended';
  // The latest call, for the answer: a new check may have started meanwhile.
  const latest = useRef(call);
  latest.current = call;
  useEffect(() => {
    if (!ended) return;
    const abort = new AbortController();
    callApi
      .state(token, abort.signal)
      .then(({ state }) => {
        if (latest.current.state.identityCheck !== 'ended') return;
        latest.current.setState({ audioOnly: state.audioOnly, identityCheck: state.identityCheck, keepVideoRoles: state.keepVideoRoles });
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') console.warn('identity check result', e);
      });
    return () => abort.abort();
  }, [ended, token]);
}
