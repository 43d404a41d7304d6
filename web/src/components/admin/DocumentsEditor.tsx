import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../wizard/steps';
import type { LocalizedText } from './types';

interface Props {
  field: string;
  value: LocalizedText[];
  onChange: (value: LocalizedText[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** The documents a citizen brings, each named in Greek and English. */
export function DocumentsEditor({ field, value, onChange, errorFor }: Props) {
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
  const set = (i: number, lang: keyof LocalizedText, v: string) => onChange(value.map((d, k) => (k === i ? { ...d, [lang]: v } : d)));

  return (
    <fieldset id={id} tabIndex={-1} className={`admin-fieldset${groupError ? ' form-group-error' : ''}`} aria-describedby={`${id}-hint`}>
      <legend>{t('admin.topics.documents')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('admin.topics.documentsHint')}
      </p>
      {groupError && <p className="field-error">{groupError}</p>}
      {value.length === 0 && <p className="hours-closed">{t('admin.topics.noDocuments')}</p>}
      {value.map((d, i) => {
        const context = t('admin.topics.documentN', { n: i + 1 });
        return (
          // Index keys: documents are identified by their place in the list
          <div key={i} className="doc-row">
            {(['el', 'en'] as const).map((lang) => {
              const fid = fieldId(`${field}.${i}.${lang}`);
              const error = errorFor(`${field}.${i}.${lang}`);
              return (
                <div key={lang} className={`form-group${error ? ' form-group-error' : ''}`}>
                  <label htmlFor={fid} className="label">
                    {t(`admin.topics.document_${lang}`)}
                    <span className="visually-hidden"> ({context})</span>
                  </label>
                  {error && (
                    <p id={`${fid}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                  <input
                    id={fid}
                    className="input"
                    lang={lang}
                    value={d[lang]}
                    onChange={(e) => set(i, lang, e.target.value)}
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
              {t('admin.topics.removeDocument')}
              <span className="visually-hidden"> ({context})</span>
            </button>
          </div>
        );
      })}
      <button
        id={`${id}-add`}
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          focusNext.current = fieldId(`${field}.${value.length}.el`);
          onChange([...value, { el: '', en: '' }]);
        }}
      >
        {t('admin.topics.addDocument')}
      </button>
    </fieldset>
  );
}
