// The employee records what came of the appointment and the next steps; the
// citizen is e-mailed them and sees them in "My appointments".
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { fieldId } from '../../wizard/steps';
import { useFormErrors } from '../admin/useFormErrors';
import { ErrorNotice } from '../ErrorNotice';
import { ErrorSummary } from '../ErrorSummary';
import { describedBy, FieldGroup, RadioGroup, TextField } from '../fields';
import { OutcomeSummary } from '../OutcomeSummary';
import type { Flash } from './AppointmentActions';
import type { ConsoleAppointment } from './consoleApi';
import { canRecordOutcome, draftOf, OUTCOME_KINDS, type Outcome, type OutcomeDraft, type OutcomeRequest, outcomeLocked, outcomeProblems, toOutcomeRequest } from './outcomeForm';

interface Saved {
  outcome: Outcome;
  changed: boolean;
  citizenNotified: boolean;
}

function useSaveOutcome(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OutcomeRequest) => api.put<Saved>(`/api/v1/console/appointments/${id}/outcome`, body),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['appointment', id] }), qc.invalidateQueries({ queryKey: ['console'] })]),
  });
}

/** A multi-line box whose error sits on it (the shared TextArea has none). */
function Box({ field, label, hint, error, value, onChange, maxLength, rows = 4 }: { field: string; label: string; hint?: string; error?: string; value: string; onChange: (v: string) => void; maxLength: number; rows?: number }) {
  const id = fieldId(field);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={field}
        className="input textarea"
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldGroup>
  );
}

export function OutcomeSection({ a, onDone }: { a: ConsoleAppointment; onDone: (flash: Flash) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = new Date();
  const current = a.outcome ?? null;
  const save = useSaveOutcome(a.id);
  const errors = useFormErrors();
  const [draft, setDraft] = useState<OutcomeDraft>(() => draftOf(current));
  const set = <K extends keyof OutcomeDraft>(k: K, v: OutcomeDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  if (!canRecordOutcome(a, now) && !current) return null;
  const locked = outcomeLocked(current, now);
  const tz = a.municipality.timeZone;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(outcomeProblems(draft))) return;
    save.mutate(toOutcomeRequest(draft), {
      onSuccess: (r) =>
        onDone({
          key: !r.changed ? 'outcome.flash.unchanged' : r.citizenNotified ? 'outcome.flash.sent' : 'outcome.flash.savedNoEmail',
          values: { email: a.person.email ?? '' },
        }),
      onError: errors.fail,
    });
  };

  return (
    <section className="action-section" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('outcome.form.title')}</h2>
      {current && <OutcomeSummary outcome={current} timeZone={tz} headingLevel={3} />}
      {locked ? (
        <p className="hint">{t('outcome.form.locked')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors.errors} />
          <ErrorNotice error={errors.general} />
          {current && <p className="hint">{t('outcome.form.editableUntil', { date: formatDateTime(current.editableUntil, tz, lang) })}</p>}
          {!a.person.email && !a.person.textsTo && <p className="hint">{t('outcome.form.noEmail')}</p>}
          <RadioGroup
            field="kind"
            legend={t('outcome.form.kind')}
            options={OUTCOME_KINDS.map((k) => ({ value: k, label: t(`outcome.kinds.${k}`) }))}
            value={draft.kind || null}
            onChange={(k) => set('kind', k)}
            error={errors.errorFor('kind')}
          />
          <Box field="text" label={t('outcome.form.text')} hint={t('outcome.form.textHint')} error={errors.errorFor('text')} value={draft.text} onChange={(v) => set('text', v)} maxLength={2000} />
          <Box field="documents" label={t('outcome.form.documents')} hint={t('outcome.form.documentsHint')} error={errors.errorFor('documents')} value={draft.documents} onChange={(v) => set('documents', v)} maxLength={4200} rows={3} />
          <TextField field="followUpOn" type="date" className="input-medium" label={t('outcome.form.followUpOn')} hint={t('outcome.form.followUpHint')} error={errors.errorFor('followUpOn')} value={draft.followUpOn} onChange={(v) => set('followUpOn', v)} />
          <button type="submit" className="button" disabled={save.isPending}>
            {t(current ? 'outcome.form.submitCorrection' : 'outcome.form.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
