import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Slot } from '../../api/types';
import type { Flash } from '../../components/console/AppointmentActions';
import { isActive } from '../../components/console/appointmentActions';
import { useConsoleAction, useConsoleAppointment } from '../../components/console/consoleApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { NewTimeForm, useNewTime } from '../../components/slots/NewTimeForm';
import { rescheduleRequest } from '../../components/slots/newTime';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';

/** `/console/appointments/:id/reschedule`: a new free time for the same topic, mode and interpretation. */
export default function ConsoleReschedule() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const { search } = useLocation(); // the list the appointment was opened from (?list=)
  const q = useConsoleAppointment(id);
  const act = useConsoleAction(id);
  const time = useNewTime();

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const tz = a.municipality.timeZone;
  const back = `/console/appointments/${id}${search}`;

  const send = (slot: Slot, anyEmployee: boolean) =>
    act.mutate(
      { kind: 'reschedule', ...rescheduleRequest(slot, anyEmployee) },
      {
        onSuccess: (moved) => {
          const flash: Flash = { key: 'console.flash.rescheduled', values: { date: formatDateTime(moved.start, tz, lang) } };
          navigate(back, { state: { flash } });
        },
      },
    );

  return (
    <>
      <Link to={back} className="back-link">
        {t('common.back')}
      </Link>
      <ErrorSummary errors={time.missing ? [{ field: 'start', text: t('errors.chooseTime') }] : []} />
      <PageHeading>{t('console.reschedule.title', { name: a.person.fullName })}</PageHeading>
      <p className="lead">
        {t('console.reschedule.current', { date: formatDateTime(a.start, tz, lang), topic: text(a.topic.name), mode: t(`modes.${a.mode}`) })}
      </p>
      {!isActive(a) ? (
        <p className="notice">{t('console.reschedule.notActive')}</p>
      ) : (
        <NewTimeForm
          a={a}
          time={time}
          onSend={send}
          pending={act.isPending}
          error={act.error}
          submitLabel={t('console.reschedule.submit')}
          cancelTo={back}
        >
          <p>{t('console.reschedule.notify')}</p>
        </NewTimeForm>
      )}
    </>
  );
}
