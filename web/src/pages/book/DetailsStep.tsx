import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PersonDetails } from '../../api/types';
import { Checkbox, RadioGroup, TextField } from '../../components/fields';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useStepErrors } from '../../wizard/useStepErrors';
import { validatePerson } from '../../wizard/validate';
import { useWizard } from '../../wizard/WizardContext';

export default function DetailsStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, dispatch } = useWizard();
  const [person, setPerson] = useState<PersonDetails>(state.person);
  const { errors, errorFor, setProblems } = useStepErrors(['person']);
  const set = (patch: Partial<PersonDetails>) => setPerson((p) => ({ ...p, ...patch }));

  const submit = () => {
    const problems = validatePerson(person);
    setProblems(problems);
    dispatch({ type: 'person', person });
    if (problems.length === 0) navigate(stepPath(nextStep('details')));
  };

  return (
    <StepPage step="details" title={t('wizard.details.title')} errors={errors} onSubmit={submit}>
      <p className="lead">{t('wizard.details.intro')}</p>
      <TextField
        field="person.fullName"
        label={t('wizard.details.fullName')}
        autoComplete="name"
        value={person.fullName}
        onChange={(fullName) => set({ fullName })}
        error={errorFor('person.fullName')}
      />
      <TextField
        field="person.email"
        label={t('wizard.details.email')}
        hint={t('wizard.details.emailHint')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={person.email}
        onChange={(email) => set({ email })}
        error={errorFor('person.email')}
      />
      <TextField
        field="person.phone"
        label={t('wizard.details.phone')}
        hint={t('wizard.details.phoneHint')}
        type="tel"
        autoComplete="tel"
        className="input-medium"
        value={person.phone}
        onChange={(phone) => set({ phone })}
        error={errorFor('person.phone')}
      />
      <Checkbox
        field="person.smsConsent"
        label={t('wizard.details.smsConsent')}
        hint={t('wizard.details.smsConsentHint')}
        checked={person.smsConsent ?? false}
        onChange={(smsConsent) => set({ smsConsent })}
      />
      <RadioGroup
        field="person.language"
        legend={t('wizard.details.language')}
        value={person.language}
        onChange={(language) => set({ language })}
        error={errorFor('person.language')}
        options={[
          { value: 'el', label: 'Ελληνικά', lang: 'el' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
      />
    </StepPage>
  );
}
