import { RoomAudioRenderer, RoomContext } from '@livekit/components-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { callApi } from '../../call/callApi';
import { type CallEnd, rejoinsByItself, type ServerHealth, VIDEO_RETRY_SECONDS } from '../../call/connection';
import { useImmersiveFrame, useMediaQuery } from '../../call/callFrame';
import { identityResultOf, type IdentityResult as Result, audioOnlyNotice, learnsIdentityResult } from '../../call/rules';
import type { DeviceChoices, JoinGrant } from '../../call/types';
import { type CallRoom, isWaiting, roleOf, useCallRoom } from '../../call/useCallRoom';
import { useIdentityResult } from '../../call/useIdentityResult';
import { RemoteNetworkProvider, useNetworkAdaptation } from '../../call/useNetworkAdaptation';
import { useRetryCountdown } from '../../call/useRetryCountdown';
import { ErrorNotice } from '../ErrorNotice';
import { PresenceNotice } from './PresenceNotice';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';
import { Announcer } from './Announcer';
import { AudioOnlyControl } from './AudioOnlyControl';
import { CallControls } from './CallControls';
import { ConnectionNotice } from './ConnectionNotice';
import { EmployeePanel } from './EmployeePanel';
import { IdentityGuide } from './IdentityGuide';
import { IdentityPanel } from './IdentityPanel';
import { PeopleIcon } from './icons';
import { LinkRefused } from './LinkRefused';
import { NetworkNotice, RemoteNetworkAnnouncer } from './NetworkNotice';
import { RetryNotice } from './RetryNotice';
import { Stage } from './Stage';
import { WaitingRoom } from './WaitingRoom';

/** Wide enough for the panel beside the stage (CSS: call.css). */
const WIDE = '(min-width: 60rem)';

interface Props {
  token: string;
  grant: JoinGrant;
  choices: DeviceChoices;
  /** join again at once with the same devices (a fresh token); resolves with the refusal, or null once joined */
  onReconnect: () => Promise<ApiError | null>;
  /** the call ended in a way that must not bring the person back by itself (left, removed, closed, another device) */
  onStopped: () => void;
}

/** The call itself (lazy chunk with livekit-client): waiting room, then the call. */
export default function CallScreen({ token, grant, choices, onReconnect, onStopped }: Props) {
  const call = useCallRoom(grant, choices);
  const learnsResult = learnsIdentityResult(grant.role, grant.appointment.interpretation);
  useIdentityResult(token, call, learnsResult);
  const stopped = call.end !== null && !rejoinsByItself(call.end);
  useEffect(() => {
    if (stopped) onStopped();
  }, [stopped, onStopped]);
  if (call.end && rejoinsByItself(call.end)) return <ConnectionLost server={call.server} onReconnect={onReconnect} />;
  if (call.end === 'elsewhere') return <JoinedElsewhere onReconnect={onReconnect} />;
  if (call.end) return <CallEnded end={call.end} onRejoin={onReconnect} employeeOf={grant.role === 'employee' ? grant.appointment.id : undefined} />;
  return (
    <RoomContext.Provider value={call.room}>
      <Announcer call={call} learnsIdentityResult={learnsResult} />
      {call.status === 'connecting' && call.admitted ? (
        <Loading />
      ) : call.admitted ? (
        <InCall token={token} grant={grant} call={call} />
      ) : (
        <WaitingRoom token={token} call={call} choices={choices} />
      )}
    </RoomContext.Provider>
  );
}

/**
 * The call fills the window: notices on top, the stage, the panel beside it on
 * a wide screen (over the stage's lower part on a phone, the stage shrinking
 * above it), and the bar of controls at the bottom. Nothing scrolls but the
 * panel's own content.
 */
function InCall({ token, grant, call }: { token: string; grant: JoinGrant; call: CallRoom }) {
  const { t } = useTranslation();
  useImmersiveFrame();
  const role = grant.role;
  const employee = role === 'employee';
  const { state } = call;
  const network = useNetworkAdaptation(call, role);
  const running = state.identityCheck === 'running';
  const guide = running && role === 'citizen';
  const wide = useMediaQuery(WIDE);
  const [peopleOpen, setPeopleOpen] = useState<boolean | null>(null);
  const panelOpen = employee ? (peopleOpen ?? wide) : guide;
  const panelId = useId();
  const employeeLeft = useEmployeeLeft(call, role);
  return (
    <div className={`call${panelOpen ? ' call-panel-open' : ''}`} data-testid="in-call">
      <div className="visually-hidden">
        <PageHeading>{t('call.inCall')}</PageHeading>
      </div>
      <div className="call-notices">
        <ConnectionNotice call={call} />
        <NetworkNotice adaptation={network} signLanguage={state.keepVideoRoles.includes(role)} />
        {employee && <RemoteNetworkAnnouncer statuses={network.remote.statuses} participants={call.room.remoteParticipants} />}
        <PresenceNotice call={call} />
        {role === 'interpreter' && !call.cameraOn && (
          <p className="notice notice-warning" role="status" data-testid="interpreter-camera-off">
            {t('call.interpreterCameraOff')}
          </p>
        )}
        {running && (role === 'interpreter' || role === 'third_person') && (
          <p className="notice" role="status" data-testid="identity-running-notice">
            {t(call.mediaWithheld ? 'call.identity.withheld' : 'call.identity.runningOthers')}
          </p>
        )}
        {role === 'citizen' && <IdentityResult check={state.identityCheck} />}
        {employeeLeft && (
          <p className="notice notice-warning" data-testid="employee-left-notice">
            {t('call.employeeLeft')}
          </p>
        )}
        {state.audioOnly && (
          <p className="notice" data-testid="audio-only-notice">
            {t(`call.audioOnly.${audioOnlyNotice(role, state)}`)}
          </p>
        )}
      </div>
      <RemoteNetworkProvider value={network.remote}>
        <div className="call-body">
          <Stage call={call} selfRole={role} selfLarge={guide} />
          {employee && (
            <aside id={panelId} className="call-panel" aria-label={t('call.panel.label')} hidden={!panelOpen}>
              <EmployeePanel token={token} call={call} />
              <IdentityPanel token={token} call={call} />
            </aside>
          )}
          {guide && (
            <aside className="call-panel" aria-label={t('call.identity.guideTitle')}>
              <IdentityGuide interpreted={grant.appointment.interpretation !== null} />
            </aside>
          )}
        </div>
      </RemoteNetworkProvider>
      <CallControls call={call}>
        {(role === 'citizen' || employee) && state.identityCheck === 'verified' && <AudioOnlyControl token={token} call={call} />}
        {employee && <PeopleToggle token={token} open={panelOpen} panelId={panelId} onToggle={() => setPeopleOpen(!panelOpen)} />}
      </CallControls>
      <RoomAudioRenderer />
    </div>
  );
}

/**
 * How the citizen's identity check ended, shown until they close it or a new
 * check starts: the employee's panel closes at once, and an elderly person
 * should not have to guess from that.
 */
function IdentityResult({ check }: { check: CallRoom['state']['identityCheck'] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Result | null>(null);
  // From the start of a check until its result arrives (the room says "ended" first; the API then tells how).
  const awaiting = useRef(check === 'running');
  useEffect(() => {
    const result = identityResultOf(check);
    if (check === 'running') {
      awaiting.current = true;
      setShown(null);
    } else if (awaiting.current && result) {
      awaiting.current = false;
      setShown(result);
    }
  }, [check]);
  if (!shown) return null;
  return (
    <div className={`notice${shown === 'verified' ? '' : ' notice-warning'} notice-dismissable`} data-testid={`identity-result-${shown}`}>
      <p>{t(`call.identity.yourResult.${shown}`)}</p>
      <button type="button" className="button button-secondary" onClick={() => setShown(null)}>
        {t('call.identity.yourResult.dismiss')}
      </button>
    </div>
  );
}

/** Whether the employee was in the call and is no longer (for everyone else: they are not left guessing). */
function useEmployeeLeft(call: CallRoom, role: string): boolean {
  const here = [...call.room.remoteParticipants.values()].some((p) => roleOf(p) === 'employee' && !isWaiting(p));
  const seen = useRef(false);
  if (here) seen.current = true;
  return role !== 'employee' && seen.current && !here;
}

/** Opens and closes the employee's panel; says how many wait to be let in (the panel's own poll, shared through the query cache). */
function PeopleToggle({ token, open, panelId, onToggle }: { token: string; open: boolean; panelId: string; onToggle: () => void }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['call-participants', token], queryFn: ({ signal }) => callApi.participants(token, signal), enabled: false });
  const waiting = (list.data?.participants ?? []).filter((p) => p.role !== 'employee' && p.waiting).length;
  return (
    <button type="button" className="bar-button" aria-expanded={open} aria-controls={panelId} onClick={onToggle} data-testid="people-toggle">
      <PeopleIcon />
      <span className="bar-label">
        {t('call.panel.toggle')}
        {waiting > 0 && <span className="bar-count"> {t('call.panel.waitingCount', { count: waiting })}</span>}
      </span>
    </button>
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

/** Left, removed or closed. "Return to the call" goes straight back in with the same devices (no second check). */
function CallEnded({ end, onRejoin, employeeOf }: { end: Exclude<CallEnd, 'failed' | 'elsewhere'>; onRejoin: () => Promise<ApiError | null>; employeeOf?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const rejoin = async () => {
    setBusy(true);
    setRefusal(await onRejoin());
    setBusy(false);
  };
  if (refusal && (refusal.status === 404 || refusal.status === 410)) return <LinkRefused error={refusal} />;
  return (
    <>
      <PageHeading>{t(`call.ended.${end}.title`)}</PageHeading>
      <p data-testid={`call-ended-${end}`}>{t(`call.ended.${end}.text`)}</p>
      {refusal && <ErrorNotice error={refusal} />}
      <button type="button" className="button" onClick={() => void rejoin()} disabled={busy}>
        {t('call.ended.rejoin')}
      </button>
      {employeeOf && (
        <p>
          <Link to={`/console/appointments/${employeeOf}`} data-testid="call-ended-to-appointment">
            {t('call.ended.toAppointment')}
          </Link>
        </p>
      )}
    </>
  );
}
