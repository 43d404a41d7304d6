import { useTranslation } from 'react-i18next';
import type { Slot } from '../../api/types';
import { useLang } from '../../i18n';
import { formatDay, formatTime } from '../../lib/dates';

interface Props {
  day?: string;
  slots: Slot[];
  timeZone: string;
  value: Slot | null;
  onChange: (slot: Slot) => void;
  legend?: string;
  name?: string;
}

/** Free times as big radio buttons. */
export function TimeList({ day, slots, timeZone, value, onChange, legend, name = 'time' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="form-group">
      <fieldset className="time-list">
        <legend className="label">{legend ?? t('slots.timeLegend', { day: day ? formatDay(day, lang, 'long') : '' })}</legend>
        <div className="time-grid">
          {slots.map((s) => {
            const id = `${name}-${s.start}`;
            return (
              <div key={s.start} className="time-option">
                <input type="radio" name={name} id={id} checked={value?.start === s.start} onChange={() => onChange(s)} />
                <label htmlFor={id}>
                  {formatTime(s.start, timeZone, lang)}
                  <span className="visually-hidden"> – {formatTime(s.end, timeZone, lang)}</span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
