import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EmployeeUser } from '../../api/types';
import { useLocalized } from '../../i18n';
import { ErrorNotice } from '../ErrorNotice';
import { ErrorSummary } from '../ErrorSummary';
import { RadioGroup } from '../fields';
import { PageHeading } from '../PageHeading';
import { usePickMunicipality } from './consoleApi';

/** An employee of several municipalities says which one they act for (POST /session/municipality). */
export function PickMunicipality({ user }: { user: EmployeeUser }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const navigate = useNavigate();
  const pick = usePickMunicipality();
  const [choice, setChoice] = useState<string | null>(user.activeMunicipalityId);
  const [missing, setMissing] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!choice);
    if (choice) pick.mutate(choice, { onSuccess: () => navigate('/console') });
  };

  return (
    <>
      <ErrorSummary errors={missing ? [{ field: 'municipalityId', text: t('errors.chooseMunicipality') }] : []} />
      <PageHeading>{t('console.pick.title')}</PageHeading>
      <p className="lead">{t('console.pick.intro')}</p>
      <ErrorNotice error={pick.error} />
      <form onSubmit={submit} noValidate>
        <RadioGroup
          field="municipalityId"
          labelledBy="page-heading"
          value={choice}
          onChange={(v) => {
            setChoice(v);
            setMissing(false);
          }}
          error={missing ? t('errors.chooseMunicipality') : undefined}
          options={user.memberships.map((m) => ({
            value: m.municipalityId,
            label: text(m.municipalityName),
            hint: m.isAdmin ? t('console.pick.adminHint') : undefined,
          }))}
        />
        <button type="submit" className="button" disabled={pick.isPending}>
          {t('common.continue')}
        </button>
      </form>
    </>
  );
}
