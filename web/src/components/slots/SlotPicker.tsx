import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlots } from '../../api/hooks';
import type { Interpretation, Mode, Slot } from '../../api/types';
import { useLang } from '../../i18n';
import { addDays, formatDay, groupSlotsByDay, localDate } from '../../lib/dates';
import { fieldId } from '../../wizard/steps';
import { ErrorNotice } from '../ErrorNotice';
import { Loading } from '../Loading';
import { TimeZoneNote } from './TimeZoneNote';
import { TimeList } from './TimeList';

const WINDOW_DAYS = 28; // the slots endpoint allows at most 31 days per request
const MAX_WINDOWS = 3; // about three months ahead

export interface SlotPickerProps {
  municipalityId: string;
  mode: Mode;
  topicId: string;
  timeZone: string;
  employeeId?: string | null;
  interpretation?: Interpretation | null;
  value: Slot | null;
  onChange: (slot: Slot) => void;
  error?: string;
}

/** Choose a free time: days with free times over the next weeks, then the times of the chosen day. */
export function SlotPicker(p: SlotPickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = localDate(new Date(), p.timeZone);
  const [windowIndex, setWindowIndex] = useState(0);
  const from = addDays(today, windowIndex * WINDOW_DAYS);
  const to = addDays(from, WINDOW_DAYS - 1);
  const slots = useSlots({
    municipalityId: p.municipalityId,
    mode: p.mode,
    topicId: p.topicId,
    from,
    to,
    employeeId: p.employeeId,
    interpretation: p.interpretation,
  });
  const zone = slots.data?.timeZone ?? p.timeZone;
  const byDay = useMemo(() => groupSlotsByDay(slots.data?.slots ?? [], zone), [slots.data, zone]);
  const days = [...byDay.keys()];
  const [chosenDay, setChosenDay] = useState<string | null>(p.value ? localDate(p.value.start, zone) : null);
  const day = chosenDay && byDay.has(chosenDay) ? chosenDay : (days[0] ?? null);
  const id = fieldId('start');

  return (
    <div className="slot-picker">
      <TimeZoneNote timeZone={zone} />
      <div className="form-group">
        <fieldset className="day-picker" aria-describedby={p.error ? `${id}-error` : undefined}>
          <legend className="label">{t('slots.dayLegend')}</legend>
          <p className="hint">
            {t('slots.window', { from: formatDay(from, lang, 'long'), to: formatDay(to, lang, 'long') })}
          </p>
          {p.error && (
            <p id={`${id}-error`} className="field-error">
              {p.error}
            </p>
          )}
          {slots.isPending && <Loading />}
          {slots.isError && <ErrorNotice error={slots.error} onRetry={() => void slots.refetch()} />}
          {slots.isSuccess && days.length === 0 && <p className="notice">{t('slots.noneInWindow')}</p>}
          <div className="day-grid">
            {days.map((d, i) => (
              <div key={d} className="day-option">
                <input
                  type="radio"
                  name="day"
                  id={i === 0 ? id : `day-${d}`}
                  value={d}
                  checked={d === day}
                  onChange={() => setChosenDay(d)}
                />
                <label htmlFor={i === 0 ? id : `day-${d}`}>
                  <span className="day-name">{formatDay(d, lang)}</span>
                  <span className="day-count">{t('slots.count', { count: byDay.get(d)?.length ?? 0 })}</span>
                </label>
              </div>
            ))}
          </div>
          <div className="window-nav">
            {windowIndex > 0 && (
              <button type="button" className="button button-secondary" onClick={() => setWindowIndex((w) => w - 1)}>
                {t('slots.earlier')}
              </button>
            )}
            {windowIndex < MAX_WINDOWS - 1 && (
              <button type="button" className="button button-secondary" onClick={() => setWindowIndex((w) => w + 1)}>
                {t('slots.later')}
              </button>
            )}
          </div>
        </fieldset>
      </div>
      {day && (
        <TimeList
          day={day}
          slots={byDay.get(day) ?? []}
          timeZone={zone}
          value={p.value}
          onChange={p.onChange}
        />
      )}
    </div>
  );
}
