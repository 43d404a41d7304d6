import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../wizard/steps';

export interface ReminderDraft {
  hours: string;
  minutes: string;
}

/** The API takes up to four reminders. */
export const MAX_REMINDERS = 4;

interface Props {
  field: string;
  value: ReminderDraft[];
  onChange: (value: ReminderDraft[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** Reminders before an appointment, each typed as hours and minutes. */
export function RemindersEditor({ field, value, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const id = fieldId(field);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });
  const groupError = errorFor(field);
  const set = (i: number, part: keyof ReminderDraft, v: string) => onChange(value.map((r, k) => (k === i ? { ...r, [part]: v } : r)));

  return (
    <fieldset id={id} tabIndex={-1} className={`admin-fieldset${groupError ? ' form-group-error' : ''}`} aria-describedby={`${id}-hint`}>
      <legend>{t('admin.settings.reminders')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('admin.settings.remindersHint')}
      </p>
      {groupError && <p className="field-error">{groupError}</p>}
      {value.length === 0 && <p className="hours-closed">{t('admin.settings.noReminders')}</p>}
      {value.map((r, i) => {
        const context = t('admin.settings.reminderN', { n: i + 1 });
        return (
          // Index keys: reminders are identified by their place in the list
          <div key={i} className="hours-range">
            {(['hours', 'minutes'] as const).map((part) => {
              const fid = fieldId(`${field}.${i}.${part}`);
              const error = errorFor(`${field}.${i}.${part}`);
              return (
                <div key={part} className={`form-group${error ? ' form-group-error' : ''}`}>
                  <label htmlFor={fid} className="label">
                    {t(`admin.settings.reminder_${part}`)}
                    <span className="visually-hidden"> ({context})</span>
                  </label>
                  {error && (
                    <p id={`${fid}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                  <input
                    id={fid}
                    className="input input-time"
                    inputMode="numeric"
                    value={r[part]}
                    onChange={(e) => set(i, part, e.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${fid}-error` : undefined}
                  />
                </div>
              );
            })}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                focusNext.current = `${id}-add`;
                onChange(value.filter((_, k) => k !== i));
              }}
            >
              {t('admin.settings.removeReminder')}
              <span className="visually-hidden"> ({context})</span>
            </button>
          </div>
        );
      })}
      {value.length < MAX_REMINDERS && (
        <button
          id={`${id}-add`}
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            focusNext.current = fieldId(`${field}.${value.length}.hours`);
            onChange([...value, { hours: '1', minutes: '0' }]);
          }}
        >
          {t('admin.settings.addReminder')}
        </button>
      )}
    </fieldset>
  );
}
