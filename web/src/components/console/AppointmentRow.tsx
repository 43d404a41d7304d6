import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang, useLocalized } from '../../i18n';
import { formatTime } from '../../lib/dates';
import type { ConsoleAppointment } from './consoleApi';

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

/** One appointment of the day list: the link (person's name) opens it. */
export function AppointmentRow({ a }: { a: ConsoleAppointment }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const tz = a.municipality.timeZone;
  const start = formatTime(a.start, tz, lang);
  return (
    <li className={`appt-row appt-row-${a.status}`}>
      <div className="appt-time">
        <time dateTime={a.start}>{start}</time>
        <span className="appt-end">
          <span className="visually-hidden">{t('console.row.until')} </span>– {formatTime(a.end, tz, lang)}
        </span>
      </div>
      <div>
        <h3 className="appt-title">
          <Link to={`/console/appointments/${a.id}`}>
            {a.person.fullName}
            <span className="visually-hidden">, {start}</span>
          </Link>
        </h3>
        <p className="appt-meta">
          <strong>{t(`modes.${a.mode}`)}</strong> · {text(a.topic.name)}
        </p>
        <p className="appt-meta">
          {t('console.row.reference')}: <span className="reference-small">{a.reference}</span>
          {a.employee && <> · {t('console.row.employee', { name: a.employee.displayName })}</>}
        </p>
        <AppointmentBadges a={a} />
      </div>
    </li>
  );
}
