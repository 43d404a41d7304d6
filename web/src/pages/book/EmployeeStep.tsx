import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEmployees, useMunicipality } from '../../api/hooks';
import type { Slot } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RadioGroup } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { SlotTaken } from '../../components/slots/SlotTaken';
import { holdIsStale } from '../../wizard/buildBooking';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useHoldSlot } from '../../wizard/useHoldSlot';
import { useStepErrors } from '../../wizard/useStepErrors';
import { useWizard } from '../../wizard/WizardContext';

const NO_PREFERENCE = 'none';

export default function EmployeeStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, dispatch } = useWizard();
  const { municipality } = useMunicipality(state.municipalityId);
  const employees = useEmployees(state.municipalityId, state.topicId, state.mode);
  const [choice, setChoice] = useState(state.requestedEmployeeId ?? NO_PREFERENCE);
  const { errors, errorFor } = useStepErrors(['requestedEmployeeId']);
  const holder = useHoldSlot();
  const chosen = choice === NO_PREFERENCE ? null : choice;
  const next = () => navigate(stepPath(nextStep('employee')));

  const submit = async () => {
    dispatch({ type: 'employee', id: chosen });
    // The chosen time must suit the requested employee: hold it again for them.
    if (state.slot && holdIsStale({ ...state, requestedEmployeeId: chosen })) {
      if (!(await holder.hold(state.slot, { requestedEmployeeId: chosen }))) return;
    }
    next();
  };
  const pick = async (slot: Slot) => {
    if (await holder.hold(slot, { requestedEmployeeId: chosen })) next();
  };

  return (
    <StepPage
      step="employee"
      title={t('wizard.employee.title')}
      errors={errors}
      onSubmit={() => void submit()}
      busy={holder.busy}
      after={
        holder.taken &&
        municipality && (
          <SlotTaken nextSlots={holder.taken} timeZone={municipality.timeZone} onPick={(s) => void pick(s)} busy={holder.busy} />
        )
      }
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
