import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Checkbox } from '../../components/fields';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useStepErrors } from '../../wizard/useStepErrors';
import { validateDeclarations } from '../../wizard/validate';
import { useWizard } from '../../wizard/WizardContext';

export default function DeclarationsStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, dispatch } = useWizard();
  const [value, setValue] = useState(state.declarations);
  const { errors, errorFor, setProblems } = useStepErrors(['declarations']);

  const submit = () => {
    const problems = validateDeclarations(value);
    setProblems(problems);
    dispatch({ type: 'declarations', value });
    if (problems.length === 0) navigate(stepPath(nextStep('declarations')));
  };

  return (
    <StepPage step="declarations" title={t('wizard.declarations.title')} errors={errors} onSubmit={submit}>
      <Checkbox
        field="declarations.dataTrue"
        label={t('wizard.declarations.dataTrue')}
        checked={value.dataTrue}
        onChange={(dataTrue) => setValue((v) => ({ ...v, dataTrue }))}
        error={errorFor('declarations.dataTrue')}
      />
      <Checkbox
        field="declarations.privacyRead"
        label={
          <Trans i18nKey="wizard.declarations.privacyRead" components={{ privacy: <Link to="/manual#privacy" target="_blank" /> }} />
        }
        checked={value.privacyRead}
        onChange={(privacyRead) => setValue((v) => ({ ...v, privacyRead }))}
        error={errorFor('declarations.privacyRead')}
      />
    </StepPage>
  );
}
