import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/client';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import type { AffectedAppointment, AffectedOutcome } from './types';

/** The booked appointments a new closure or absence would cover, when the API answered 409 appointments_affected. */
export function affectedBy(e: unknown): { error: ApiError; appointments: AffectedAppointment[] } | null {
  if (!isApiError(e) || e.code !== 'appointments_affected') return null;
  const list = (e.body as { error?: { affectedAppointments?: AffectedAppointment[] } } | undefined)?.error?.affectedAppointments;
  return list ? { error: e, appointments: list } : null;
}

/** What was sent and the appointments it would affect: the question on screen. */
export interface Asked<I> {
  input: I;
  affected: NonNullable<ReturnType<typeof affectedBy>>;
}

/**
 * A mutation's onError for a request that may affect booked appointments: a
 * 409 appointments_affected asks the question about `input`; anything else
 * closes it and goes to the form's errors.
 */
export function askOnAffected<I>(input: I, ask: (asked: Asked<I> | null) => void, fail: (e: unknown) => void) {
  return (e: unknown) => {
    const affected = affectedBy(e);
    if (affected) ask({ input, affected });
    else {
      ask(null);
      fail(e);
    }
  };
}

interface AskProps {
  affected: { error: ApiError; appointments: AffectedAppointment[] };
  timeZone: string;
  pending: boolean;
  onDecide: (decision: 'move' | 'cancel') => void;
  onBack: () => void;
  /** The heading's key (with a count); by default "booked appointments in this period". */
  titleKey?: string;
}

/**
 * Asks the admin what becomes of the appointments a closure or absence covers,
 * before anything is saved: move them to the nearest free time, cancel them,
 * or go back. Takes the focus so the question is heard at once.
 */
export function AffectedQuestion({ affected, timeZone, pending, onDecide, onBack, titleKey = 'admin.affected.title' }: AskProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useLocalized();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="notice notice-warning affected" tabIndex={-1} aria-labelledby="affected-heading" data-testid="affected-appointments">
      <h3 id="affected-heading">{t(titleKey, { count: affected.appointments.length })}</h3>
      <p>{text(affected.error.message)}</p>
      <ul className="list">
        {affected.appointments.map((a) => (
          <li key={a.id}>
            <strong>{formatDateTime(a.start, timeZone, lang)}</strong> – {text(a.topic)}
            {a.personFullName && <> – {a.personFullName}</>}
            <span className="hint-inline"> ({t('admin.affected.item', { reference: a.reference ?? '', employee: a.employeeName })})</span>
          </li>
        ))}
      </ul>
      <div className="row-actions">
        <button type="button" className="button" disabled={pending} onClick={() => onDecide('move')}>
          {t('admin.affected.move')}
        </button>
        <button type="button" className="button button-warning" disabled={pending} onClick={() => onDecide('cancel')}>
          {t('admin.affected.cancel')}
        </button>
        <button type="button" className="button button-secondary" disabled={pending} onClick={onBack}>
          {t('admin.affected.back')}
        </button>
      </div>
    </section>
  );
}

/** What became of each covered appointment, after the admin decided, as one sentence per appointment. */
export function useAffectedSummary(timeZone: string) {
  const { t } = useTranslation();
  const lang = useLang();
  return (outcomes: AffectedOutcome[]): string => {
    if (outcomes.length === 0) return '';
    const lines = outcomes.map((o) =>
      o.outcome === 'moved' && o.to
        ? t(o.employeeChanged ? 'admin.affected.movedOther' : 'admin.affected.moved', { reference: o.reference ?? '', when: formatDateTime(o.to.start, timeZone, lang) })
        : t('admin.affected.cancelled', { reference: o.reference ?? '' }),
    );
    return [...lines, t('admin.affected.emailed')].join(' ');
  };
}
