// A fieldset of rows, each a few short text inputs, with "add" and "remove"
// buttons. Focus follows the change: a new row's first input, or after a
// removal the "add" button, so keyboard users never lose their place.
import { type InputHTMLAttributes, useEffect, useRef } from 'react';
import { fieldId } from '../../wizard/steps';

interface Props<K extends string, Row extends Record<K, string>> {
  /** The form field (`reminders`, `requiredDocuments`); inputs are `${field}.${i}.${part}`. */
  field: string;
  value: Row[];
  onChange: (value: Row[]) => void;
  errorFor: (field: string) => string | undefined;
  /** The inputs of one row, in order. */
  parts: readonly K[];
  newRow: () => Row;
  /** No "add" button once there are this many rows. */
  max?: number;
  rowClassName: string;
  inputProps: (part: K) => InputHTMLAttributes<HTMLInputElement>;
  text: {
    legend: string;
    hint: string;
    empty: string;
    add: string;
    remove: string;
    part: (part: K) => string;
    /** Which row, read by screen readers after each label: "reminder 2". */
    row: (n: number) => string;
  };
}

export function RowListEditor<K extends string, Row extends Record<K, string>>(p: Props<K, Row>) {
  const { field, value, onChange, errorFor, parts, text } = p;
  const id = fieldId(field);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });
  const groupError = errorFor(field);
  const set = (i: number, part: K, v: string) => onChange(value.map((r, k) => (k === i ? { ...r, [part]: v } : r)));

  return (
    <fieldset id={id} tabIndex={-1} className={`admin-fieldset${groupError ? ' form-group-error' : ''}`} aria-describedby={`${id}-hint`}>
      <legend>{text.legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {text.hint}
      </p>
      {groupError && <p className="field-error">{groupError}</p>}
      {value.length === 0 && <p className="hours-closed">{text.empty}</p>}
      {value.map((r, i) => {
        const context = text.row(i + 1);
        return (
          // Index keys: rows are identified by their place in the list
          <div key={i} className={p.rowClassName}>
            {parts.map((part) => {
              const fid = fieldId(`${field}.${i}.${part}`);
              const error = errorFor(`${field}.${i}.${part}`);
              return (
                <div key={part} className={`form-group${error ? ' form-group-error' : ''}`}>
                  <label htmlFor={fid} className="label">
                    {text.part(part)}
                    <span className="visually-hidden"> ({context})</span>
                  </label>
                  {error && (
                    <p id={`${fid}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                  <input
                    id={fid}
                    {...p.inputProps(part)}
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
              {text.remove}
              <span className="visually-hidden"> ({context})</span>
            </button>
          </div>
        );
      })}
      {(p.max === undefined || value.length < p.max) && (
        <button
          id={`${id}-add`}
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            focusNext.current = fieldId(`${field}.${value.length}.${parts[0]}`);
            onChange([...value, p.newRow()]);
          }}
        >
          {text.add}
        </button>
      )}
    </fieldset>
  );
}
