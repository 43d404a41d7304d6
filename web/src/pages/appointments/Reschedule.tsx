import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAppointment, useReschedule } from '../../api/hooks';
import type { Slot } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';
import { NewTimeForm, useNewTime } from '../../components/slots/NewTimeForm';
import { rescheduleRequest } from '../../components/slots/newTime';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import type { AppointmentsFlash } from './MyAppointments';

function RescheduleForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const q = useAppointment(id);
  const reschedule = useReschedule();
  const time = useNewTime();

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;

  const send = (slot: Slot, anyEmployee: boolean) =>
    reschedule.mutate(
      { id, ...rescheduleRequest(slot, anyEmployee) },
      {
        onSuccess: (updated) => {
          const flash: AppointmentsFlash = { flash: 'rescheduled', reference: updated.reference };
          navigate('/appointments', { state: flash });
        },
      },
    );

  return (
    <>
      <ErrorSummary errors={time.missing ? [{ field: 'start', text: t('errors.chooseTime') }] : []} />
      <PageHeading>{t('reschedule.title')}</PageHeading>
      <p className="lead">
        {t('reschedule.current', { date: formatDateTime(a.start, a.municipality.timeZone, lang), topic: text(a.topic.name) })}
      </p>
      <NewTimeForm
        a={a}
        time={time}
        onSend={send}
        pending={reschedule.isPending}
        error={reschedule.error}
        submitLabel={t('reschedule.submit')}
        cancelTo="/appointments"
      />
    </>
  );
}

export default function Reschedule() {
  const { id = '' } = useParams();
  return <RequireSignIn returnTo={`/appointments/${id}/reschedule`}>{() => <RescheduleForm id={id} />}</RequireSignIn>;
}
