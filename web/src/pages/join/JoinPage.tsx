import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ApiError, isApiError, toApiError } from '../../api/client';
import { callApi } from '../../call/callApi';
import { VIDEO_RETRY_SECONDS } from '../../call/connection';
import { forgetChoices, recalledChoices, rememberChoices } from '../../call/rememberedChoices';
import type { DeviceChoices, JoinGrant } from '../../call/types';
import { useJoinInfo } from '../../call/useJoinInfo';
import { useRetryCountdown } from '../../call/useRetryCountdown';
import { AppointmentFacts } from '../../components/call/AppointmentFacts';
import { DeviceCheck } from '../../components/call/DeviceCheck';
import { LinkRefused } from '../../components/call/LinkRefused';
import { NotYetOpen } from '../../components/call/NotYetOpen';
import { RetryNotice } from '../../components/call/RetryNotice';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { languageChosen } from '../../i18n';

// The video client (livekit-client) loads only here, and starts loading as soon
// as the page opens so that "Join" does not wait for it.
const loadCallScreen = () => import('../../components/call/CallScreen');
const CallScreen = lazy(loadCallScreen);

/** rejoining: back after a reload with the devices chosen before, straight into the call. */
type Phase = { kind: 'check' } | { kind: 'rejoining' } | { kind: 'call'; grant: JoinGrant; choices: DeviceChoices };

/** "Join" was pressed while video was down: join with these once it is back. */
interface Pending {
  choices: DeviceChoices;
  release: () => void;
}

/**
 * /join/:token — the link from the e-mail. Opening it only reads (GET); the
 * device check comes first; "Join" asks the API for a LiveKit token (POST).
 * While the service's video does not work, the page says so and tries again
 * by itself every few seconds (a visible countdown), joining once it is back.
 * The devices chosen are remembered for this tab: a reload (or "Return to the
 * call") goes straight back in while the call is open.
 */
export default function JoinPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const info = useJoinInfo(token);
  const [phase, setPhase] = useState<Phase>({ kind: 'check' });
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const open = info.data?.window.status === 'open';
  useEffect(() => {
    if (open) void loadCallScreen();
  }, [open]);
  // The page speaks the language of this person's e-mails, unless this browser chose one.
  const linkLanguage = info.data?.language;
  useEffect(() => {
    if (linkLanguage && !languageChosen() && i18n.language !== linkLanguage) void i18n.changeLanguage(linkLanguage);
  }, [linkLanguage, i18n]);

  /** POST the link; on success the call starts. Resolves with the refusal, or null. */
  const requestJoin = async (choices: DeviceChoices, release: () => void): Promise<ApiError | null> => {
    try {
      const grant = await callApi.join(token);
      release(); // LiveKit opens the devices itself
      rememberChoices(token, choices);
      setPending(null);
      setPhase({ kind: 'call', grant, choices });
      return null;
    } catch (e) {
      const error = isApiError(e) ? e : toApiError(0, null);
      if (error.code === 'video_unavailable') {
        setPending({ choices, release });
        void info.refetch();
      } else if (error.code === 'too_early' || error.status === 410 || error.status === 404) {
        void info.refetch();
      }
      return error;
    }
  };

  const videoDown = Boolean(info.data && info.data.window.status === 'open' && (!info.data.videoAvailable || pending));
  // Back after a reload: the same devices, no second check. A refusal shows the check with the reason.
  const recalled = useRef(recalledChoices(token));
  useEffect(() => {
    const choices = recalled.current;
    if (!open || !choices || phase.kind !== 'check') return;
    recalled.current = null;
    setPhase({ kind: 'rejoining' });
    void requestJoin(choices, () => undefined).then((error) => {
      if (!error) return;
      setPhase({ kind: 'check' });
      setJoinError(error);
    });
    // requestJoin is a fresh closure every render; this runs once, when the window is known open.
  }, [open]);
  const stopped = useCallback(() => forgetChoices(token), [token]);

  const retry = useRetryCountdown(videoDown && phase.kind === 'check', VIDEO_RETRY_SECONDS, async () => {
    if (pending) setJoinError(await requestJoin(pending.choices, pending.release));
    else await info.refetch();
  });

  if (info.isPending) return <Loading />;
  if (info.error) {
    if (isApiError(info.error) && (info.error.status === 404 || info.error.status === 410)) return <LinkRefused error={info.error} />;
    return (
      <>
        <PageHeading>{t('call.title')}</PageHeading>
        <ErrorNotice error={isApiError(info.error) ? info.error : null} onRetry={() => void info.refetch()} />
      </>
    );
  }
  const data = info.data;

  if (phase.kind === 'rejoining') return <Loading />;
  if (phase.kind === 'call') {
    return (
      <Suspense fallback={<Loading />}>
        <CallScreen
          key={phase.grant.participantToken}
          token={token}
          grant={phase.grant}
          choices={phase.choices}
          onReconnect={() => requestJoin(phase.choices, () => undefined)}
          onStopped={stopped}
        />
      </Suspense>
    );
  }

  const join = async (choices: DeviceChoices, release: () => void) => {
    setJoining(true);
    setJoinError(null);
    setJoinError(await requestJoin(choices, release));
    setJoining(false);
  };

  if (data.window.status === 'ended') return <LinkRefused refusal="ended" role={data.role} />;

  return (
    <>
      <PageHeading>{t('call.title')}</PageHeading>
      <p className="join-intro">{t(`call.intro.${data.role}`)}</p>
      <AppointmentFacts info={data} />
      {data.window.status === 'early' && (
        <NotYetOpen opensAt={data.window.opensAt} timeZone={data.appointment.timeZone} offsetMs={data.offsetMs} onOpen={() => void info.refetch()} />
      )}
      {videoDown && <RetryNotice kind="serverDown" countdown={retry} joins={pending !== null} />}
      {joinError && joinError.code !== 'too_early' && joinError.code !== 'video_unavailable' && <ErrorNotice error={joinError} />}
      {/* While video is down "Join" still works: the page then joins by itself once it is back. */}
      <DeviceCheck key={data.window.status} autoStart={open} joining={joining || pending !== null} onJoin={open ? join : null} cameraNeeded={data.role === 'interpreter'} />
    </>
  );
}
