import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceChoices } from '../../call/types';
import { useDevicePreview } from '../../call/useDevicePreview';
import { useMicLevel } from '../../call/useMicLevel';
import { useNetworkCheck } from '../../call/useNetworkCheck';

interface Props {
  /** start the camera at once (the call is open) or only when asked (early) */
  autoStart: boolean;
  joining: boolean;
  /** null: no join button (before the window) */
  onJoin: ((choices: DeviceChoices, release: () => void) => void) | null;
  /** The interpreter: the citizen must see them, so the camera is not offered off (nor switched off for a weak connection). */
  cameraNeeded?: boolean;
}

/**
 * Camera and microphone preview, device pickers, a microphone meter and a
 * quick network check, with help when access is refused or a device is
 * missing. Joining with sound only is always possible, but for the
 * interpreter, whose picture is the interpretation.
 */
export function DeviceCheck({ autoStart, joining, onJoin, cameraNeeded = false }: Props) {
  const { t } = useTranslation();
  const preview = useDevicePreview(autoStart);
  const level = useMicLevel(preview.stream);
  const net = useNetworkCheck();
  const video = useRef<HTMLVideoElement>(null);
  const id = useId();
  const hasCamera = Boolean(preview.stream?.getVideoTracks().length);
  const hasMic = Boolean(preview.stream?.getAudioTracks().length);
  const [cameraOn, setCameraOn] = useState(true);
  const [suggested, setSuggested] = useState(false);
  // The pickers are open on a wide screen, folded on a phone (where "Join" must stay on the first screen).
  const [pickersOpen] = useState(() => window.matchMedia?.('(min-width: 48rem)').matches === true);

  useEffect(() => {
    if (video.current) video.current.srcObject = hasCamera ? preview.stream : null;
  }, [preview.stream, hasCamera]);

  // A weak connection suggests sound only once; the person may switch the camera back on.
  useEffect(() => {
    if (net.verdict === 'weak' && !suggested && !cameraNeeded) {
      setSuggested(true);
      setCameraOn(false);
    }
  }, [net.verdict, suggested, cameraNeeded]);

  const idle = preview.status === 'idle';
  const join = () =>
    onJoin?.(
      { cameraId: preview.cameraId, microphoneId: preview.microphoneId, camera: hasCamera && cameraOn, microphone: hasMic || preview.status !== 'ready' },
      preview.stop,
    );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="device-check-title">{t('call.check.title')}</h2>
      {idle ? (
        <>
          <p>{t('call.check.earlyIntro')}</p>
          <button type="button" className="button button-secondary" onClick={preview.start}>
            {t('call.check.start')}
          </button>
        </>
      ) : (
        <div className="device-check">
          <div>
            <div className="preview">
              <video ref={video} autoPlay playsInline muted aria-label={t('call.check.previewLabel')} hidden={!hasCamera || !cameraOn} />
              {(!hasCamera || !cameraOn) && <p className="preview-empty">{hasCamera ? t('call.check.cameraOffPreview') : t('call.check.noPreview')}</p>}
            </div>
            {hasMic && (
              <div className="mic-level">
                <label className="mic-level-label" htmlFor={`${id}-level`}>
                  {t('call.check.level')}
                </label>
                <meter id={`${id}-level`} className="mic-meter" min={0} max={1} low={0.05} high={0.9} optimum={0.5} value={level} aria-describedby={`${id}-level-hint`} />
                <span className="hint mic-level-hint" id={`${id}-level-hint`}>
                  {t('call.check.levelHint')}
                </span>
              </div>
            )}
            <p role="status" className="net-result" data-testid="device-status">
              {t(`call.check.status.${preview.status}`)}
            </p>
            <DeviceHelp status={preview.status} onRetry={preview.start} />
          </div>
          <div>
            <p className="net-result" data-testid="network-status">
              <strong>{t('call.check.network')}: </strong>
              {t(`call.check.net.${net.verdict}`, { ms: net.medianMs })}
            </p>
            {cameraNeeded && (
              <p className={hasCamera ? 'hint' : 'notice notice-warning'} data-testid="camera-needed">
                {t(hasCamera ? 'call.check.cameraNeeded' : 'call.check.cameraNeededMissing')}
              </p>
            )}
            {hasCamera && !cameraNeeded && (
              <div className="choice">
                <input id={`${id}-camon`} type="checkbox" checked={cameraOn} onChange={(e) => setCameraOn(e.target.checked)} />
                <label htmlFor={`${id}-camon`}>{t('call.check.withCamera')}</label>
              </div>
            )}
            {/* "Join" before the device pickers: on a phone it is on the first screen. */}
            {onJoin && (
              <button type="button" className="button button-start join-button" onClick={join} disabled={joining || preview.status === 'asking'}>
                {joining ? t('call.check.joining') : t('call.check.join')}
              </button>
            )}
            {(preview.cameras.length > 0 || preview.microphones.length > 0) && (
              <details className="device-pickers" open={pickersOpen}>
                <summary>{t('call.check.change')}</summary>
                {preview.cameras.length > 0 && (
                  <div className="form-group">
                    <label className="label" htmlFor={`${id}-cam`}>
                      {t('call.check.camera')}
                    </label>
                    <select id={`${id}-cam`} className="select" value={preview.cameraId ?? ''} onChange={(e) => preview.setCameraId(e.target.value)}>
                      {preview.cameras.map((d, i) => (
                        <option key={d.deviceId} value={d.deviceId}>
                          {d.label || t('call.check.cameraN', { n: i + 1 })}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                {preview.microphones.length > 0 && (
                  <div className="form-group">
                    <label className="label" htmlFor={`${id}-mic`}>
                      {t('call.check.microphone')}
                    </label>
                    <select id={`${id}-mic`} className="select" value={preview.microphoneId ?? ''} onChange={(e) => preview.setMicrophoneId(e.target.value)}>
                      {preview.microphones.map((d, i) => (
                        <option key={d.deviceId} value={d.deviceId}>
                          {d.label || t('call.check.microphoneN', { n: i + 1 })}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </details>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function DeviceHelp({ status, onRetry }: { status: string; onRetry: () => void }) {
  const { t } = useTranslation();
  if (status === 'denied') {
    return (
      <div className="notice notice-warning">
        <p className="notice-title">{t('call.check.help.deniedTitle')}</p>
        <ol className="list">
          <li>{t('call.check.help.denied1')}</li>
          <li>{t('call.check.help.denied2')}</li>
          <li>{t('call.check.help.denied3')}</li>
        </ol>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('call.check.retry')}
        </button>
      </div>
    );
  }
  if (status === 'no-camera' || status === 'no-devices' || status === 'error') {
    return (
      <div className="notice notice-warning">
        <p>{t(`call.check.help.${status}`)}</p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('call.check.retry')}
        </button>
      </div>
    );
  }
  return null;
}
