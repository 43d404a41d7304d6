import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Flash } from '../../components/console/AppointmentActions';
import { isActive } from '../../components/console/appointmentActions';
import { useConsoleAction, useConsoleAppointment } from '../../components/console/consoleApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';

/** `/console/appointments/:id/cancel`: the confirmation step; only the button here cancels. */
export default function ConsoleCancel() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const { search } = useLocation(); // the list the appointment was opened from (?list=)
  const q = useConsoleAppointment(id);
  const act = useConsoleAction(id);
  const [reason, setReason] = useState('');

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const tz = a.municipality.timeZone;
  const back = `/console/appointments/${id}${search}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    act.mutate(
      { kind: 'cancel', reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          const flash: Flash = { key: 'console.flash.cancelled' };
          navigate(back, { state: { flash } });
        },
      },
    );
  };

  return (
    <>
      <PageHeading>{t('console.cancel.title')}</PageHeading>
      <div className="notice notice-warning">
        <p className="notice-title">
          {a.person.fullName} · {formatDateTime(a.start, tz, lang)} ({timeZoneName(tz, lang)})
        </p>
        <p>
          {t(`modes.${a.mode}`)} · {text(a.topic.name)} · {t('console.row.reference')}: {a.reference}
        </p>
      </div>
      {!isActive(a) ? (
        <>
          <p className="notice">{t('console.reschedule.notActive')}</p>
          <Link to={back}>{t('common.back')}</Link>
        </>
      ) : (
        <>
          <p>{t('console.cancel.text')}</p>
          <ErrorNotice error={act.error} />
          <form onSubmit={submit} noValidate>
            <TextArea
              field="reason"
              label={t('console.cancel.reason')}
              hint={t('console.cancel.reasonHint')}
              value={reason}
              onChange={setReason}
              maxLength={500}
            />
            <div className="button-group">
              <button type="submit" className="button button-warning" disabled={act.isPending}>
                {t('console.cancel.confirm')}
              </button>
              <Link to={back} className="button button-secondary">
                {t('console.cancel.keep')}
              </Link>
            </div>
          </form>
        </>
      )}
    </>
  );
}
