import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMunicipality } from '../../api/hooks';
import type { Interpretation } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { interpretingHintKey, thirdPersonInviteKey } from '../../components/booking/promises';
import { ThirdPersonFields } from '../../components/booking/RequirementsFields';
import { RadioGroup, TextArea } from '../../components/fields';
import { thirdPersonAllowed } from '../../wizard/buildBooking';
import type { WizardState } from '../../wizard/state';
import { StepPage } from '../../wizard/StepPage';
import { stepPath } from '../../wizard/steps';
import { useRehold } from '../../wizard/useRehold';
import { useStepErrors } from '../../wizard/useStepErrors';
import { validateThirdPerson } from '../../wizard/validate';
import { useWizard } from '../../wizard/WizardContext';

type InterpretationChoice = Interpretation | 'none';

export default function RequirementsStep() {
  const { t } = useTranslation();
  const { state, dispatch } = useWizard();
  const { municipality } = useMunicipality(state.municipalityId);
  const [interpretation, setInterpretation] = useState<InterpretationChoice>(state.interpretation ?? 'none');
  const [third, setThird] = useState<WizardState['thirdPerson']>(state.thirdPerson);
  const [notes, setNotes] = useState(state.notes);
  const { errors, errorFor, setProblems } = useStepErrors(['interpretation', 'thirdPerson', 'notes']);
  const canInvite = thirdPersonAllowed(state.mode, municipality?.allowThirdPerson ?? false);
  // Not offered in this mode (by phone): no choice, and the page says which mode gives it.
  const interpretingHint = state.mode ? interpretingHintKey(state.mode) : null;
  const chosen = interpretation === 'none' || !interpretingHint ? null : interpretation;
  // An interpreter must be free too: the time is held again with the new requirement.
  const holder = useRehold('requirements', { interpretation: chosen });

  const submit = () => {
    const thirdPerson = canInvite ? third : { ...third, wanted: false };
    const problems = validateThirdPerson(thirdPerson);
    setProblems(problems);
    if (problems.length > 0) return;
    dispatch({ type: 'requirements', interpretation: chosen, thirdPerson, notes });
    void holder.proceed();
  };

  return (
    <StepPage
      step="requirements"
      title={t('wizard.requirements.title')}
      errors={errors}
      onSubmit={submit}
      busy={holder.busy}
      after={holder.taken}
    >
      <ErrorNotice error={holder.error} />
      {interpretingHint ? (
        <RadioGroup
          field="interpretation"
          legend={t('wizard.requirements.interpretation')}
          hint={t(interpretingHint)}
          value={interpretation}
          onChange={setInterpretation}
          error={errorFor('interpretation')}
          options={[
            { value: 'none', label: t('interpretation.none') },
            { value: 'gsl', label: t('interpretation.gsl'), hint: t('interpretation.gslHint') },
            { value: 'lip_reading', label: t('interpretation.lip_reading'), hint: t('interpretation.lip_readingHint') },
          ]}
        />
      ) : (
        <section className="notice" aria-labelledby="interpretation-phone">
          <h2 id="interpretation-phone" className="notice-title">
            {t('wizard.requirements.interpretationPhoneTitle')}
          </h2>
          <p>{t('wizard.requirements.interpretationPhone')}</p>
          <p>
            <Link to={stepPath('mode')}>{t('wizard.requirements.interpretationPhoneLink')}</Link>
          </p>
        </section>
      )}
      {canInvite && municipality && (
        <ThirdPersonFields
          label={t('wizard.requirements.thirdPerson')}
          hint={t(thirdPersonInviteKey(municipality))}
          value={third}
          onChange={(patch) => setThird((v) => ({ ...v, ...patch }))}
          errorFor={errorFor}
        />
      )}
      <TextArea
        field="notes"
        label={t('wizard.requirements.notes')}
        hint={t('wizard.requirements.notesHint')}
        value={notes}
        onChange={setNotes}
        maxLength={1000}
      />
    </StepPage>
  );
}
