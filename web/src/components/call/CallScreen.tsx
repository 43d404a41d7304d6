import { RoomAudioRenderer, RoomContext } from '@livekit/components-react';
import { useTranslation } from 'react-i18next';
import { keepsOwnVideo } from '../../call/rules';
import type { DeviceChoices, JoinGrant } from '../../call/types';
import { type CallEnd, type CallRoom, useCallRoom } from '../../call/useCallRoom';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';
import { Announcer } from './Announcer';
import { AudioOnlyControl } from './AudioOnlyControl';
import { CallControls } from './CallControls';
import { EmployeePanel } from './EmployeePanel';
import { IdentityGuide } from './IdentityGuide';
import { IdentityPanel } from './IdentityPanel';
import { Stage } from './Stage';
import { WaitingRoom } from './WaitingRoom';

interface Props {
  token: string;
  grant: JoinGrant;
  choices: DeviceChoices;
  /** back to the device check, e.g. after leaving by mistake */
  onRejoin: () => void;
}

/** The call itself (lazy chunk with livekit-client): waiting room, then the call. */
export default function CallScreen({ token, grant, choices, onRejoin }: Props) {
  const call = useCallRoom(grant, choices);
  if (call.end) return <CallEnded end={call.end} onRejoin={onRejoin} />;
  return (
    <RoomContext.Provider value={call.room}>
      <Announcer call={call} />
      {call.status === 'connecting' && call.admitted ? <Loading /> : call.admitted ? <InCall token={token} grant={grant} call={call} /> : <WaitingRoom call={call} />}
    </RoomContext.Provider>
  );
}

function InCall({ token, grant, call }: { token: string; grant: JoinGrant; call: CallRoom }) {
  const { t } = useTranslation();
  const role = grant.role;
  const employee = role === 'employee';
  const { state } = call;
  const running = state.identityCheck === 'running';
  return (
    <div className={`call${employee ? ' call-with-panel' : ''}`} data-testid="in-call">
      <div>
        <PageHeading>{t('call.inCall')}</PageHeading>
        {running && role === 'citizen' && <IdentityGuide call={call} interpreted={grant.appointment.interpretation !== null} />}
        {running && (role === 'interpreter' || role === 'third_person') && (
          <p className="notice" role="status" data-testid="identity-running-notice">
            {t(call.mediaWithheld ? 'call.identity.withheld' : 'call.identity.runningOthers')}
          </p>
        )}
        {state.audioOnly && (
          <p className="notice" data-testid="audio-only-notice">
            {keepsOwnVideo(role, state) ? t('call.audioOnly.noticeKeep') : t('call.audioOnly.notice')}
          </p>
        )}
        <Stage call={call} selfRole={role} />
        <CallControls call={call} />
        {(role === 'citizen' || employee) && state.identityCheck === 'verified' && <AudioOnlyControl token={token} call={call} />}
        <RoomAudioRenderer />
      </div>
      {employee && (
        <aside className="side-panel" aria-label={t('call.panel.label')}>
          <EmployeePanel token={token} call={call} />
          <IdentityPanel token={token} call={call} />
        </aside>
      )}
    </div>
  );
}

function CallEnded({ end, onRejoin }: { end: Exclude<CallEnd, null>; onRejoin: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t(`call.ended.${end}.title`)}</PageHeading>
      <p data-testid={`call-ended-${end}`}>{t(`call.ended.${end}.text`)}</p>
      <button type="button" className="button" onClick={onRejoin}>
        {t('call.ended.rejoin')}
      </button>
    </>
  );
}
