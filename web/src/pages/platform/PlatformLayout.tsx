import '../../components/admin/admin.css';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import type { SessionUser } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SessionGate } from '../../components/SessionGate';
import { PLATFORM_SECTIONS } from '../../components/platform/navigation';
import { useActAsPlatformAdmin } from '../../components/platform/platformApi';

/** The platform admin is a citizen account marked as such: they sign in through the citizens' GSIS. */
const PLATFORM_SIGN_IN = '/auth/gsis/login?returnTo=/platform';

/** The platform area: only for a platform-admin user acting as such; everyone else is told why. */
export default function PlatformLayout() {
  return <SessionGate>{(user) => <PlatformPages user={user} />}</SessionGate>;
}

function PlatformPages({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const act = useActAsPlatformAdmin();

  if (!user) {
    return (
      <>
        <PageHeading>{t('platform.gate.title')}</PageHeading>
        <p className="lead">{t('platform.gate.signInWhy')}</p>
        <a className="button button-start" href={PLATFORM_SIGN_IN}>
          {t('platform.gate.signIn')}
        </a>
      </>
    );
  }
  if (user.kind !== 'citizen' || !user.platformAdmin) {
    return (
      <>
        <PageHeading>{t('platform.gate.title')}</PageHeading>
        <div className="notice notice-warning">
          <p className="notice-title">{t('platform.gate.notAdminTitle')}</p>
          <p>{t('platform.gate.notAdmin')}</p>
        </div>
      </>
    );
  }
  if (!user.actingAsPlatformAdmin) {
    // Acting as platform admin is a deliberate, logged switch of this session.
    return (
      <>
        <PageHeading>{t('platform.gate.title')}</PageHeading>
        <p className="lead">{t('platform.gate.actWhy')}</p>
        <ErrorNotice error={act.error} />
        <button type="button" className="button button-start" disabled={act.isPending} onClick={() => act.mutate()}>
          {t('platform.gate.act')}
        </button>
      </>
    );
  }
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label={t('platform.nav.label')}>
        <p className="admin-nav-title">{t('platform.nav.title')}</p>
        <ul>
          {PLATFORM_SECTIONS.map((s) => (
            <li key={s.key}>
              <NavLink to={s.to} end={s.end}>
                {t(`platform.nav.${s.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
