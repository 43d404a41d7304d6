// The employee's actions on one appointment. Each reports success to the page
// (which shows a notice); API errors show here, in the current language.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiError, isApiError } from '../../api/client';
import { useEmployees } from '../../api/hooks';
import { callApi } from '../../call/callApi';
import { useLang } from '../../i18n';
import { formatTime } from '../../lib/dates';
import { fieldId } from '../../wizard/steps';
import { ErrorNotice } from '../ErrorNotice';
import { TextArea } from '../fields';
import { canFinish, canInviteThirdPerson } from './appointmentActions';
import { type ConsoleAppointment, useConsoleAction, useDocumentsEmail, useThirdPersonInvite } from './consoleApi';

export type Flash = { key: string; values?: Record<string, string> };

interface Props {
  a: ConsoleAppointment;
  onDone: (flash: Flash) => void;
}

/** Completed / no-show, offered once the appointment has started. */
export function FinishActions({ a, onDone }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const act = useConsoleAction(a.id);
  if (a.status !== 'booked') return null;
  const ready = canFinish(a, new Date());
  return (
    <section className="action-section" aria-labelledby="finish-title">
      <h2 id="finish-title">{t('console.detail.finishTitle')}</h2>
      {ready ? (
        <>
          <ErrorNotice error={act.error} />
          <div className="button-group">
            <button
              type="button"
              className="button"
              disabled={act.isPending}
              onClick={() => act.mutate({ kind: 'complete' }, { onSuccess: () => onDone({ key: 'console.flash.completed' }) })}
            >
              {t('console.detail.complete')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={act.isPending}
              onClick={() => act.mutate({ kind: 'no-show' }, { onSuccess: () => onDone({ key: 'console.flash.no_show' }) })}
            >
              {t('console.detail.noShow')}
            </button>
          </div>
        </>
      ) : (
        <p className="hint">{t('console.detail.finishLater', { time: formatTime(a.start, a.municipality.timeZone, lang) })}</p>
      )}
    </section>
  );
}

/** Hand the appointment to a colleague who handles this topic and mode. */
export function ReassignForm({ a, onDone }: Props) {
  const { t } = useTranslation();
  const colleagues = useEmployees(a.municipality.id, a.topic.id, a.mode);
  const act = useConsoleAction(a.id);
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const others = (colleagues.data ?? []).filter((e) => e.id !== a.employee?.id);
  const id = fieldId('employeeId');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!choice);
    if (!choice) return;
    const name = others.find((o) => o.id === choice)?.displayName ?? '';
    act.mutate({ kind: 'reassign', employeeId: choice }, { onSuccess: () => onDone({ key: 'console.flash.reassigned', values: { name } }) });
  };

  return (
    <section className="action-section" aria-labelledby="reassign-title">
      <h2 id="reassign-title">{t('console.detail.reassignTitle')}</h2>
      <ErrorNotice error={colleagues.error} />
      {colleagues.isSuccess && others.length === 0 ? (
        <p className="hint">{t('console.detail.reassignNone')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorNotice error={act.error} />
          <div className={`form-group${missing ? ' form-group-error' : ''}`}>
            <label className="label" htmlFor={id}>
              {t('console.detail.reassignLabel')}
            </label>
            <p className="hint" id={`${id}-hint`}>
              {t('console.detail.reassignHint')}
            </p>
            {missing && (
              <p className="field-error" id={`${id}-error`}>
                {t('console.detail.chooseColleague')}
              </p>
            )}
            <select
              id={id}
              className="input select"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              aria-invalid={missing || undefined}
              aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}
            >
              <option value="">{t('console.detail.chooseColleague')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.displayName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={act.isPending || colleagues.isPending}>
            {t('console.detail.reassignSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}

/** E-mail the topic's required documents to the citizen, with an optional note. */
export function DocumentsEmailForm({ a, onDone }: Props) {
  const { t } = useTranslation();
  const send = useDocumentsEmail(a.id);
  const [text, setText] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(text, {
      onSuccess: () => {
        setText('');
        onDone({ key: 'console.flash.documents', values: { email: a.person.email ?? '' } });
      },
    });
  };

  // Booked on the phone without an e-mail: the documents are told on the phone.
  if (!a.person.email) return null;
  const email = a.person.email;

  return (
    <section className="action-section" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('console.detail.documentsTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorNotice error={send.error} />
        <TextArea
          field="documentsText"
          label={t('console.detail.documentsText')}
          hint={t('console.detail.documentsHint', { email })}
          value={text}
          onChange={setText}
          maxLength={2000}
        />
        <button type="submit" className="button" disabled={send.isPending}>
          {t('console.detail.documentsSubmit')}
        </button>
      </form>
    </section>
  );
}

/** Send the third person their invitation to the video call (once per version of the appointment). */
export function ThirdPersonInvite({ a }: { a: ConsoleAppointment }) {
  const { t } = useTranslation();
  const send = useThirdPersonInvite(a.id);
  if (!canInviteThirdPerson(a)) return null;
  return (
    <section className="action-section" aria-labelledby="third-title">
      <h2 id="third-title">{t('console.thirdInvite.title')}</h2>
      <p className="hint">{t('console.thirdInvite.hint', { name: a.thirdPerson?.fullName ?? '' })}</p>
      <ErrorNotice error={send.error} />
      {send.data && (
        <p className="notice notice-success" role="status">
          {t(send.data.alreadyQueued ? 'console.thirdInvite.already' : 'console.thirdInvite.sent')}
        </p>
      )}
      <button type="button" className="button" disabled={send.isPending} onClick={() => send.mutate()}>
        {t('console.thirdInvite.submit')}
      </button>
    </section>
  );
}

/** The colleague named in a join-link refusal `not_your_call`, or null for any other answer. */
function holderOf(error: unknown): string | null {
  if (!isApiError(error) || error.code !== 'not_your_call') return null;
  const name = (error.body as { error?: { holder?: { name?: unknown } } } | undefined)?.error?.holder?.name;
  return typeof name === 'string' ? name : '';
}

/**
 * "Join the video call": the employee who runs the call goes straight in. A
 * colleague is asked first whether to take the call over from the one who
 * runs it (the API refuses them the link until they do, and records it).
 */
export function JoinCallButton({ a }: { a: ConsoleAppointment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [holder, setHolder] = useState<string | null>(null);
  const link = useMutation<{ path: string }, ApiError>({ mutationFn: () => callApi.joinLink(a.id) });
  const takeOver = useMutation<{ path: string }, ApiError>({ mutationFn: () => callApi.takeOverCall(a.id) });

  useEffect(() => {
    if (holder !== null && !dialog.current?.open) dialog.current?.showModal();
  }, [holder]);

  const join = () =>
    link.mutate(undefined, {
      onSuccess: (l) => navigate(l.path),
      onError: (e) => setHolder(holderOf(e)),
    });
  const confirm = () => takeOver.mutate(undefined, { onSuccess: (l) => navigate(l.path) });
  // Esc or "Cancel": nothing changes, and the refusal is not shown as an error.
  const closed = () => {
    setHolder(null);
    link.reset();
    takeOver.reset();
  };

  return (
    <>
      {holder === null && <ErrorNotice error={link.error} />}
      {/* In person the call is the interpreter's, on the counter's screen (the citizen has no link). */}
      {a.mode === 'in_person' && <p>{t('console.detail.joinCounterHint')}</p>}
      <p>
        <button type="button" className="button button-start" disabled={link.isPending} onClick={join}>
          {t(a.mode === 'in_person' ? 'console.detail.joinCounter' : 'console.detail.join')}
        </button>
      </p>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-explain`} onClose={closed}>
        <h2 id={`${id}-title`}>{t('console.detail.takeOver.question', { name: holder ?? '' })}</h2>
        <p id={`${id}-explain`}>{t('console.detail.takeOver.explain', { name: holder ?? '' })}</p>
        <ErrorNotice error={takeOver.error} />
        <div className="button-group">
          <button type="button" className="button" disabled={takeOver.isPending} onClick={confirm}>
            {t('console.detail.takeOver.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            {t('console.detail.takeOver.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
