import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AppointmentRow } from '../../components/console/AppointmentRow';
import { useConsoleAppointments } from '../../components/console/consoleApi';
import { useConsole } from '../../components/console/ConsoleContext';
import { DayFilters } from '../../components/console/DayFilters';
import { type DayQuery, dayQueryParams, dayRange, parseDayQuery } from '../../components/console/dayQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TimeZoneNote } from '../../components/slots/TimeZoneNote';
import { useLang } from '../../i18n';
import { daysBetween, formatDay, localDate } from '../../lib/dates';

/** `/console`: the appointments of a day (or a week), in the municipality's time zone. */
export default function ConsoleDay() {
  const { t } = useTranslation();
  const lang = useLang();
  const { municipality, membership } = useConsole();
  const tz = municipality.timeZone;
  const today = localDate(new Date(), tz);
  const [params, setParams] = useSearchParams();
  const q = parseDayQuery(params, today);
  const { from, to } = dayRange(q);
  const list = useConsoleAppointments({
    date: from,
    to,
    mode: q.mode,
    status: q.status,
    employeeId: q.mine ? membership.employeeId : null,
  });
  const change = (next: DayQuery) => setParams(dayQueryParams(next, today), { replace: next.date === q.date });
  const rows = list.data ?? [];
  const days = daysBetween(from, to);

  return (
    <>
      <PageHeading>{t('console.day.title')}</PageHeading>
      <TimeZoneNote timeZone={tz} />
      <DayFilters q={q} today={today} modes={municipality.modes} onChange={change} />
      <p className="result-count" role="status">
        {list.isSuccess &&
          t('console.day.count', {
            count: rows.length,
            range: from === to ? formatDay(from, lang, 'long') : `${formatDay(from, lang)} – ${formatDay(to, lang)}`,
          })}
      </p>
      {list.isPending && <Loading />}
      <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      {list.isSuccess &&
        days.map((d) => {
          const ofDay = rows.filter((a) => localDate(a.start, tz) === d);
          return (
            <section key={d} className="appt-day" aria-labelledby={`day-${d}`}>
              <h2 id={`day-${d}`}>
                {formatDay(d, lang, 'long')}
                {d === today && <> ({t('console.day.today')})</>}
              </h2>
              {ofDay.length === 0 ? (
                <p className="hint">{t('console.day.none')}</p>
              ) : (
                <ol className="appt-list">
                  {ofDay.map((a) => (
                    <AppointmentRow key={a.id} a={a} />
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      <p>
        <Link to="/console/book" className="button button-secondary">
          {t('console.bar.book')}
        </Link>
      </p>
    </>
  );
}
