import { VideoTrack } from '@livekit/components-react';
import { type Participant, Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { roleOf } from '../../call/useCallRoom';
import { useRemoteNetwork } from '../../call/useNetworkAdaptation';
import { QualityBadge } from './QualityBadge';

/** The camera publication when it is actually showing (received or, for oneself, captured) and not muted. */
function cameraOf(p: Participant) {
  const pub = p.getTrackPublication(Track.Source.Camera);
  return pub?.track && !pub.isMuted ? pub : undefined;
}

interface Props {
  participant: Participant;
  /** the small corner view of oneself */
  self?: boolean;
  speaking?: boolean;
  className?: string;
  /** why there is no picture, when known (e.g. audio-only) */
  noVideoReason?: string;
}

/** One person's picture (or a placeholder) with their name, role and microphone state. */
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
      <figcaption className="tile-caption">
        <span>{name}</span>
        {role && !p.isLocal && <span>({t(`call.roles.${role}`)})</span>}
        {micOff && <span>· {t('call.stage.micOff')}</span>}
        <QualityBadge participant={p} />
      </figcaption>
    </figure>
  );
}
