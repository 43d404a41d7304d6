import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownError } from '../components/ErrorSummary';
import { useLocalized } from '../i18n';
import type { FieldProblem } from './validate';
import { useWizard } from './WizardContext';

/**
 * Errors of one step: the client checks from the last submit attempt, plus a
 * 422 from the API when it names one of `fields` (shown in the current language).
 */
export function useStepErrors(fieldPrefixes: string[]) {
  const { t } = useTranslation();
  const text = useLocalized();
  const { state } = useWizard();
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  // A missing answer gets a message naming the field where we have one ("Enter your e-mail").
  const shown: ShownError[] = problems.map((p) => ({
    field: p.field,
    text: p.key === 'errors.required' ? t([`errors.requiredField.${p.field}`, p.key]) : t(p.key),
  }));
  const server = state.fieldError;
  if (server && fieldPrefixes.some((f) => server.field.startsWith(f)) && !shown.some((e) => e.field === server.field)) {
    shown.push({ field: server.field, text: text(server.message) });
  }
  const errorFor = (field: string) => shown.find((e) => e.field === field)?.text;
  return { errors: shown, errorFor, setProblems };
}
