// The "invite a third person to the video call" fields, shared by the booking
// wizard and the console's desk form. Field names are the API's field paths.
import { useTranslation } from 'react-i18next';
import type { WizardState } from '../../wizard/state';
import { Checkbox, TextField } from '../fields';

type ThirdPerson = WizardState['thirdPerson'];

interface Props {
  /** The checkbox's wording (the wizard speaks to the citizen, the console to the employee). */
  label: string;
  hint?: string;
  value: ThirdPerson;
  onChange: (patch: Partial<ThirdPerson>) => void;
  errorFor: (field: string) => string | undefined;
  /** Filled in by an employee at the desk: autocomplete off (the browser would offer the employee's own details). */
  desk?: boolean;
}

export function ThirdPersonFields({ label, hint, value, onChange, errorFor, desk = false }: Props) {
  const { t } = useTranslation();
  const autoComplete = desk ? 'off' : undefined;
  return (
    <>
      <Checkbox field="thirdPerson.wanted" label={label} hint={hint} checked={value.wanted} onChange={(wanted) => onChange({ wanted })} />
      {value.wanted && (
        <div className="reveal">
          <TextField
            field="thirdPerson.fullName"
            label={t('wizard.requirements.thirdPersonName')}
            autoComplete={autoComplete}
            value={value.fullName}
            onChange={(fullName) => onChange({ fullName })}
            error={errorFor('thirdPerson.fullName')}
          />
          <TextField
            field="thirdPerson.email"
            label={t('wizard.requirements.thirdPersonEmail')}
            hint={t('wizard.requirements.thirdPersonEmailHint')}
            type="email"
            autoComplete={autoComplete}
            spellCheck={desk ? undefined : false}
            value={value.email}
            onChange={(email) => onChange({ email })}
            error={errorFor('thirdPerson.email')}
          />
        </div>
      )}
    </>
  );
}
