import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Quality, qualityToShow } from '../../call/connection';
import type { CallRoom } from '../../call/useCallRoom';
import { CameraIcon, CameraOffIcon, LeaveIcon, MicIcon, MicOffIcon } from './icons';

const QUALITIES: readonly string[] = ['excellent', 'good', 'poor', 'lost', 'unknown'] satisfies Quality[];

/**
 * The bar at the bottom of the call: large buttons, each with a picture and a
 * label, for the microphone, the camera, what the role adds (sound only, the
 * people panel) and leaving; then how good the connection is.
 */
export function CallControls({ call, children }: { call: CallRoom; children?: ReactNode }) {
  const { t } = useTranslation();
  // LiveKit keeps its last rating while reconnecting: that must not read "excellent".
  const quality = qualityToShow(call.status, QUALITIES.includes(call.quality) ? (call.quality as Quality) : 'unknown');
  return (
    <div className="call-bar" role="group" aria-label={t('call.controls.label')}>
      <button type="button" className={`bar-button${call.micOn ? '' : ' bar-button-off'}`} onClick={call.toggleMic}>
        {call.micOn ? <MicIcon /> : <MicOffIcon />}
        <span className="bar-label">{call.micOn ? t('call.controls.micOff') : t('call.controls.micOn')}</span>
      </button>
      <button
        type="button"
        className={`bar-button${call.cameraOn ? '' : ' bar-button-off'}`}
        onClick={call.toggleCamera}
        disabled={!call.cameraAllowed}
        aria-describedby={call.cameraAllowed ? undefined : 'camera-blocked'}
      >
        {call.cameraOn ? <CameraIcon /> : <CameraOffIcon />}
        <span className="bar-label">{call.cameraOn ? t('call.controls.cameraOff') : t('call.controls.cameraOn')}</span>
      </button>
      {!call.cameraAllowed && (
        <span id="camera-blocked" className="visually-hidden">
          {t('call.controls.cameraBlocked')}
        </span>
      )}
      {children}
      <button type="button" className="bar-button bar-button-leave" onClick={call.leave}>
        <LeaveIcon />
        <span className="bar-label">{t('call.controls.leave')}</span>
      </button>
      <span className={`quality quality-${quality}`} data-testid="connection-quality">
        <span className="quality-bars" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <span className="quality-text">{t(`call.quality.${quality}`)}</span>
      </span>
    </div>
  );
}
