// On the citizen's request, staff download what the municipality holds about
// them; the reason is required and goes to the audit log with the download.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { saveJson } from '../../lib/saveJson';
import { useFormErrors } from '../admin/useFormErrors';
import { ErrorNotice } from '../ErrorNotice';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../fields';
import type { ConsoleAppointment } from './consoleApi';

type DataExport = components['schemas']['PersonalDataExport'];

export function CitizenDataExport({ a }: { a: ConsoleAppointment }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [reason, setReason] = useState('');
  const download = useMutation({
    mutationFn: (why: string) => api.post<DataExport>(`/api/v1/console/appointments/${a.id}/citizen-export`, { reason: why }),
    onSuccess: (data) => saveJson(data, `citizen-data-${data.exportedAt.slice(0, 10)}.json`),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(reason.trim().length < 5 ? [{ field: 'reason', key: 'dataExport.citizen.reasonMissing' }] : [])) return;
    download.mutate(reason.trim(), { onError: errors.fail });
  };

  return (
    <section className="action-section" aria-labelledby="citizen-export-title">
      <h2 id="citizen-export-title">{t('dataExport.citizen.title')}</h2>
      <p className="hint">{t('dataExport.citizen.hint')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors.errors} />
        <ErrorNotice error={errors.general} />
        {download.isSuccess && (
          <p className="notice notice-success" role="status">
            {t('dataExport.citizen.done')}
          </p>
        )}
        <TextField field="reason" label={t('dataExport.citizen.reason')} hint={t('dataExport.citizen.reasonHint')} error={errors.errorFor('reason')} value={reason} onChange={setReason} maxLength={500} />
        <button type="submit" className="button button-secondary" disabled={download.isPending}>
          {t('dataExport.citizen.submit')}
        </button>
      </form>
    </section>
  );
}
