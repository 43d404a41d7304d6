import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMunicipalities } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RadioGroup } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { useLang, useLocalized } from '../../i18n';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useStepErrors } from '../../wizard/useStepErrors';
import { useWizard } from '../../wizard/WizardContext';

export default function MunicipalityStep() {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const { state, dispatch } = useWizard();
  const municipalities = useMunicipalities();
  const [choice, setChoice] = useState(state.municipalityId);
  const { errors, errorFor, setProblems } = useStepErrors(['municipalityId']);

  const submit = () => {
    if (!choice) return setProblems([{ field: 'municipalityId', key: 'errors.chooseMunicipality' }]);
    dispatch({ type: 'municipality', id: choice });
    navigate(stepPath(nextStep('municipality')));
  };

  const sorted = [...(municipalities.data ?? [])].sort((a, b) => text(a.name).localeCompare(text(b.name), lang));
  return (
    <StepPage step="municipality" title={t('wizard.municipality.title')} errors={errors} onSubmit={submit}>
      {municipalities.isPending && <Loading />}
      <ErrorNotice error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      {municipalities.isSuccess && (
        <RadioGroup
          field="municipalityId"
          labelledBy="page-heading"
          value={choice}
          onChange={setChoice}
          error={errorFor('municipalityId')}
          options={sorted.map((m) => ({ value: m.id, label: text(m.name) }))}
        />
      )}
    </StepPage>
  );
}
