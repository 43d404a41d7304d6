import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { calendarUrl } from '../api/hooks';
import type { Appointment } from '../api/types';
import { useLang, useLocalized } from '../i18n';
import { formatDateTime, timeZoneName } from '../lib/dates';
import { AppointmentFactRows } from './AppointmentFacts';
import { MunicipalityContact } from './MunicipalityContact';
import { onBehalfText } from './booking/onBehalf';
import { OutcomeSummary } from './OutcomeSummary';

/** For whom it was booked, when not for oneself: the person who attends and who booked it, or the company. */
function OnBehalfRow({ a }: { a: Appointment }) {
  const { t } = useTranslation();
  const o = a.onBehalfOf;
  if (o.kind === 'self') return null;
  return (
    <div>
      <dt>{t('review.onBehalf')}</dt>
      <dd data-testid="card-on-behalf">
        {o.kind === 'business' ? onBehalfText(t, o) : `${a.person.fullName} – ${onBehalfText(t, o)}`}
      </dd>
    </div>
  );
}

/** One appointment in "My appointments", with what can be done about it. */
export function AppointmentCard({ a, upcoming }: { a: Appointment; upcoming: boolean }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const tz = a.municipality.timeZone;
  const active = upcoming && a.status === 'booked';
  const headingId = `appointment-${a.id}`;
  // Several cards repeat the same actions: say which appointment each link is for.
  const which = <span className="visually-hidden"> – {formatDateTime(a.start, tz, lang)}</span>;

  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {formatDateTime(a.start, tz, lang)}
        <span className="card-zone"> ({timeZoneName(tz, lang)})</span>
      </h3>
      {a.status !== 'booked' && <p className={`tag tag-${a.status}`}>{t(`status.${a.status}`)}</p>}
      <dl className="card-facts">
        <AppointmentFactRows a={a} />
        <OnBehalfRow a={a} />
      </dl>
      {a.outcome && <OutcomeSummary outcome={a.outcome} timeZone={tz} headingLevel={4} />}
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
      {active && (
        <ul className="card-actions">
          {a.mode === 'video' && (
            <li>
              <Link to={`/call/${a.id}`} className="button">
                {t('appointments.join')}
                {which}
              </Link>
            </li>
          )}
          <li>
            <a href={calendarUrl(a.id)} download>
              {t('appointments.addToCalendar')}
              {which}
            </a>
          </li>
          {a.canChange ? (
            <>
              <li>
                <Link to={`/appointments/${a.id}/reschedule`}>
                  {t('appointments.reschedule')}
                  {which}
                </Link>
              </li>
              <li>
                <Link to={`/appointments/${a.id}/cancel`}>
                  {t('appointments.cancel')}
                  {which}
                </Link>
              </li>
            </>
          ) : (
            <li className="hint">
              {t('appointments.cannotChange')}
              <MunicipalityContact m={a.municipality} />
            </li>
          )}
        </ul>
      )}
      {active && a.canChange && a.changeDeadline && (
        <p className="hint">{t('appointments.changeUntil', { date: formatDateTime(a.changeDeadline, tz, lang) })}</p>
      )}
    </article>
  );
}
