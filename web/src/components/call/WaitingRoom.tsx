import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useImmersiveFrame } from '../../call/callFrame';
import type { DeviceChoices } from '../../call/types';
import type { CallRoom } from '../../call/useCallRoom';
import { roleOf } from '../../call/useCallRoom';
import { useEmployeeBusy } from '../../call/useEmployeeBusy';
import { useSelfPreview } from '../../call/useSelfPreview';
import { PageHeading } from '../PageHeading';
import { ConnectionNotice } from './ConnectionNotice';
import { LeaveIcon } from './icons';

interface Props {
  token: string;
  call: CallRoom;
  choices: DeviceChoices;
}

/**
 * A guest not admitted yet: their own picture (nothing is sent or received
 * until the employee lets them in) and what is happening meanwhile.
 */
export function WaitingRoom({ token, call, choices }: Props) {
  const { t } = useTranslation();
  useImmersiveFrame();
  const employee = [...call.room.remoteParticipants.values()].find((p) => roleOf(p) === 'employee');
  const employeeBusy = useEmployeeBusy(token, call.status === 'connected' && !employee);
  const stream = useSelfPreview(choices.cameraId, choices.camera);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  const presence =
    call.status === 'connecting'
      ? t('call.waiting.connecting')
      : employee
        ? t('call.waiting.employeeHere', { name: employee.name })
        : employeeBusy
          ? t('call.waiting.employeeBusy')
          : t('call.waiting.employeeNotYet');
  return (
    <section className="waiting" data-testid="waiting-room">
      <ConnectionNotice call={call} />
      <div className="waiting-body">
        <div className="waiting-preview preview">
          <video ref={video} autoPlay playsInline muted aria-label={t('call.check.previewLabel')} hidden={!stream} data-testid="waiting-self" />
          {!stream && <p className="preview-empty">{choices.camera ? t('call.check.noPreview') : t('call.check.cameraOffPreview')}</p>}
        </div>
        <div className="waiting-info">
          <PageHeading>{t('call.waiting.title')}</PageHeading>
          <p className="waiting-presence lead" data-testid="employee-presence" aria-live="polite">
            {presence}
          </p>
          <p>{t('call.waiting.privacy')}</p>
          <p>{t('call.waiting.keepOpen')}</p>
          <button type="button" className="button button-secondary" onClick={call.leave}>
            <LeaveIcon /> {t('call.controls.leave')}
          </button>
        </div>
      </div>
    </section>
  );
}
