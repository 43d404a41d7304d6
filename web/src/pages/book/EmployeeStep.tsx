import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployees } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RadioGroup } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { StepPage } from '../../wizard/StepPage';
import { useRehold } from '../../wizard/useRehold';
import { useStepErrors } from '../../wizard/useStepErrors';
import { useWizard } from '../../wizard/WizardContext';

const NO_PREFERENCE = 'none';

export default function EmployeeStep() {
  const { t } = useTranslation();
  const { state, dispatch } = useWizard();
  const employees = useEmployees(state.municipalityId, state.topicId, state.mode);
  const [choice, setChoice] = useState(state.requestedEmployeeId ?? NO_PREFERENCE);
  const { errors, errorFor } = useStepErrors(['requestedEmployeeId']);
  const chosen = choice === NO_PREFERENCE ? null : choice;
  // The chosen time must suit the requested employee: it is held again for them.
  const holder = useRehold('employee', { requestedEmployeeId: chosen });

  const submit = () => {
    dispatch({ type: 'employee', id: chosen });
    void holder.proceed();
  };

  return (
    <StepPage
      step="employee"
      title={t('wizard.employee.title')}
      errors={errors}
      onSubmit={submit}
      busy={holder.busy}
      after={holder.taken}
    >
      <p className="lead">{t('wizard.employee.intro')}</p>
      {employees.isPending && <Loading />}
      <ErrorNotice error={employees.error ?? holder.error} />
      <RadioGroup
        field="requestedEmployeeId"
        labelledBy="page-heading"
        value={choice}
        onChange={setChoice}
        error={errorFor('requestedEmployeeId')}
        options={[
          { value: NO_PREFERENCE, label: t('wizard.employee.noPreference') },
          ...(employees.data ?? []).map((e) => ({ value: e.id, label: e.displayName })),
        ]}
      />
    </StepPage>
  );
}
