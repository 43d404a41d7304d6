import { type Dispatch, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../wizard/steps';
import { describeDay, type HoursAction, type HoursDraft, WEEKDAYS, type Weekday } from './hours';

interface Props {
  /** API field path of the whole week, e.g. `openingHours`; each input is `<field>.<day>.<i>.start|end`. */
  field: string;
  legend: string;
  hint?: string;
  draft: HoursDraft;
  dispatch: Dispatch<HoursAction>;
  errorFor: (field: string) => string | undefined;
}

/**
 * A week of opening or working hours: each weekday holds any number of time
 * ranges (a morning and an afternoon), or none for a closed day.
 */
export function HoursEditor({ field, legend, hint, draft, dispatch, errorFor }: Props) {
  const { t } = useTranslation();
  // After adding or removing a range, keyboard users land somewhere useful, not on <body>.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });
  const groupId = fieldId(field);
  const groupError = errorFor(field);

  return (
    <fieldset id={groupId} tabIndex={-1} className={`admin-fieldset${groupError ? ' form-group-error' : ''}`} aria-describedby={hint ? `${groupId}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${groupId}-hint`} className="hint">
          {hint}
        </p>
      )}
      {groupError && <p className="field-error">{groupError}</p>}
      {WEEKDAYS.map((day) => {
        const dayName = t(`admin.weekdays.${day}`);
        const ranges = draft[day];
        const addId = `${groupId}-${day}-add`;
        return (
          <fieldset key={day} className="hours-day">
            <legend>
              {dayName}
              <span className="visually-hidden">: {ranges.length ? describeDay(ranges) : t('admin.hours.closed')}</span>
            </legend>
            {ranges.length === 0 && <p className="hours-closed">{t('admin.hours.closed')}</p>}
            {ranges.map((r, i) => {
              const at = `${field}.${day}.${i}`;
              const context = t('admin.hours.rangeContext', { day: dayName, n: i + 1 });
              return (
                // Index keys: ranges have no identity but their place in the day
                <div key={i} className="hours-range">
                  {(['start', 'end'] as const).map((part) => {
                    const id = fieldId(`${at}.${part}`);
                    const error = errorFor(`${at}.${part}`);
                    return (
                      <div key={part} className={`form-group${error ? ' form-group-error' : ''}`}>
                        <label htmlFor={id} className="label">
                          {t(`admin.hours.${part}`)}
                          <span className="visually-hidden"> ({context})</span>
                        </label>
                        {error && (
                          <p id={`${id}-error`} className="field-error">
                            {error}
                          </p>
                        )}
                        <input
                          id={id}
                          type="time"
                          className="input input-time"
                          value={r[part]}
                          step={300}
                          onChange={(e) => dispatch({ type: 'set', day, index: i, part, value: e.target.value })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${id}-error` : undefined}
                        />
                      </div>
                    );
                  })}
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => {
                      focusNext.current = addId;
                      dispatch({ type: 'remove', day, index: i });
                    }}
                  >
                    {t('admin.hours.remove')}
                    <span className="visually-hidden"> ({context})</span>
                  </button>
                </div>
              );
            })}
            <div className="row-actions">
              <button
                id={addId}
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  focusNext.current = fieldId(`${field}.${day}.${ranges.length}.start`);
                  dispatch({ type: 'add', day });
                }}
              >
                {ranges.length ? t('admin.hours.addMore') : t('admin.hours.add')}
                <span className="visually-hidden"> ({dayName})</span>
              </button>
              {day === '1' && ranges.length > 0 && (
                <button type="button" className="button button-secondary button-small" onClick={() => dispatch({ type: 'copy', from: '1', to: ['2', '3', '4', '5'] })}>
                  {t('admin.hours.copyWeekdays')}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

export type { Weekday };
