import { RoomAudioRenderer, RoomContext } from '@livekit/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { type CallEnd, rejoinsByItself, type ServerHealth, VIDEO_RETRY_SECONDS } from '../../call/connection';
import { keepsOwnVideo } from '../../call/rules';
import type { DeviceChoices, JoinGrant } from '../../call/types';
import { type CallRoom, useCallRoom } from '../../call/useCallRoom';
import { RemoteNetworkProvider, useNetworkAdaptation } from '../../call/useNetworkAdaptation';
import { useRetryCountdown } from '../../call/useRetryCountdown';
import { ErrorNotice } from '../ErrorNotice';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';
import { Announcer } from './Announcer';
import { AudioOnlyControl } from './AudioOnlyControl';
import { CallControls } from './CallControls';
import { EmployeePanel } from './EmployeePanel';
import { IdentityGuide } from './IdentityGuide';
import { IdentityPanel } from './IdentityPanel';
import { LinkRefused } from './LinkRefused';
import { NetworkNotice, RemoteNetworkAnnouncer } from './NetworkNotice';
import { RetryNotice } from './RetryNotice';
import { Stage } from './Stage';
import { WaitingRoom } from './WaitingRoom';

interface Props {
  token: string;
  grant: JoinGrant;
  choices: DeviceChoices;
  /** back to the device check, e.g. after leaving by mistake */
  onRejoin: () => void;
  /** join again at once with the same devices (a fresh token); resolves with the refusal, or null once joined */
  onReconnect: () => Promise<ApiError | null>;
}

/** The call itself (lazy chunk with livekit-client): waiting room, then the call. */
export default function CallScreen({ token, grant, choices, onRejoin, onReconnect }: Props) {
  const call = useCallRoom(grant, choices);
  if (call.end && rejoinsByItself(call.end)) return <ConnectionLost server={call.server} onReconnect={onReconnect} />;
  if (call.end === 'elsewhere') return <JoinedElsewhere onReconnect={onReconnect} />;
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
  const network = useNetworkAdaptation(call, role);
  const running = state.identityCheck === 'running';
  return (
    <RemoteNetworkProvider value={network.remote}>
      <div className={`call${employee ? ' call-with-panel' : ''}`} data-testid="in-call">
        <div>
          <PageHeading>{t('call.inCall')}</PageHeading>
          <NetworkNotice adaptation={network} signLanguage={state.keepVideoRoles.includes(role)} />
          {employee && <RemoteNetworkAnnouncer statuses={network.remote.statuses} participants={call.room.remoteParticipants} />}
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
    </RemoteNetworkProvider>
  );
}

/** Refusals that waiting will not change (the link was replaced, the call ended…): shown, not retried. */
const isFinal = (e: ApiError) => e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429;

/**
 * The connection was lost and LiveKit gave up reconnecting: the page joins
 * again by itself with a fresh token, every few seconds, without a reload. The
 * message says whose trouble it is: the service's video server (our API says
 * so, or refuses to join for it) or this device's connection.
 */
function ConnectionLost({ server, onReconnect }: { server: ServerHealth; onReconnect: () => Promise<ApiError | null> }) {
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const final = refusal !== null && isFinal(refusal);
  const countdown = useRetryCountdown(!final, VIDEO_RETRY_SECONDS, async () => setRefusal(await onReconnect()));
  if (final) {
    return refusal.status === 404 || refusal.status === 410 ? <LinkRefused error={refusal} /> : <ErrorNotice error={refusal} />;
  }
  const serverDown = server === 'down' || refusal?.code === 'video_unavailable';
  return <RetryNotice kind={serverDown ? 'serverDown' : 'network'} countdown={countdown} joins />;
}

/**
 * The same link joined from another device or tab, and LiveKit dropped this
 * one. Never rejoined by itself (the two would keep dropping each other): the
 * person may continue here, which drops the other.
 */
function JoinedElsewhere({ onReconnect }: { onReconnect: () => Promise<ApiError | null> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const continueHere = async () => {
    setBusy(true);
    setRefusal(await onReconnect());
    setBusy(false);
  };
  return (
    <>
      <PageHeading>{t('call.ended.elsewhere.title')}</PageHeading>
      <p data-testid="call-ended-elsewhere">{t('call.ended.elsewhere.text')}</p>
      {refusal && <ErrorNotice error={refusal} />}
      <button type="button" className="button" onClick={() => void continueHere()} disabled={busy}>
        {t('call.ended.elsewhere.continue')}
      </button>
    </>
  );
}

function CallEnded({ end, onRejoin }: { end: Exclude<CallEnd, 'failed' | 'elsewhere'>; onRejoin: () => void }) {
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
