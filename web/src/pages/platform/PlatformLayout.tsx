import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/types';
import { AreaGate, AreaLayout } from '../../components/admin/AreaLayout';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeading } from '../../components/PageHeading';
import { PLATFORM_SECTIONS } from '../../components/platform/navigation';
import { useActAsPlatformAdmin } from '../../components/platform/platformApi';

/** The platform admin is a citizen account marked as such: they sign in through the citizens' GSIS. */
const PLATFORM_SIGN_IN = '/auth/gsis/login?returnTo=/platform';

/** The platform area: only for a platform-admin user acting as such; everyone else is told why. */
export default function PlatformLayout() {
  const { t } = useTranslation();
  return (
    <AreaGate signIn={{ title: t('platform.gate.title'), why: t('platform.gate.signInWhy'), action: t('platform.gate.signIn'), href: PLATFORM_SIGN_IN }}>
      {(user) => <PlatformPages user={user} />}
    </AreaGate>
  );
}

function PlatformPages({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const act = useActAsPlatformAdmin();

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
    <AreaLayout
      navLabel={t('platform.nav.label')}
      title={t('platform.nav.title')}
      sections={PLATFORM_SECTIONS.map((s) => ({ to: s.to, end: s.end, label: t(`platform.nav.${s.key}`) }))}
    />
  );
}
