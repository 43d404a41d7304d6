import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMunicipalities } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useLang, useLocalized } from '../i18n';
import { MODE_ORDER } from './book/modes';

export default function Home() {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const municipalities = useMunicipalities();
  const sorted = [...(municipalities.data ?? [])].sort((a, b) => text(a.name).localeCompare(text(b.name), lang));

  return (
    <div className="home">
      <PageHeading title={t('service.name')}>{t('service.name')}</PageHeading>
      <p className="lead">{t('home.lead')}</p>
      <ul className="list">
        <li>{t('home.modeInPerson')}</li>
        <li>{t('home.modePhone')}</li>
        <li>{t('home.modeVideo')}</li>
      </ul>
      <Link to="/book" className="button button-start">
        {t('home.bookButton')}
        <span aria-hidden="true"> →</span>
      </Link>

      <h2>{t('home.beforeTitle')}</h2>
      <ul className="list">
        <li>{t('home.beforeTaxisnet')}</li>
        <li>{t('home.beforeContact')}</li>
        <li>{t('home.beforeVideo')}</li>
      </ul>
      <p>
        <Link to="/manual">{t('home.manualLink')}</Link>
      </p>

      <h2 id="municipalities-title">{t('home.municipalitiesTitle')}</h2>
      {municipalities.isPending && <Loading />}
      <ErrorNotice error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      {municipalities.isSuccess && sorted.length === 0 && <p>{t('home.noMunicipalities')}</p>}
      {sorted.length > 0 && (
        <ul className="municipality-list" aria-labelledby="municipalities-title">
          {sorted.map((m) => (
            <li key={m.id}>
              <span className="municipality-name">{text(m.name)}</span>
              <span className="hint-inline">
                {MODE_ORDER.filter((mode) => m.modes.includes(mode))
                  .map((mode) => t(`modes.${mode}`))
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}

      <aside className="employee-box" aria-labelledby="employees-title">
        <h2 id="employees-title">{t('home.employeesTitle')}</h2>
        <p>{t('home.employeesText')}</p>
        <a href="/auth/gsis-gov/login?returnTo=/console">{t('home.employeesLink')}</a>
      </aside>
    </div>
  );
}
