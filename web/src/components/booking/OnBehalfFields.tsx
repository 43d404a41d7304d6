// The "on behalf of a business" fields, shared by the booking wizard and the
// console's desk form. Field names are the API's field paths (errors land beside them).
import { useTranslation } from 'react-i18next';
import type { WizardState } from '../../wizard/state';
import { TextField } from '../fields';

type Company = Pick<WizardState['onBehalfOf'], 'companyTaxId' | 'companyName'>;

interface Props {
  value: Company;
  onChange: (patch: Partial<Company>) => void;
  errorFor: (field: string) => string | undefined;
  /**
   * Filled in by an employee at the desk: autocomplete off (the browser would
   * offer the employee's own details). The citizen's own form caps the tax id
   * at 9 digits and offers the browser's organisation name.
   */
  desk?: boolean;
}

export function CompanyFields({ value, onChange, errorFor, desk = false }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        field="onBehalfOf.companyTaxId"
        label={t('wizard.onBehalf.companyTaxId')}
        hint={t('wizard.onBehalf.companyTaxIdHint')}
        inputMode="numeric"
        maxLength={desk ? undefined : 9}
        autoComplete={desk ? 'off' : undefined}
        className="input-short"
        value={value.companyTaxId}
        onChange={(companyTaxId) => onChange({ companyTaxId })}
        error={errorFor('onBehalfOf.companyTaxId')}
      />
      <TextField
        field="onBehalfOf.companyName"
        label={t('wizard.onBehalf.companyName')}
        autoComplete={desk ? 'off' : 'organization'}
        value={value.companyName}
        onChange={(companyName) => onChange({ companyName })}
        error={errorFor('onBehalfOf.companyName')}
      />
    </>
  );
}
