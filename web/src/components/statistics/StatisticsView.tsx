import './statistics.css';
import { type FormEvent, lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { ErrorNotice } from '../ErrorNotice';
import { TextField } from '../fields';
import { Loading } from '../Loading';
import { type BreakdownRow, csvUrl, type Period, type PublishedCount, type Statistics, type StatisticsScope, type StatisticsTable, useStatistics } from './statisticsApi';

// Chart.js comes only with this page, in its own chunk.
const BarChart = lazy(() => import('./BarChart'));

const PARTS = ['completed', 'noShow', 'cancelledByCitizen', 'cancelledByMunicipality', 'booked'] as const;
const COLORS: Record<(typeof PARTS)[number], string> = {
  completed: '#00703c',
  noShow: '#d4351c',
  cancelledByCitizen: '#f47738',
  cancelledByMunicipality: '#5694ca',
  booked: '#505a5f',
};

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const dayAfter = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return isoDay(new Date(y!, m! - 1, d! + 1));
};
const dayBefore = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return isoDay(new Date(y!, m! - 1, d! - 1));
};

/** The last twelve months up to today. */
function defaultPeriod(): Period {
  const now = new Date();
  return { from: isoDay(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: dayAfter(isoDay(now)) };
}

/** The statistics of a municipality or of the platform: a period picker, then each table with its chart and its CSV file. */
export function StatisticsView({ scope }: { scope: StatisticsScope }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(defaultPeriod);
  const stats = useStatistics(scope, period);
  return (
    <>
      <PeriodPicker period={period} onChange={setPeriod} />
      <p className="statistics-note">{t('statistics.rule')}</p>
      {stats.isPending ? <Loading /> : stats.isError ? <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} /> : <Tables s={stats.data} scope={scope} period={period} />}
    </>
  );
}

function PeriodPicker({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [last, setLast] = useState(dayBefore(period.to));
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!from || !last || last < from) return setError(t('statistics.period.order'));
    setError(undefined);
    onChange({ from, to: dayAfter(last) });
  };
  return (
    <form className="statistics-period" onSubmit={submit} aria-label={t('statistics.period.label')}>
      <TextField field="from" type="date" label={t('statistics.period.from')} value={from} onChange={setFrom} />
      <TextField field="last" type="date" label={t('statistics.period.last')} value={last} onChange={setLast} error={error} />
      <button type="submit" className="button">
        {t('statistics.period.show')}
      </button>
    </form>
  );
}

function useFormat() {
  const lang = useLang();
  const { t } = useTranslation();
  const locale = lang === 'el' ? 'el-GR' : 'en-GB';
  return {
    count: (c: PublishedCount) => (c === '<5' ? '< 5' : c === 'withheld' ? t('statistics.withheld') : c.toLocaleString(locale)),
    share: (x: number | null) => (x === null ? '—' : `${(x * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`),
    number: (x: number | null) => (x === null ? '—' : x.toLocaleString(locale, { maximumFractionDigits: 1 })),
  };
}

// Each table's caption names it for screen readers; on screen the section's heading says the same.
function Section(props: { id: StatisticsTable; scope: StatisticsScope; period: Period; title: string; children: ReactNode; chart?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="statistics-section" aria-labelledby={`stats-${props.id}`}>
      <h2 id={`stats-${props.id}`}>{props.title}</h2>
      <div className={props.chart ? 'statistics-pair' : undefined}>
        <div className="table-wrap">{props.children}</div>
        {props.chart && <Suspense fallback={null}>{props.chart}</Suspense>}
      </div>
      <a className="button button-secondary button-small" href={csvUrl(props.scope, props.period, props.id, lang)} download>
        {t('statistics.csv', { table: props.title })}
      </a>
    </section>
  );
}

function Tables({ s, scope, period }: { s: Statistics; scope: StatisticsScope; period: Period }) {
  const { t } = useTranslation();
  const f = useFormat();
  const o = s.outcomes;
  const all: BreakdownRow = { key: 'all', label: { el: t('statistics.all'), en: t('statistics.all') }, ...o };
  const breakdowns = [
    ['municipalities', s.municipalities],
    ['topics', s.topics],
    ['modes', s.modes],
    ['offices', s.offices],
    ['employees', s.employees],
  ] as const;
  return (
    <>
      <Section id="outcomes" scope={scope} period={period} title={t('statistics.tables.outcomes')}>
        <Breakdown rows={[all]} caption={t('statistics.tables.outcomes')} first={t('statistics.scope')} />
      </Section>
      {breakdowns.map(([id, rows]) =>
        rows ? (
          <Section key={id} id={id} scope={scope} period={period} title={t(`statistics.tables.${id}`)} chart={rows.length > 0 ? <OutcomesChart rows={rows} title={t(`statistics.tables.${id}`)} /> : undefined}>
            <Breakdown rows={rows} caption={t(`statistics.tables.${id}`)} first={t(`statistics.first.${id}`)} />
          </Section>
        ) : null,
      )}
      <Section id="timings" scope={scope} period={period} title={t('statistics.tables.timings')}>
        <table className="table table-stack">
          <caption className="visually-hidden">{t('statistics.tables.timings')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.timings.measure')}</th>
              <th scope="col" className="num">{t('statistics.timings.count')}</th>
              <th scope="col" className="num">{t('statistics.timings.median')}</th>
              <th scope="col" className="num">{t('statistics.timings.p90')}</th>
              <th scope="col" className="num">{t('statistics.timings.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {s.timings.map((r) => (
              <tr key={r.measure}>
                <th scope="row">{t(`statistics.timings.${r.measure}`)}</th>
                <td className="num" data-label={t('statistics.timings.count')}>{f.count(r.count)}</td>
                <td className="num" data-label={t('statistics.timings.median')}>{f.number(r.median)}</td>
                <td className="num" data-label={t('statistics.timings.p90')}>{f.number(r.p90)}</td>
                <td className="num" data-label={t('statistics.timings.mean')}>{f.number(r.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="video" scope={scope} period={period} title={t('statistics.tables.video')}>
        <table className="table table-stack">
          <caption className="visually-hidden">{t('statistics.tables.video')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('statistics.video.calls')}</th>
              <th scope="col" className="num">{t('statistics.video.audioOnly')}</th>
              <th scope="col" className="num">{t('statistics.video.share')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className="num" data-label={t('statistics.video.calls')}>{f.count(s.video.calls)}</td>
              <td className="num" data-label={t('statistics.video.audioOnly')}>{f.count(s.video.audioOnly)}</td>
              <td className="num" data-label={t('statistics.video.share')}>{f.share(s.video.audioOnlyShare)}</td>
            </tr>
          </tbody>
        </table>
      </Section>
      <Section id="interpreting" scope={scope} period={period} title={t('statistics.tables.interpreting')}>
        <CountTable caption={t('statistics.tables.interpreting')} first={t('statistics.first.interpreting')} rows={s.interpreting.map((r) => [t(`statistics.interpreting.${r.kind}`), r.count])} />
      </Section>
      <Section id="identityChecks" scope={scope} period={period} title={t('statistics.tables.identityChecks')}>
        <CountTable caption={t('statistics.tables.identityChecks')} first={t('statistics.first.identityChecks')} rows={s.identityChecks.map((r) => [t(`statistics.checks.${r.outcome}`, { defaultValue: r.outcome }), r.count])} />
      </Section>
    </>
  );
}

function Breakdown({ rows, caption, first }: { rows: BreakdownRow[]; caption: string; first: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = useFormat();
  if (rows.length === 0) return <p>{t('statistics.none')}</p>;
  return (
    <table className="table table-stack">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col" className="num">{t('statistics.headings.total')}</th>
          {PARTS.map((p) => (
            <th key={p} scope="col" className="num">
              {t(`statistics.headings.${p}`)}
            </th>
          ))}
          <th scope="col" className="num">{t('statistics.headings.noShowRate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label[lang]}</th>
            <td className="num" data-label={t('statistics.columns.total')}>{f.count(r.total)}</td>
            {PARTS.map((p) => (
              <td key={p} className="num" data-label={t(`statistics.columns.${p}`)}>
                {f.count(r[p])}
              </td>
            ))}
            <td className="num" data-label={t('statistics.columns.noShowRate')}>{f.share(r.noShowRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CountTable({ caption, first, rows }: { caption: string; first: string; rows: [string, PublishedCount][] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col" className="num">{t('statistics.columns.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, c]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{f.count(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Stacked outcomes per row; hidden counts are not drawn (the table beside says them). */
function OutcomesChart({ rows, title }: { rows: BreakdownRow[]; title: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <BarChart
      title={t('statistics.chartOf', { table: title })}
      labels={rows.map((r) => r.label[lang])}
      series={PARTS.map((p) => ({ label: t(`statistics.columns.${p}`), color: COLORS[p], values: rows.map((r) => (typeof r[p] === 'number' ? r[p] : null)) }))}
    />
  );
}
