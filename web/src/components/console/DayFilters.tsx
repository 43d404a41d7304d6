import { useTranslation } from 'react-i18next';
import type { AppointmentStatus, Mode } from '../../api/types';
import { Checkbox } from '../fields';
import { type DayQuery, isCalendarDay, stepDate } from './dayQuery';

const STATUSES: AppointmentStatus[] = ['booked', 'completed', 'no_show', 'cancelled'];

interface Props {
  q: DayQuery;
  today: string;
  modes: Mode[];
  onChange: (q: DayQuery) => void;
}

/** Date (with previous/next and a day/week switch) and the list filters; each change applies at once. */
export function DayFilters({ q, today, modes, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<DayQuery>) => onChange({ ...q, ...patch });
  const unit = q.view === 'week' ? 'Week' : 'Day';

  return (
    <div className="console-toolbar">
      <div className="date-nav">
        <div className="form-group">
          <label className="label" htmlFor="console-date">
            {q.view === 'week' ? t('console.day.weekFrom') : t('console.day.date')}
          </label>
          <input
            id="console-date"
            type="date"
            className="input input-short"
            value={q.date}
            onChange={(e) => isCalendarDay(e.target.value) && set({ date: e.target.value })}
          />
        </div>
        <button type="button" className="button button-secondary" onClick={() => set({ date: stepDate(q, -1) })}>
          {t(`console.day.previous${unit}`)}
        </button>
        <button type="button" className="button button-secondary" onClick={() => set({ date: stepDate(q, 1) })}>
          {t(`console.day.next${unit}`)}
        </button>
        {q.date !== today && (
          <button type="button" className="button button-secondary" onClick={() => set({ date: today })}>
            {t('console.day.todayButton')}
          </button>
        )}
      </div>
      <div className="console-filters">
        <div className="form-group">
          <label className="label" htmlFor="console-view">
            {t('console.day.view')}
          </label>
          <select
            id="console-view"
            className="input"
            value={q.view}
            onChange={(e) => set({ view: e.target.value === 'week' ? 'week' : 'day' })}
          >
            <option value="day">{t('console.day.viewDay')}</option>
            <option value="week">{t('console.day.viewWeek')}</option>
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="console-mode">
            {t('console.day.mode')}
          </label>
          <select id="console-mode" className="input" value={q.mode ?? ''} onChange={(e) => set({ mode: (e.target.value || null) as Mode | null })}>
            <option value="">{t('console.day.all')}</option>
            {modes.map((m) => (
              <option key={m} value={m}>
                {t(`modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="console-status">
            {t('console.day.status')}
          </label>
          <select
            id="console-status"
            className="input"
            value={q.status ?? ''}
            onChange={(e) => set({ status: (e.target.value || null) as AppointmentStatus | null })}
          >
            <option value="">{t('console.day.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`console.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Checkbox field="console-mine" label={t('console.day.onlyMine')} checked={q.mine} onChange={(mine) => set({ mine })} />
      </div>
    </div>
  );
}
