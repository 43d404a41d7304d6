import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppointment } from '../../api/hooks';
import { AppointmentCard } from '../../components/AppointmentCard';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';

/**
 * One appointment, as its signed-in owner sees it (the e-mails link to the
 * person served's /manage/:token page instead, which needs no sign-in).
 * Opening it changes nothing: rescheduling and cancelling each ask for
 * confirmation on their own page.
 */
function Detail({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useAppointment(id);
  const upcoming = q.data ? q.data.status === 'booked' && new Date(q.data.end) > new Date() : false;
  return (
    <>
      <PageHeading>{t('appointments.detailTitle')}</PageHeading>
      {q.isPending && <Loading />}
      <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      {q.data && <AppointmentCard a={q.data} upcoming={upcoming} />}
      <p>
        <Link to="/appointments">{t('appointments.all')}</Link>
      </p>
    </>
  );
}

export default function AppointmentDetail() {
  const { id = '' } = useParams();
  return <RequireSignIn returnTo={`/appointments/${id}`}>{() => <Detail id={id} />}</RequireSignIn>;
}
