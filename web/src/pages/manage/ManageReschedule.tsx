import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { managePage, useManagedAppointment, useManageReschedule } from '../../api/manage';
import type { Slot } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { NewTimeForm, useNewTime } from '../../components/slots/NewTimeForm';
import { rescheduleRequest } from '../../components/slots/newTime';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import type { ManageFlash } from './ManagePage';

/** `/manage/:token/reschedule`: a new time, confirmed with the button (POST); the old link stops working. */
export default function ManageReschedule() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const q = useManagedAppointment(token);
  const reschedule = useManageReschedule(token);
  const time = useNewTime();

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} />;
  const a = q.data;

  const send = (slot: Slot, anyEmployee: boolean) =>
    reschedule.mutate(rescheduleRequest(slot, anyEmployee), {
      onSuccess: (moved) => {
        const flash: ManageFlash = { flash: 'rescheduled', reference: moved.reference };
        // The answer carries the new version's link: the page goes on with it.
        navigate(moved.managePath ?? managePage(token), { replace: true, state: flash });
      },
    });

  return (
    <>
      <ErrorSummary errors={time.missing ? [{ field: 'start', text: t('errors.chooseTime') }] : []} />
      <PageHeading>{t('reschedule.title')}</PageHeading>
      <p className="lead">{t('reschedule.current', { date: formatDateTime(a.start, a.municipality.timeZone, lang), topic: text(a.topic.name) })}</p>
      <NewTimeForm
        a={a}
        time={time}
        onSend={send}
        pending={reschedule.isPending}
        error={reschedule.error}
        submitLabel={t('reschedule.submit')}
        cancelTo={managePage(token)}
      />
    </>
  );
}
