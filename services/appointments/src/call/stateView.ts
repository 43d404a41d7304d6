import { presentState } from './callDeps';
import { assertWindowOpen, type LinkedCall } from './links';

/**
 * GET /calls/:token/state: the call's state as the link's holder may know it
 * (presentState), as read with the link. The room metadata tells everyone only
 * that the identity check ended; whoever takes part in it asks here how.
 * Reads only, and needs no LiveKit: the database holds the state.
 */
export function callStateView(call: LinkedCall) {
  assertWindowOpen(call);
  return { state: presentState(call, call.seen.state) };
}
