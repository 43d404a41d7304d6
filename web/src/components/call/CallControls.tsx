import { useTranslation } from 'react-i18next';
import { type Quality, qualityToShow } from '../../call/connection';
import type { CallRoom } from '../../call/useCallRoom';

const QUALITIES: readonly string[] = ['excellent', 'good', 'poor', 'lost', 'unknown'] satisfies Quality[];

/** Mute, camera, leave, and how good the connection is. */
export function CallControls({ call }: { call: CallRoom }) {
  const { t } = useTranslation();
  // LiveKit keeps its last rating while reconnecting: that must not read "excellent".
  const quality = qualityToShow(call.status, QUALITIES.includes(call.quality) ? (call.quality as Quality) : 'unknown');
  return (
    <div className="call-controls" role="group" aria-label={t('call.controls.label')}>
      <button type="button" className={`button${call.micOn ? '' : ' button-secondary'}`} onClick={call.toggleMic}>
        {call.micOn ? t('call.controls.micOff') : t('call.controls.micOn')}
      </button>
      <button
        type="button"
        className={`button${call.cameraOn ? '' : ' button-secondary'}`}
        onClick={call.toggleCamera}
        disabled={!call.cameraAllowed}
        aria-describedby={call.cameraAllowed ? undefined : 'camera-blocked'}
      >
        {call.cameraOn ? t('call.controls.cameraOff') : t('call.controls.cameraOn')}
      </button>
      {!call.cameraAllowed && (
        <span id="camera-blocked" className="visually-hidden">
          {t('call.controls.cameraBlocked')}
        </span>
      )}
      <button type="button" className="button button-warning" onClick={call.leave}>
        {t('call.controls.leave')}
      </button>
      <span className={`quality quality-${quality}`} data-testid="connection-quality">
        <span className="quality-bars" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        {t(`call.quality.${quality}`)}
      </span>
    </div>
  );
}
