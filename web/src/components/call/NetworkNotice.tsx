import type { Participant } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkStatus } from '../../call/networkAdaptation';
import type { NetworkAdaptation } from '../../call/useNetworkAdaptation';

/**
 * What a weak connection made of this person's video, and the choice that is
 * theirs: sound only (proposed, or switched with this notice), and the video
 * back once the connection is good again. One polite live region: it is
 * always there, its words change.
 */
export function NetworkNotice({ adaptation: a, signLanguage }: { adaptation: NetworkAdaptation; signLanguage: boolean }) {
  const { t } = useTranslation();
  let body: React.ReactNode = null;
  switch (a.step) {
    case 'reduced':
      body = <p>{t('network.reduced')}</p>;
      break;
    case 'propose-audio-only':
      body = (
        <>
          <p className="notice-title">{t('network.propose.title')}</p>
          <p>{t('network.propose.text')}</p>
          {signLanguage && <p>{t('network.propose.signLanguage')}</p>}
          <div className="button-group network-actions">
            <button type="button" className="button" onClick={a.accept}>
              {t('network.switchAudioOnly')}
            </button>
            <button type="button" className="button button-secondary" onClick={a.decline}>
              {t('network.keepVideo')}
            </button>
          </div>
        </>
      );
      break;
    case 'audio-only':
    case 'offer-video-again':
      body = (
        <>
          <p>{a.step === 'offer-video-again' ? t('network.offer') : a.switchedByItself ? t('network.switched') : t('network.chosen')}</p>
          <div className="button-group network-actions">
            <button type="button" className={`button${a.step === 'offer-video-again' ? '' : ' button-secondary'}`} onClick={a.turnVideoOn}>
              {t('network.turnVideoOn')}
            </button>
          </div>
        </>
      );
      break;
    case 'normal':
      break;
  }
  return (
    <div aria-live="polite" data-testid="network-notice" data-step={a.step}>
      {body && <div className={`notice${a.step === 'propose-audio-only' ? ' notice-warning' : ''}`}>{body}</div>}
    </div>
  );
}

/**
 * For the employee: says out loud when someone's connection turned their
 * video off, or it came back (the tiles and the people list show it).
 */
export function RemoteNetworkAnnouncer({ statuses, participants }: { statuses: ReadonlyMap<string, NetworkStatus>; participants: ReadonlyMap<string, Participant> }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const prev = useRef(statuses);
  useEffect(() => {
    for (const [identity, status] of statuses) {
      const before = prev.current.get(identity);
      if (before === status) continue;
      const name = participants.get(identity)?.name ?? '';
      if (status === 'audio-only') setMessage(t('network.remote.announceAudioOnly', { name }));
      else if (before === 'audio-only') setMessage(t('network.remote.announceVideoBack', { name }));
    }
    prev.current = statuses;
  }, [statuses, participants, t]);
  return (
    <div role="status" className="visually-hidden" data-testid="network-announcer">
      {message}
    </div>
  );
}
