import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useEmployees, useMunicipality } from '../../api/hooks';
import type { Slot } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { SlotPicker } from '../../components/slots/SlotPicker';
import { LostTimeNotice } from '../../wizard/LostTimeNotice';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useHoldSlot } from '../../wizard/useHoldSlot';
import { useStepErrors } from '../../wizard/useStepErrors';
import { useWizard } from '../../wizard/WizardContext';

export default function DateStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state } = useWizard();
  const { municipality, isPending, error, refetch } = useMunicipality(state.municipalityId);
  const [choice, setChoice] = useState<Slot | null>(state.slot);
  const { errors, errorFor, setProblems } = useStepErrors(['start', 'holdId']);
  const holder = useHoldSlot();

  const take = async (slot: Slot) => {
    if (await holder.hold(slot)) navigate(stepPath(nextStep('date')));
  };
  const takeWithAnyEmployee = async (slot: Slot) => {
    if (await holder.holdWithAnyEmployee(slot)) navigate(stepPath(nextStep('date')));
  };
  // Back here after asking for an employee: only their free times are offered.
  const employeeId = state.requestedEmployeeId;
  const employeeName = useEmployees(state.municipalityId, state.topicId, state.mode).data?.find((e) => e.id === employeeId)?.displayName;
  const submit = () => {
    if (!choice) return setProblems([{ field: 'start', key: 'errors.chooseTime' }]);
    setProblems([]);
    void take(choice);
  };

  return (
    <StepPage
      step="date"
      title={t('wizard.date.title')}
      errors={errors}
      onSubmit={submit}
      busy={holder.busy}
      after={
        holder.taken &&
        municipality && (
          <LostTimeNotice
            taken={holder.taken}
            timeZone={municipality.timeZone}
            onPick={(s) => void take(s)}
            onAnyEmployee={(s) => void takeWithAnyEmployee(s)}
            busy={holder.busy}
          />
        )
      }
    >
      {isPending && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      <ErrorNotice error={holder.error} />
      {employeeId && (
        <p className="hint">
          {t('wizard.date.employeeTimes', { name: employeeName ?? t('slots.employeeTakenSomeone') })}{' '}
          <Link to={stepPath('employee')}>{t('wizard.date.changeEmployee')}</Link>
        </p>
      )}
      {municipality && state.mode && state.topicId && (
        <SlotPicker
          municipalityId={municipality.id}
          mode={state.mode}
          topicId={state.topicId}
          timeZone={municipality.timeZone}
          employeeId={employeeId}
          interpretation={state.interpretation}
          value={choice}
          onChange={setChoice}
          error={errorFor('start')}
        />
      )}
    </StepPage>
  );
}
