import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { myDataExportUrl, useMyAppointments } from '../../api/hooks';
import { AppointmentCard } from '../../components/AppointmentCard';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';

export interface AppointmentsFlash {
  flash: 'cancelled' | 'rescheduled';
  reference: string;
}

function List() {
  const { t } = useTranslation();
  const location = useLocation();
  const flash = location.state as AppointmentsFlash | null;
  const q = useMyAppointments();

  return (
    <>
      {flash?.flash && (
        <div className="notice notice-success" role="status">
          {t(`appointments.flash.${flash.flash}`, { reference: flash.reference })}
        </div>
      )}
      <PageHeading>{t('appointments.title')}</PageHeading>
      <p>
        <Link to="/book" className="button">
          {t('home.bookButton')}
        </Link>
      </p>
      {q.isPending && <Loading />}
      <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      {q.isSuccess && (
        <>
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('appointments.upcoming')}</h2>
            {q.data.upcoming.length === 0 && <p>{t('appointments.noneUpcoming')}</p>}
            {q.data.upcoming.map((a) => (
              <AppointmentCard key={a.id} a={a} upcoming />
            ))}
          </section>
          <section aria-labelledby="past-title">
            <h2 id="past-title">{t('appointments.past')}</h2>
            {q.data.past.length === 0 && <p>{t('appointments.nonePast')}</p>}
            {q.data.past.map((a) => (
              <AppointmentCard key={a.id} a={a} upcoming={false} />
            ))}
          </section>
        </>
      )}
      <section aria-labelledby="my-data-title">
        <h2 id="my-data-title">{t('dataExport.mine.title')}</h2>
        <p className="hint">{t('dataExport.mine.hint')}</p>
        <p>
          {/* A plain link: the session cookie authenticates the download (a GET changes nothing). */}
          <a href={myDataExportUrl()} download className="button button-secondary">
            {t('dataExport.mine.download')}
          </a>
        </p>
      </section>
    </>
  );
}

export default function MyAppointments() {
  return <RequireSignIn returnTo="/appointments">{() => <List />}</RequireSignIn>;
}
