import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLang, useLocalized } from '../../i18n';
import { formatDay, formatTime, localDate } from '../../lib/dates';
import type { ConsoleAppointment } from './consoleApi';
import { detailHref } from './dayQuery';

/** Status and the special needs an employee must prepare for, as short labels. */
export function AppointmentBadges({ a, className }: { a: ConsoleAppointment; className?: string }) {
  const { t } = useTranslation();
  return (
    <ul className={`badges${className ? ` ${className}` : ''}`}>
      <li className={`tag tag-${a.status}`}>{t(`console.status.${a.status}`)}</li>
      {a.interpretation && <li className="badge badge-interpretation">{t(`console.badges.${a.interpretation}`)}</li>}
      {a.thirdPerson && <li className="badge">{t('console.badges.thirdPerson')}</li>}
      {a.onBehalfOf.kind !== 'self' && <li className="badge">{t(`console.badges.${a.onBehalfOf.kind}`)}</li>}
    </ul>
  );
}

/**
 * One appointment of the day list: the link (person's name) opens it, and
 * carries the list's URL so "back to the list" returns to the same view.
 * `withDate`: a search's answer spans many days.
 */
export function AppointmentRow({ a, withDate = false }: { a: ConsoleAppointment; withDate?: boolean }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const { search } = useLocation();
  const tz = a.municipality.timeZone;
  const start = formatTime(a.start, tz, lang);
  const requested = a.requestedEmployee;
  return (
    <li className={`appt-row appt-row-${a.status}`}>
      <div className="appt-time">
        {withDate && <span className="appt-date">{formatDay(localDate(a.start, tz), lang)}</span>}
        <time dateTime={a.start}>{start}</time>
        <span className="appt-end">
          <span className="visually-hidden">{t('console.row.until')} </span>– {formatTime(a.end, tz, lang)}
        </span>
      </div>
      <div>
        <h3 className="appt-title">
          <Link to={detailHref(a.id, search)}>
            {a.person.fullName}
            <span className="visually-hidden">
              , {withDate && `${formatDay(localDate(a.start, tz), lang)} `}
              {start}
            </span>
          </Link>
        </h3>
        <p className="appt-meta">
          <strong>{t(`modes.${a.mode}`)}</strong> · {text(a.topic.name)}
        </p>
        <p className="appt-meta">
          {t('console.row.reference')}: <span className="reference-small">{a.reference}</span>
          {a.employee && <> · {t('console.row.employee', { name: a.employee.displayName })}</>}
        </p>
        {requested && (
          <p className="appt-meta">
            {t(requested.id === a.employee?.id ? 'console.row.requestedSame' : 'console.row.requested', { name: requested.displayName })}
          </p>
        )}
        <AppointmentBadges a={a} />
      </div>
    </li>
  );
}
