import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus, Mode } from '../../api/types';
import { useLocalized } from '../../i18n';
import { FieldError } from '../fields';
import type { ConsoleFilters } from './consoleApi';
import { cleanSearch, type DayQuery, isCalendarDay, SEARCH_MIN, stepDate } from './dayQuery';

const STATUSES: AppointmentStatus[] = ['booked', 'completed', 'no_show', 'cancelled'];

interface Props {
  q: DayQuery;
  today: string;
  modes: Mode[];
  /** The municipality's topics and employees; undefined while loading. */
  options: ConsoleFilters | undefined;
  onChange: (q: DayQuery) => void;
}

/**
 * Search, date (with previous/next and a day/week switch) and the list
 * filters; each change applies at once. While a search is on, the date does
 * not narrow the list (a search looks at every date), so its controls hide.
 */
export function DayFilters({ q, today, modes, options, onChange }: Props) {
  const { t } = useTranslation();
  const text = useLocalized();
  const set = (patch: Partial<DayQuery>) => onChange({ ...q, ...patch });
  const unit = q.view === 'week' ? 'Week' : 'Day';
  const inactive = (name: string, active: boolean) => (active ? name : `${name} (${t('console.day.inactive')})`);

  return (
    <div className="console-toolbar">
      <SearchBox value={q.q} onSearch={(term) => set({ q: term })} />
      {!q.q && (
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
      )}
      <div className="console-filters">
        {!q.q && (
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
        )}
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
        <div className="form-group">
          <label className="label" htmlFor="console-topic">
            {t('console.day.topic')}
          </label>
          <select id="console-topic" className="input" value={q.topic ?? ''} onChange={(e) => set({ topic: e.target.value || null })}>
            <option value="">{t('console.day.allTopics')}</option>
            {/* The chosen topic stays listed while the options load. */}
            {q.topic && !options && <option value={q.topic}>…</option>}
            {options?.topics.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {inactive(text(tp.name), tp.active)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="console-employee">
            {t('console.day.employee')}
          </label>
          <select id="console-employee" className="input" value={q.employee ?? ''} onChange={(e) => set({ employee: e.target.value || null })}>
            <option value="">{t('console.day.allEmployees')}</option>
            <option value="mine">{t('console.day.onlyMine')}</option>
            {q.employee && q.employee !== 'mine' && !options && <option value={q.employee}>…</option>}
            {options?.employees.map((e) => (
              <option key={e.id} value={e.id}>
                {inactive(e.displayName, e.active)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}

/** The search box: applied on submit (not on each key), cleared with its own button. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (term: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setDraft(value), [value]); // back/forward changes the URL's term

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const term = cleanSearch(draft);
    if (term.length > 0 && term.length < SEARCH_MIN) {
      setError(t('console.search.tooShort', { count: SEARCH_MIN }));
      return;
    }
    setError(undefined);
    onSearch(term);
  };

  return (
    <form role="search" className={`console-search form-group${error ? ' form-group-error' : ''}`} onSubmit={submit} noValidate>
      <label className="label" htmlFor="console-search">
        {t('console.search.label')}
      </label>
      <p className="hint" id="console-search-hint">
        {t('console.search.hint')}
      </p>
      <FieldError id="console-search" error={error} />
      <div className="console-search-row">
        <input
          id="console-search"
          type="search"
          className="input"
          value={draft}
          maxLength={100}
          autoComplete="off"
          aria-describedby={`console-search-hint${error ? ' console-search-error' : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button">
          {t('console.search.submit')}
        </button>
        {value && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft('');
              setError(undefined);
              onSearch('');
            }}
          >
            {t('console.search.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
