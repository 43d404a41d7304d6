import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityAnnouncement } from '../../call/rules';
import type { CallRoom } from '../../call/useCallRoom';
import { usePresence } from '../../call/usePresence';

/**
 * One polite live region for what changes without the person doing anything:
 * admitted, reconnecting (and whose trouble it is), identity step, audio-only,
 * someone joining or leaving. The connection's trouble is also shown visibly
 * (ConnectionNotice, inside the waiting room and the call). The identity
 * check's result is told only to those who take part in it
 * (`learnsIdentityResult`); a guest hears that it ended, not how. Who joins
 * or leaves is also shown (PresenceNotice): a deaf participant hears neither.
 */
export function Announcer({ call, learnsIdentityResult }: { call: CallRoom; learnsIdentityResult: boolean }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const prev = useRef({ status: call.status, verdict: call.verdict, admitted: call.admitted, check: call.state.identityCheck, audioOnly: call.state.audioOnly });

  useEffect(() => {
    const p = prev.current;
    let next: string | null = null;
    if (call.status !== p.status) {
      if (call.status === 'reconnecting') next = t('call.announce.reconnecting');
      else if (call.status === 'connected' && p.status === 'reconnecting') next = t('call.announce.reconnected');
    }
    if (call.verdict !== p.verdict && (call.verdict === 'serverDown' || call.verdict === 'offline' || call.verdict === 'poorNetwork')) next = t(`call.announce.${call.verdict}`);
    if (call.admitted && !p.admitted) next = t('call.announce.admitted');
    if (call.state.identityCheck !== p.check) {
      const key = identityAnnouncement(call.state.identityCheck, learnsIdentityResult);
      if (key) next = t(`call.announce.identity.${key}`);
    }
    if (call.state.audioOnly !== p.audioOnly) next = call.state.audioOnly ? t('call.announce.audioOnlyOn') : t('call.announce.audioOnlyOff');
    prev.current = { status: call.status, verdict: call.verdict, admitted: call.admitted, check: call.state.identityCheck, audioOnly: call.state.audioOnly };
    if (next) setMessage(next);
  }, [call.status, call.verdict, call.admitted, call.state.identityCheck, call.state.audioOnly, learnsIdentityResult, t]);

  const presence = usePresence(call.room);
  useEffect(() => {
    if (presence) setMessage(t(`call.announce.${presence.kind}`, { name: presence.name }));
  }, [presence, t]);

  return (
    <div role="status" className="visually-hidden" data-testid="announcer">
      {message}
    </div>
  );
}
