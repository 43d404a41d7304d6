import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CompanyFields } from '../../components/booking/OnBehalfFields';
import { RadioGroup, TextField } from '../../components/fields';
import { businessAuth } from '../../wizard/buildBooking';
import type { BehalfKind, WizardState } from '../../wizard/state';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useStepErrors } from '../../wizard/useStepErrors';
import { validateOnBehalf } from '../../wizard/validate';
import { useWizard } from '../../wizard/WizardContext';

export default function OnBehalfStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, dispatch, user } = useWizard();
  const [value, setValue] = useState<WizardState['onBehalfOf']>(state.onBehalfOf);
  const { errors, errorFor, setProblems } = useStepErrors(['onBehalfOf']);
  const set = (patch: Partial<WizardState['onBehalfOf']>) => setValue((v) => ({ ...v, ...patch }));

  const submit = () => {
    const problems = validateOnBehalf(value, state.person.fullName);
    setProblems(problems);
    dispatch({ type: 'onBehalfOf', value });
    if (problems.length === 0) navigate(stepPath(nextStep('on-behalf')));
  };

  const proven = businessAuth(value.companyTaxId, user) === 'company_credentials';
  const options: { value: BehalfKind; label: string; hint?: string; reveal?: ReactNode }[] = [
    { value: 'self', label: t('wizard.onBehalf.self') },
    {
      value: 'other',
      label: t('wizard.onBehalf.other'),
      hint: t('wizard.onBehalf.otherHint'),
      reveal: (
        <>
          <p>
            {t('wizard.onBehalf.otherDetails', { name: state.person.fullName })}{' '}
            <Link to={stepPath('details')}>{t('wizard.onBehalf.changeDetails')}</Link>
          </p>
          <TextField
            field="onBehalfOf.bookerFullName"
            label={t('wizard.onBehalf.bookerFullName')}
            hint={t('wizard.onBehalf.bookerHint')}
            autoComplete="name"
            value={value.bookerFullName}
            onChange={(bookerFullName) => set({ bookerFullName })}
            error={errorFor('onBehalfOf.bookerFullName')}
          />
        </>
      ),
    },
    {
      value: 'business',
      label: t('wizard.onBehalf.business'),
      hint: t('wizard.onBehalf.businessHint'),
      reveal: (
        <>
          <CompanyFields
            value={value}
            // The tax id is kept without the spaces people type between groups of digits.
            onChange={({ companyTaxId, ...rest }) =>
              set(companyTaxId === undefined ? rest : { ...rest, companyTaxId: companyTaxId.replace(/\s/g, '') })
            }
            errorFor={errorFor}
          />
          <p className="hint">{proven ? t('wizard.onBehalf.authCredentials') : t('wizard.onBehalf.authDeclared')}</p>
        </>
      ),
    },
  ];

  return (
    <StepPage step="on-behalf" title={t('wizard.onBehalf.title')} errors={errors} onSubmit={submit}>
      <RadioGroup
        field="onBehalfOf.kind"
        labelledBy="page-heading"
        value={value.kind}
        onChange={(kind) => set({ kind })}
        options={options}
      />
    </StepPage>
  );
}
