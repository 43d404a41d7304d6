import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMunicipality } from '../../api/hooks';
import type { Mode } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RadioGroup } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useStepErrors } from '../../wizard/useStepErrors';
import { useWizard } from '../../wizard/WizardContext';
import { MODE_ORDER } from './modes';

export default function ModeStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, dispatch } = useWizard();
  const { municipality, isPending, error, refetch } = useMunicipality(state.municipalityId);
  const [choice, setChoice] = useState<Mode | null>(state.mode);
  const { errors, errorFor, setProblems } = useStepErrors(['mode']);

  const submit = () => {
    if (!choice) return setProblems([{ field: 'mode', key: 'errors.chooseMode' }]);
    dispatch({ type: 'mode', mode: choice });
    navigate(stepPath(nextStep('mode')));
  };

  const modes = MODE_ORDER.filter((m) => municipality?.modes.includes(m));
  return (
    <StepPage step="mode" title={t('wizard.mode.title')} errors={errors} onSubmit={submit}>
      {isPending && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {municipality && (
        <RadioGroup
          field="mode"
          labelledBy="page-heading"
          value={choice}
          onChange={setChoice}
          error={errorFor('mode')}
          options={modes.map((m) => ({ value: m, label: t(`modes.${m}`), hint: t(`modes.${m}Hint`) }))}
        />
      )}
    </StepPage>
  );
}
