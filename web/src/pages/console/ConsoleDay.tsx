import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AppointmentRow } from '../../components/console/AppointmentRow';
import { type ConsoleAppointment, consoleCsvUrl, useConsoleAppointments, useConsoleFilters } from '../../components/console/consoleApi';
import { useConsole } from '../../components/console/ConsoleContext';
import { DayFilters } from '../../components/console/DayFilters';
import { type DayQuery, dayQueryParams, dayRange, listRequest, parseDayQuery } from '../../components/console/dayQuery';
import '../../components/console/dayList.css';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TimeZoneNote } from '../../components/slots/TimeZoneNote';
import { useLang, useLocalized } from '../../i18n';
import { daysBetween, formatDay, localDate } from '../../lib/dates';

/**
 * `/console`: the appointments of a day (or a week), in the municipality's
 * time zone, or the answer of a search over every date. Printable (only the
 * list) and downloadable as a CSV file.
 */
export default function ConsoleDay() {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useLocalized();
  const { municipality, membership } = useConsole();
  const tz = municipality.timeZone;
  const today = localDate(new Date(), tz);
  const [params, setParams] = useSearchParams();
  const q = parseDayQuery(params, today);
  const { from, to } = dayRange(q);
  const request = listRequest(q, membership.employeeId);
  const list = useConsoleAppointments(request);
  const options = useConsoleFilters();
  // A new date or search adds a history entry (so "back" returns to the previous day or to the list); a filter replaces it.
  const change = (next: DayQuery) => setParams(dayQueryParams(next, today), { replace: next.date === q.date && next.q === q.q });
  const rows = list.data ?? [];
  const days = daysBetween(from, to);
  const range = from === to ? formatDay(from, lang, 'long') : `${formatDay(from, lang)} – ${formatDay(to, lang)}`;

  // What the printout's heading says the list is.
  const narrowed = [
    q.mode && t(`modes.${q.mode}`),
    q.status && t(`console.status.${q.status}`),
    q.topic && options.data && text(options.data.topics.find((tp) => tp.id === q.topic)?.name ?? { el: '', en: '' }),
    q.employee === 'mine' ? t('console.day.onlyMine') : q.employee && options.data?.employees.find((e) => e.id === q.employee)?.displayName,
  ].filter(Boolean);

  return (
    <div className="console-day">
      <PageHeading>{t('console.day.title')}</PageHeading>
      <TimeZoneNote timeZone={tz} />
      <DayFilters q={q} today={today} modes={municipality.modes} options={options.data} onChange={change} />
      <p className="print-only print-title">
        {text(municipality.name)} · {q.q ? t('console.search.printTitle', { term: q.q }) : range}
        {narrowed.length > 0 && ` · ${narrowed.join(', ')}`}
      </p>
      <div className="list-heading">
        <p className="result-count" role="status">
          {list.isSuccess &&
            (q.q ? t('console.search.count', { count: rows.length, term: q.q }) : t('console.day.count', { count: rows.length, range }))}
        </p>
        {list.isSuccess && rows.length > 0 && (
          <div className="list-tools">
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('console.day.print')}
            </button>
            <a className="button button-secondary" href={consoleCsvUrl(request, lang)} download>
              {t('console.day.export')}
            </a>
          </div>
        )}
      </div>
      {list.isPending && <Loading />}
      <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      {list.isSuccess && q.q && <SearchResults rows={rows} />}
      {list.isSuccess &&
        !q.q &&
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
      <p className="no-print">
        <Link to="/console/book" className="button button-secondary">
          {t('console.bar.book')}
        </Link>
      </p>
    </div>
  );
}

/** A search's answer: latest first, each row with its date. */
function SearchResults({ rows }: { rows: ConsoleAppointment[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="hint">{t('console.search.none')}</p>;
  return (
    <section className="appt-day" aria-label={t('console.search.resultsTitle')}>
      <ol className="appt-list">
        {rows.map((a) => (
          <AppointmentRow key={a.id} a={a} withDate />
        ))}
      </ol>
      {rows.length >= 50 && <p className="hint">{t('console.search.limited', { count: 50 })}</p>}
    </section>
  );
}
