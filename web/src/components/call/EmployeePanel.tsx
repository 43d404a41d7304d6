import { useMutation, useQuery } from '@tanstack/react-query';
import { RoomEvent } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { callApi } from '../../call/callApi';
import type { CallParticipant } from '../../call/types';
import type { CallRoom } from '../../call/useCallRoom';
import { ErrorNotice } from '../ErrorNotice';
import { QualityBadge } from './QualityBadge';

/**
 * Who waits, who is in, who has not come yet; admit or remove. Polled every
 * 3 s and refreshed at once when someone connects or leaves.
 */
export function EmployeePanel({ token, call }: { token: string; call: CallRoom }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['call-participants', token],
    queryFn: ({ signal }) => callApi.participants(token, signal),
    refetchInterval: 3000,
    refetchOnWindowFocus: false,
  });
  const { refetch } = list;
  useEffect(() => {
    const refresh = () => void refetch();
    call.room.on(RoomEvent.ParticipantConnected, refresh).on(RoomEvent.ParticipantDisconnected, refresh);
    return () => {
      call.room.off(RoomEvent.ParticipantConnected, refresh).off(RoomEvent.ParticipantDisconnected, refresh);
    };
  }, [call.room, refetch]);
  const act = useMutation({
    mutationFn: ({ action, identity }: { action: 'admit' | 'remove'; identity: string }) =>
      action === 'admit' ? callApi.admit(token, identity) : callApi.remove(token, identity),
    onSettled: () => void refetch(),
  });

  // Removing someone asks first: a slip of the finger must not drop a person from their appointment.
  const [confirming, setConfirming] = useState<string | null>(null);

  const guests = (list.data?.participants ?? []).filter((p) => p.role !== 'employee');
  const waiting = guests.filter((p) => p.waiting);
  const inCall = guests.filter((p) => p.connected && !p.waiting);
  const away = guests.filter((p) => !p.connected);

  const person = (p: CallParticipant, actions: ('admit' | 'remove')[], state: string) => (
    <li key={p.identity} data-testid={`person-${p.role}`}>
      <span className="person-name">{p.displayName}</span> ({t(`call.roles.${p.role}`)})
      <span className="person-state">{state}</span>
      {p.connected && !p.waiting && call.room.remoteParticipants.has(p.identity) && (
        <span className="person-state person-quality">
          <QualityBadge participant={call.room.remoteParticipants.get(p.identity)!} />
        </span>
      )}
      {confirming === p.identity ? (
        <ConfirmRemove
          name={p.displayName}
          busy={act.isPending}
          onConfirm={() => act.mutate({ action: 'remove', identity: p.identity }, { onSettled: () => setConfirming(null) })}
          onCancel={() => setConfirming(null)}
        />
      ) : (
        actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button${action === 'remove' ? ' button-secondary' : ''}`}
            disabled={act.isPending}
            onClick={() => (action === 'remove' ? setConfirming(p.identity) : act.mutate({ action, identity: p.identity }))}
          >
            {t(`call.panel.${action}`)}
            <span className="visually-hidden"> {p.displayName}</span>
          </button>
        ))
      )}
    </li>
  );

  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('call.panel.title')}</h2>
      {list.error && <ErrorNotice error={isApiError(list.error) ? list.error : null} />}
      {act.error && <ErrorNotice error={isApiError(act.error) ? act.error : null} />}
      <h3>{t('call.panel.waiting', { count: waiting.length })}</h3>
      {waiting.length ? <ul className="people">{waiting.map((p) => person(p, ['admit', 'remove'], t('call.panel.isWaiting')))}</ul> : <p className="hint">{t('call.panel.nobodyWaiting')}</p>}
      <h3>{t('call.panel.inCall')}</h3>
      {inCall.length ? <ul className="people">{inCall.map((p) => person(p, ['remove'], t('call.panel.isIn')))}</ul> : <p className="hint">{t('call.panel.nobodyIn')}</p>}
      {away.length > 0 && (
        <>
          <h3>{t('call.panel.notYet')}</h3>
          <ul className="people">{away.map((p) => person(p, p.admitted ? [] : ['admit'], p.admitted ? t('call.panel.admittedAhead') : t('call.panel.notConnected')))}</ul>
        </>
      )}
    </section>
  );
}

/** "Remove X from the call?": the question takes the focus; "No" is as easy to reach as "Yes". */
function ConfirmRemove({ name, busy, onConfirm, onCancel }: { name: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div className="confirm-remove" role="group" aria-label={t('call.panel.confirmRemove', { name })} data-testid="confirm-remove">
      <p ref={question} tabIndex={-1} className="confirm-question">
        {t('call.panel.confirmRemove', { name })}
      </p>
      <p className="hint">{t('call.panel.confirmRemoveHint')}</p>
      <button type="button" className="button button-warning" onClick={onConfirm} disabled={busy}>
        {t('call.panel.confirmRemoveYes')}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
        {t('call.panel.confirmRemoveNo')}
      </button>
    </div>
  );
}
