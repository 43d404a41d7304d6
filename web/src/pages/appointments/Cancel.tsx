import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAppointment, useCancelAppointment } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';
import type { AppointmentsFlash } from './MyAppointments';

/** Cancelling needs an explicit confirmation and a POST: a link alone never cancels. */
function CancelForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const q = useAppointment(id);
  const cancel = useCancelAppointment();
  const [reason, setReason] = useState('');

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const tz = a.municipality.timeZone;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    cancel.mutate(
      { id, reason: reason.trim() || undefined },
      {
        onSuccess: (c) => {
          const flash: AppointmentsFlash = { flash: 'cancelled', reference: c.reference };
          navigate('/appointments', { state: flash });
        },
      },
    );
  };

  return (
    <>
      <PageHeading>{t('cancel.title')}</PageHeading>
      <div className="notice notice-warning">
        <p className="notice-title">
          {formatDateTime(a.start, tz, lang)} ({timeZoneName(tz, lang)})
        </p>
        <p>
          {t(`modes.${a.mode}`)} · {text(a.topic.name)} · {text(a.municipality.name)}
        </p>
        <p>{t('appointments.reference')}: {a.reference}</p>
      </div>
      <ErrorNotice error={cancel.error} />
      <form onSubmit={submit} noValidate>
        <TextArea field="reason" label={t('cancel.reason')} hint={t('cancel.reasonHint')} value={reason} onChange={setReason} maxLength={500} />
        <div className="button-group">
          <button type="submit" className="button button-warning" disabled={cancel.isPending}>
            {t('cancel.confirm')}
          </button>
          <Link to="/appointments" className="button button-secondary">
            {t('cancel.keep')}
          </Link>
        </div>
      </form>
    </>
  );
}

export default function Cancel() {
  const { id = '' } = useParams();
  return <RequireSignIn returnTo={`/appointments/${id}/cancel`}>{() => <CancelForm id={id} />}</RequireSignIn>;
}
