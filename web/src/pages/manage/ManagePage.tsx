import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useManagedAppointment } from '../../api/manage';
import { ErrorNotice } from '../../components/ErrorNotice';
import { signInUrl } from '../../components/Header';
import { Loading } from '../../components/Loading';
import { OutcomeSummary } from '../../components/OutcomeSummary';
import { PageHeading } from '../../components/PageHeading';
import { useLang, useLocalized } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { ManageFacts } from './ManageFacts';
import { MunicipalityContact } from '../../components/MunicipalityContact';

/** What the reschedule page hands back to the new link's page. */
export interface ManageFlash {
  flash: 'rescheduled';
  reference: string;
}

/**
 * `/manage/:token`: the appointment as the person served's e-mail link opens
 * it, signed in or not. Opening it changes nothing (mail scanners open links
 * too): the new time and the cancellation each have their own confirm page.
 */
export default function ManagePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const flash = (useLocation().state as ManageFlash | null)?.flash;
  const q = useManagedAppointment(token);
  const a = q.data;

  return (
    <>
      <PageHeading>{t('manage.title')}</PageHeading>
      {flash === 'rescheduled' && a && (
        <div className="notice notice-success" role="status">
          <p>{t('manage.rescheduled', { reference: a.reference })}</p>
        </div>
      )}
      {q.isPending && <Loading />}
      <ErrorNotice error={q.error} />
      {a && (
        <>
          {a.status !== 'booked' && <p className={`tag tag-${a.status}`}>{t(`status.${a.status}`)}</p>}
          <ManageFacts a={a} />
          {a.outcome && <OutcomeSummary outcome={a.outcome} timeZone={a.municipality.timeZone} headingLevel={2} />}
          {a.topic.requiredDocuments.length > 0 && (
            <details className="details">
              <summary>{t('appointments.documents')}</summary>
              <ul className="list">
                {a.topic.requiredDocuments.map((d) => (
                  <li key={d.el}>{text(d)}</li>
                ))}
              </ul>
            </details>
          )}
          {a.canChange ? (
            <>
              <p>{t('appointments.changeUntil', { date: formatDateTime(a.changeDeadline, a.municipality.timeZone, lang) })}</p>
              <div className="button-group">
                <Link to={`/manage/${token}/reschedule`} className="button">
                  {t('manage.reschedule')}
                </Link>
                <Link to={`/manage/${token}/cancel`} className="button button-warning">
                  {t('manage.cancel')}
                </Link>
              </div>
            </>
          ) : (
            a.status === 'booked' && (
              <p className="notice">
                {t('appointments.cannotChange')}
                <MunicipalityContact m={a.municipality} />
              </p>
            )
          )}
        </>
      )}
      {/* Optional: the link is enough. Signed in, the person also sees all their appointments. */}
      {!(a?.ownedBySignedIn ?? false) && (
        <p className="hint">
          {t('manage.signInHint')} <a href={signInUrl('/appointments')}>{t('manage.signIn')}</a>
        </p>
      )}
    </>
  );
}
