import { VideoTrack } from '@livekit/components-react';
import { type Participant, Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { roleOf } from '../../call/useCallRoom';
import { useRemoteNetwork } from '../../call/useNetworkAdaptation';
import { MicOffIcon } from './icons';
import { QualityBadge } from './QualityBadge';

/** The camera publication when it is actually showing (received or, for oneself, captured) and not muted. */
function cameraOf(p: Participant) {
  const pub = p.getTrackPublication(Track.Source.Camera);
  return pub?.track && !pub.isMuted ? pub : undefined;
}

interface Props {
  participant: Participant;
  /** oneself (mirrored, in the strip of small tiles or large during the identity step) */
  self?: boolean;
  speaking?: boolean;
  className?: string;
  /** why there is no picture, when known (e.g. audio-only) */
  noVideoReason?: string;
}

/**
 * One person's picture (or a placeholder) with, below it and never over it,
 * their name, role and badges (microphone off; room for a connection badge).
 */
export function Tile({ participant: p, self = false, speaking = false, className = '', noVideoReason }: Props) {
  const { t } = useTranslation();
  const role = roleOf(p);
  const camera = cameraOf(p);
  const micOff = !p.isMicrophoneEnabled;
  const networkAudioOnly = useRemoteNetwork().statuses.get(p.identity) === 'audio-only';
  const name = p.isLocal ? t('call.stage.you') : p.name || t('call.stage.someone');
  return (
    <figure
      className={`tile${self ? ' tile-self' : ''}${speaking ? ' tile-speaking' : ''} ${className}`}
      data-identity={p.identity}
      data-role={role ?? ''}
      data-testid={self ? 'tile-self' : `tile-${role ?? 'unknown'}`}
    >
      <div className="tile-media">
        {camera ? (
          <VideoTrack
            trackRef={{ participant: p, publication: camera, source: Track.Source.Camera }}
            muted
            playsInline
            aria-label={t('call.stage.videoOf', { name })}
            data-remote={p.isLocal ? undefined : 'true'}
            data-role={role ?? ''}
          />
        ) : (
          <div className="tile-placeholder">{noVideoReason ?? (networkAudioOnly ? t('network.remote.audioOnly') : t('call.stage.cameraOff'))}</div>
        )}
      </div>
      <figcaption className="tile-caption">
        <span className="tile-name">{name}</span>
        {role && !p.isLocal && <span className="tile-role">({t(`call.roles.${role}`)})</span>}
        <span className="tile-badges">
          {micOff && (
            <span className="tile-badge" data-testid="badge-mic-off">
              <MicOffIcon />
              <span className="tile-badge-text">{t('call.stage.micOff')}</span>
            </span>
          )}
          <QualityBadge participant={p} />
        </span>
      </figcaption>
    </figure>
  );
}
