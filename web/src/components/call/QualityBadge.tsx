import type { Participant } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import type { Quality } from '../../call/connection';
import { useRemoteNetwork } from '../../call/useNetworkAdaptation';

const QUALITIES: readonly string[] = ['excellent', 'good', 'poor', 'lost', 'unknown'] satisfies Quality[];

/**
 * For the employee, beside another participant's name: LiveKit's rating of
 * their connection, in words (the colour only repeats it), and whether their
 * connection turned their video off or down.
 */
export function QualityBadge({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const { statuses, showQuality } = useRemoteNetwork();
  if (!showQuality || p.isLocal) return null;
  const quality = QUALITIES.includes(p.connectionQuality) ? p.connectionQuality : 'unknown';
  const status = statuses.get(p.identity);
  // LiveKit rates a participant only once their rating (or someone's) changes: until then there is nothing to say.
  if (quality === 'unknown' && (status ?? 'normal') === 'normal') return null;
  return (
    <span className={`tile-badge quality quality-${quality}`} data-testid="quality-badge" data-quality={quality} data-network={status ?? 'normal'}>
      <span className="quality-bars" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span className="tile-badge-text">
        {[quality !== 'unknown' && t(`call.quality.${quality}`), status === 'audio-only' && t('network.remote.audioOnly'), status === 'reduced' && t('network.remote.reduced')].filter(Boolean).join(' · ')}
      </span>
    </span>
  );
}
