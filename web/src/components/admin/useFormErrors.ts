import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/client';
import type { ShownError } from '../ErrorSummary';
import { useLocalized } from '../../i18n';
import { fieldId } from '../../wizard/steps';
import { nearestField, withoutFieldPrefix } from './formValues';
import type { Problem } from './hours';

/** Whether the page has an input (or group) for this field path right now. */
const onPage = (field: string) => typeof document !== 'undefined' && document.getElementById(fieldId(field)) !== null;

/**
 * Errors of one admin form: problems found before sending, or the API's
 * answer. An answer naming a field sits on that field (or the nearest one the
 * form has); any other answer is shown as a general notice.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const text = useLocalized();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [apiError, setApiError] = useState<ApiError | null>(null);

  const shown: ShownError[] = problems
    .map((p) => ({ field: p.field, text: t(p.key, p.values ?? {}) }))
    // One message per input, the first found.
    .filter((e, i, all) => all.findIndex((x) => x.field === e.field) === i);
  const apiField = apiError?.field ? nearestField(apiError.field, onPage) : null;
  if (apiError && apiField) shown.push({ field: apiField, text: withoutFieldPrefix(text(apiError.message)) });

  return {
    errors: shown,
    /** The API error that belongs to no input, for an ErrorNotice. */
    general: apiError && !apiField ? apiError : null,
    errorFor: (field: string) => shown.find((e) => e.field === field)?.text,
    /** Clears everything and records the client-side problems; true when there are none. */
    check(found: Problem[]) {
      setApiError(null);
      setProblems(found);
      return found.length === 0;
    },
    fail(e: unknown) {
      if (isApiError(e)) setApiError(e);
      else throw e;
    },
    clear() {
      setApiError(null);
      setProblems([]);
    },
  };
}

export type FormErrors = ReturnType<typeof useFormErrors>;
