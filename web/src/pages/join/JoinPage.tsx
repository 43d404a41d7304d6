import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ApiError, isApiError } from '../../api/client';
import { callApi } from '../../call/callApi';
import type { DeviceChoices, JoinGrant } from '../../call/types';
import { useJoinInfo } from '../../call/useJoinInfo';
import { AppointmentFacts } from '../../components/call/AppointmentFacts';
import { DeviceCheck } from '../../components/call/DeviceCheck';
import { LinkRefused } from '../../components/call/LinkRefused';
import { NotYetOpen } from '../../components/call/NotYetOpen';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';

// The video client (livekit-client) loads only here, and starts loading as soon
// as the page opens so that "Join" does not wait for it.
const loadCallScreen = () => import('../../components/call/CallScreen');
const CallScreen = lazy(loadCallScreen);

type Phase = { kind: 'check' } | { kind: 'call'; grant: JoinGrant; choices: DeviceChoices };

/**
 * /join/:token — the link from the e-mail. Opening it only reads (GET); the
 * device check comes first; "Join" asks the API for a LiveKit token (POST).
 */
export default function JoinPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const info = useJoinInfo(token);
  const [phase, setPhase] = useState<Phase>({ kind: 'check' });
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState<ApiError | null>(null);
  const open = info.data?.window.status === 'open';
  useEffect(() => {
    if (open) void loadCallScreen();
  }, [open]);

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

  if (phase.kind === 'call') {
    return (
      <Suspense fallback={<Loading />}>
        <CallScreen token={token} grant={phase.grant} choices={phase.choices} onRejoin={() => setPhase({ kind: 'check' })} />
      </Suspense>
    );
  }

  const join = async (choices: DeviceChoices, release: () => void) => {
    setJoining(true);
    setJoinError(null);
    try {
      const grant = await callApi.join(token);
      release(); // LiveKit opens the devices itself
      setPhase({ kind: 'call', grant, choices });
    } catch (e) {
      if (isApiError(e) && (e.code === 'too_early' || e.status === 410 || e.status === 404)) void info.refetch();
      setJoinError(isApiError(e) ? e : null);
    } finally {
      setJoining(false);
    }
  };

  if (data.window.status === 'ended') return <LinkRefused refusal="ended" />;

  return (
    <>
      <PageHeading>{t('call.title')}</PageHeading>
      <p className="lead">{t(`call.intro.${data.role}`)}</p>
      <AppointmentFacts info={data} />
      {data.window.status === 'early' && (
        <NotYetOpen opensAt={data.window.opensAt} timeZone={data.appointment.timeZone} offsetMs={data.offsetMs} onOpen={() => void info.refetch()} />
      )}
      {!data.videoAvailable && (
        <div className="notice notice-warning" role="alert">
          <p>{t('call.videoUnavailable')}</p>
        </div>
      )}
      {joinError && joinError.code !== 'too_early' && <ErrorNotice error={joinError} />}
      <DeviceCheck key={data.window.status} autoStart={open} joining={joining} onJoin={open && data.videoAvailable ? join : null} />
    </>
  );
}
