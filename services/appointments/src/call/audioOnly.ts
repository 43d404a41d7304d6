import { auditCall } from './callAudit';
import { broadcastState, type CallDeps, hasInterpreter, presentState } from './callDeps';
import { audioOnlyAllowed, keepsVideo, mayToggleAudioOnly } from './callRules';
import { changeCallState, markFirst } from './callState';
import { applyToConnected } from './grants';
import { assertWindowOpen, type LinkedCall } from './links';
import { conflict, forbidden } from '../errors';

/**
 * Either party switches the call to sound only (after a verified identity
 * check) or back. The server revokes or restores camera publishing of every
 * admitted participant who does not keep video; LiveKit unpublishes the tracks.
 * Participants who join later get a token that matches.
 */
export async function switchAudioOnly(deps: CallDeps, call: LinkedCall, audioOnly: boolean, ip: string) {
  if (!mayToggleAudioOnly(call.link.role)) {
    throw forbidden('not_allowed', 'Μόνο ο πολίτης ή ο υπάλληλος μπορούν να αλλάξουν την κλήση σε μόνο ήχο.', 'Only the citizen or the employee can switch the call to audio only.');
  }
  assertWindowOpen(call);
  const { appt } = call;
  const state = await changeCallState(deps.knex, appt, deps.now(), async (s, trx) => {
    if (audioOnly && !audioOnlyAllowed(s.identityCheck)) {
      throw conflict('identity_check_required', 'Η κλήση μπορεί να συνεχιστεί μόνο με ήχο μετά την επιβεβαίωση της ταυτότητας.', 'The call can continue with audio only after the identity has been verified.');
    }
    if (s.audioOnly === audioOnly) return {};
    await applyToConnected(deps, call, trx, { ...s, audioOnly }, (role) => !keepsVideo(role, hasInterpreter(call)));
    if (audioOnly) await markFirst(trx, appt, 'audio_only_at', deps.now()); // a switch back keeps it: the statistics count calls that went audio-only
    return { audioOnly };
  });
  await auditCall(deps.knex, ip, call, 'call_audio_only', { audioOnly });
  await broadcastState(deps, call, state);
  return { state: presentState(call, state) };
}
