import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AffectedQuestion, type Asked, askOnAffected, useAffectedSummary } from '../../components/admin/AffectedAppointments';
import { type AbsenceInput, useAbsences, useAddAbsence, useRemoveAbsence } from '../../components/admin/adminApi';
import { ConfirmDelete, SavedNotice } from '../../components/admin/controls';
import { zonedToInstant } from '../../components/admin/formValues';
import type { Problem } from '../../components/admin/hours';
import type { AdminEmployee } from '../../components/admin/types';
import { useFormErrors } from '../../components/admin/useFormErrors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';

/** An employee's leave and other absences: no appointments are offered with them then. */
export function Absences({ employee, timeZone }: { employee: AdminEmployee; timeZone: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useAbsences(employee.id);
  const add = useAddAbsence(employee.id);
  const remove = useRemoveAbsence(employee.id);
  const errors = useFormErrors();
  const [form, setForm] = useState({ start: '', end: '', reason: '' });
  const [notice, setNotice] = useState<{ n: number; text: string } | null>(null);
  const say = (text: string) => setNotice((p) => ({ n: (p?.n ?? 0) + 1, text }));
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const when = (instant: string) => formatDateTime(instant, timeZone, lang);
  // Booked appointments inside the absence: asked about before anything is saved.
  const [asked, setAsked] = useState<Asked<AbsenceInput> | null>(null);
  const summary = useAffectedSummary(timeZone);

  const send = (input: AbsenceInput) =>
    add.mutate(input, {
      onSuccess: (a) => {
        setForm({ start: '', end: '', reason: '' });
        setAsked(null);
        say([t('admin.absences.added', { from: when(a.start), to: when(a.end) }), summary(a.affectedAppointments)].filter(Boolean).join(' '));
      },
      onError: askOnAffected(input, setAsked, errors.fail),
    });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const start = zonedToInstant(form.start, timeZone);
    const end = zonedToInstant(form.end, timeZone);
    const problems: Problem[] = [];
    if (!start) problems.push({ field: 'start', key: 'admin.errors.dateTime' });
    if (!end) problems.push({ field: 'end', key: 'admin.errors.dateTime' });
    else if (start && end <= start) problems.push({ field: 'end', key: 'admin.errors.endAfterStart' });
    if (!errors.check(problems) || !start || !end) return;
    send({ start, end, reason: form.reason.trim() || null });
  };

  return (
    <section className="admin-section" aria-labelledby="absences-heading">
      <h2 id="absences-heading">{t('admin.absences.title')}</h2>
      <p>{t('admin.absences.intro')}</p>
      <SavedNotice key={notice?.n ?? 0} message={notice?.text ?? null} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p className="hours-closed">{t('admin.absences.none')}</p>
      ) : (
        <>
          <ErrorNotice error={remove.error} />
          <ul className="list">
            {list.data.map((a) => {
              const what = t('admin.absences.range', { from: when(a.start), to: when(a.end) });
              return (
                <li key={a.id}>
                  <div className="row-actions">
                    <span>
                      {what}
                      {a.reason && <span className="hint-inline"> – {a.reason}</span>}
                    </span>
                    <ConfirmDelete
                      what={what}
                      label={t('admin.absences.remove')}
                      question={t('admin.absences.confirm')}
                      pending={remove.isPending}
                      onConfirm={() => remove.mutate(a.id, { onSuccess: () => say(t('admin.absences.removed', { what })) })}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <form onSubmit={onSubmit} noValidate aria-labelledby="add-absence-heading">
        <h3 id="add-absence-heading">{t('admin.absences.addTitle')}</h3>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        <p className="hint">{t('admin.absences.zoneHint', { zone: timeZoneName(timeZone, lang) })}</p>
        <div className="inline-fields">
          <TextField field="start" type="datetime-local" label={t('admin.absences.start')} className="input-medium" value={form.start} error={errors.errorFor('start')} onChange={set('start')} />
          <TextField field="end" type="datetime-local" label={t('admin.absences.end')} className="input-medium" value={form.end} error={errors.errorFor('end')} onChange={set('end')} />
        </div>
        <TextField field="reason" label={t('admin.absences.reason')} hint={t('admin.common.optional')} value={form.reason} error={errors.errorFor('reason')} onChange={set('reason')} />
        {asked ? (
          <AffectedQuestion
            affected={asked.affected}
            timeZone={timeZone}
            pending={add.isPending}
            onDecide={(decision) => send({ ...asked.input, affectedAppointments: decision })}
            onBack={() => setAsked(null)}
          />
        ) : (
          <button type="submit" className="button" disabled={add.isPending}>
            {t('admin.absences.add')}
          </button>
        )}
      </form>
    </section>
  );
}
