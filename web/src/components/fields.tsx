import type { InputHTMLAttributes, ReactNode } from 'react';
import { fieldId } from '../wizard/steps';

// Form controls in the gov.gr pattern: label, optional hint, the error above the
// input, and ids that the error summary links to (derived from the API field path).

/** The `aria-describedby` of a control: its hint and its error, when shown. */
export function describedBy(id: string, hint?: unknown, error?: unknown): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="hint">
      {children}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  );
}

/** A labelled control: label, hint, error, then the control itself (which uses `id`). */
export function FieldGroup({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  field: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

export function TextField({ field, label, hint, error, value, onChange, className, ...rest }: TextFieldProps) {
  const id = fieldId(field);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={field}
        className={`input${className ? ` ${className}` : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </FieldGroup>
  );
}

interface TextAreaProps {
  field: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
}

export function TextArea({ field, label, hint, value, onChange, maxLength }: TextAreaProps) {
  const id = fieldId(field);
  return (
    <FieldGroup id={id} label={label} hint={hint}>
      <textarea
        id={id}
        name={field}
        className="input textarea"
        rows={4}
        value={value}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint)}
      />
    </FieldGroup>
  );
}

interface CheckboxProps {
  field: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  hint?: string;
}

export function Checkbox({ field, label, checked, onChange, error, hint }: CheckboxProps) {
  const id = fieldId(field);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <FieldError id={id} error={error} />
      <div className="choice">
        <input
          id={id}
          name={field}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="hint choice-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  /** Extra fields revealed under the chosen option. */
  reveal?: ReactNode;
  lang?: string;
}

interface RadioGroupProps<V extends string> {
  field: string;
  /** Id of the heading that asks the question, or a visible legend. */
  labelledBy?: string;
  legend?: string;
  options: RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string;
  hint?: string;
}

export function RadioGroup<V extends string>({ field, labelledBy, legend, options, value, onChange, error, hint }: RadioGroupProps<V>) {
  const id = fieldId(field);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <fieldset className="radios" aria-labelledby={legend ? undefined : labelledBy} aria-describedby={describedBy(id, hint, error)}>
        {legend && <legend className="label">{legend}</legend>}
        {hint && <Hint id={id}>{hint}</Hint>}
        <FieldError id={id} error={error} />
        {options.map((o, i) => {
          // The first option carries the field id so error links land on the group.
          const optId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div key={o.value} className="choice-block">
              <div className="choice">
                <input
                  id={optId}
                  type="radio"
                  name={field}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                  aria-describedby={o.hint ? `${optId}-hint` : undefined}
                />
                <label htmlFor={optId} lang={o.lang}>
                  {o.label}
                </label>
              </div>
              {o.hint && (
                <p id={`${optId}-hint`} className="hint choice-hint">
                  {o.hint}
                </p>
              )}
              {o.reveal && value === o.value && <div className="reveal">{o.reveal}</div>}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
