import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorSummary, type ShownError } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { HoldNotice } from './HoldNotice';
import { canEnter, firstIncompleteStep, previousStep, STEPS, type StepId, stepPath } from './steps';
import { useWizard } from './WizardContext';

interface Props {
  step: StepId;
  /** The page's one question, as its heading. */
  title: string;
  errors?: ShownError[];
  onSubmit: () => void;
  submitLabel?: string;
  busy?: boolean;
  /** Content after the form (e.g. a slot-taken offer). */
  after?: ReactNode;
  children: ReactNode;
}

/** The frame of every wizard page: back link, progress, heading, error summary, one form, continue. */
export function StepPage({ step, title, errors = [], onSubmit, submitLabel, busy, after, children }: Props) {
  const { t } = useTranslation();
  const { state } = useWizard();
  if (!canEnter(state, step)) return <Navigate to={stepPath(firstIncompleteStep(state))} replace />;

  const back = previousStep(step);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <div className="step">
      {back ? (
        <Link to={stepPath(back)} className="back-link">
          {t('common.back')}
        </Link>
      ) : (
        <Link to="/" className="back-link">
          {t('common.back')}
        </Link>
      )}
      <p className="caption">{t('wizard.progress', { current: STEPS.indexOf(step) + 1, total: STEPS.length })}</p>
      <ErrorSummary errors={errors} />
      <PageHeading>{title}</PageHeading>
      {STEPS.indexOf(step) > STEPS.indexOf('date') && <HoldNotice />}
      <form onSubmit={submit} noValidate>
        {children}
        <button type="submit" className="button" disabled={busy}>
          {submitLabel ?? t('common.continue')}
        </button>
      </form>
      {after}
    </div>
  );
}
