import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../wizard/steps';

export interface ShownError {
  field: string;
  text: string;
}

/**
 * gov.gr/GOV.UK error summary: listed at the top, each linking to its field, and
 * focused when it appears so the user hears what went wrong.
 */
export function ErrorSummary({ errors }: { errors: ShownError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.field}:${e.text}`).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${fieldId(e.field)}`}
              onClick={(ev) => {
                // Focus the field itself (hash navigation alone does not focus inputs everywhere).
                const el = document.getElementById(fieldId(e.field));
                if (el) {
                  ev.preventDefault();
                  el.focus();
                  el.scrollIntoView({ block: 'center' });
                }
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
