import { useTranslation } from 'react-i18next';
import type { EmployeeUser, SessionUser } from '../../api/types';
import { usePickMunicipality } from '../../components/admin/adminApi';
import { AreaGate, AreaLayout } from '../../components/admin/AreaLayout';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeading } from '../../components/PageHeading';
import { useLocalized } from '../../i18n';

/** Municipal employees sign in through the public-sector GSIS variant. */
const EMPLOYEE_SIGN_IN = '/auth/gsis-gov/login?returnTo=/admin';

const SECTIONS = [
  { to: '/admin', key: 'settings', end: true },
  { to: '/admin/closures', key: 'closures', end: false },
  { to: '/admin/offices', key: 'offices', end: false },
  { to: '/admin/topics', key: 'topics', end: false },
  { to: '/admin/employees', key: 'employees', end: false },
  { to: '/admin/interpreters', key: 'interpreters', end: false },
  { to: '/admin/joining', key: 'joining', end: false },
  { to: '/admin/statistics', key: 'statistics', end: false },
] as const;

/** Whether the signed-in employee administers the municipality they act for now. */
export function isActiveAdmin(user: EmployeeUser): boolean {
  return user.memberships.some((m) => m.municipalityId === user.activeMunicipalityId && m.isAdmin);
}

/** The admin pages: only for an admin of the active municipality; everyone else is told why. */
export default function AdminLayout() {
  const { t } = useTranslation();
  return (
    <AreaGate signIn={{ title: t('admin.gate.title'), why: t('admin.gate.signInWhy'), action: t('admin.gate.signIn'), href: EMPLOYEE_SIGN_IN }}>
      {(user) => <AdminPages user={user} />}
    </AreaGate>
  );
}

function AdminPages({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const text = useLocalized();

  if (user.kind !== 'employee' || !isActiveAdmin(user)) return <NotAdmin user={user.kind === 'employee' ? user : null} />;

  const active = user.memberships.find((m) => m.municipalityId === user.activeMunicipalityId);
  return (
    <AreaLayout
      navLabel={t('admin.nav.label')}
      title={text(active?.municipalityName)}
      sections={SECTIONS.map((s) => ({ to: s.to, end: s.end, label: t(`admin.nav.${s.key}`) }))}
    />
  );
}

function NotAdmin({ user }: { user: EmployeeUser | null }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const pick = usePickMunicipality();
  // An admin of another of their municipalities can switch to it here.
  const elsewhere = user?.memberships.filter((m) => m.isAdmin && m.municipalityId !== user.activeMunicipalityId) ?? [];
  return (
    <>
      <PageHeading>{t('admin.gate.title')}</PageHeading>
      <div className="notice notice-warning">
        <p className="notice-title">{t('admin.gate.notAdminTitle')}</p>
        <p>{user ? t('admin.gate.notAdminEmployee') : t('admin.gate.notAdminCitizen')}</p>
      </div>
      <ErrorNotice error={pick.error} />
      {elsewhere.length > 0 && (
        <>
          <h2>{t('admin.gate.switchTitle')}</h2>
          <ul className="card-actions">
            {elsewhere.map((m) => (
              <li key={m.municipalityId}>
                <button type="button" className="button" disabled={pick.isPending} onClick={() => pick.mutate(m.municipalityId)}>
                  {t('admin.gate.switchTo', { name: text(m.municipalityName) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
