import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../wizard/steps';
import { describedBy, FieldError, FieldGroup, Hint } from '../fields';

interface Option<V extends string> {
  value: V;
  label: ReactNode;
}

interface CheckboxGroupProps<V extends string> {
  field: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Option<V>[];
  value: V[];
  onChange: (value: V[]) => void;
  /** Shown when there is nothing to choose from. */
  empty?: string;
}

/** Several checkboxes answering one question; the first carries the field id so error links land on it. */
export function CheckboxGroup<V extends string>({ field, legend, hint, error, options, value, onChange, empty }: CheckboxGroupProps<V>) {
  const id = fieldId(field);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="label">{legend}</legend>
        {hint && <Hint id={id}>{hint}</Hint>}
        <FieldError id={id} error={error} />
        {options.length === 0 && empty && <p className="hint">{empty}</p>}
        {options.map((o, i) => {
          const optId = i === 0 ? id : `${id}-${fieldId(o.value)}`;
          return (
            <div key={o.value} className="choice">
              <input
                id={optId}
                type="checkbox"
                name={field}
                value={o.value}
                checked={value.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
              />
              <label htmlFor={optId}>{o.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** "Saved" after a successful change; takes the focus so screen-reader users hear it. */
export function SavedNotice({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} className="notice notice-success" role="status" tabIndex={-1}>
      {message}
    </div>
  );
}

interface ConfirmDeleteProps {
  /** What is deleted, for the button's accessible name ("Delete" alone repeats in a list). */
  what: string;
  label?: string;
  question: string;
  onConfirm: () => void;
  pending?: boolean;
}

/** A delete that asks first, in the page: no browser dialog, focus moves to the question's buttons and back. */
export function ConfirmDelete({ what, label, question, onConfirm, pending }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) open.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={open} type="button" className="button button-secondary button-small" onClick={() => setAsking(true)}>
        {label ?? t('admin.common.delete')}
        <span className="visually-hidden"> {what}</span>
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      <div className="row-actions">
        <button ref={yes} type="button" className="button button-warning button-small" disabled={pending} onClick={onConfirm}>
          {t('admin.common.confirmDelete')}
          <span className="visually-hidden"> {what}</span>
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

interface SelectFieldProps {
  field: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

export function SelectField({ field, label, hint, error, options, value, onChange }: SelectFieldProps) {
  const id = fieldId(field);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <select id={id} name={field} className="input input-medium" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}
