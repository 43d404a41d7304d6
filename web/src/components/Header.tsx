import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLogout, useSession } from '../api/hooks';
import { bookReturnTo } from '../wizard/deepLink';
import { STEPS } from '../wizard/steps';
import { LanguageSwitch } from './LanguageSwitch';

export function signInUrl(returnTo: string): string {
  // Slashes stay readable (?returnTo=/book); everything else is encoded.
  return `/auth/gsis/login?returnTo=${encodeURIComponent(returnTo).replace(/%2F/g, '/')}`;
}

export function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const location = useLocation();
  const user = session.data?.user ?? null;
  const name = user ? (user.kind === 'citizen' ? `${user.firstName} ${user.lastName}`.trim() : user.fullName) : '';

  return (
    <header className="site-header">
      <div className="container header-row">
        <Link to="/" className="service-name">
          {t('service.name')}
        </Link>
        <LanguageSwitch />
      </div>
      <div className="container header-row header-nav">
        <nav aria-label={t('layout.mainNav')}>
          <ul className="nav-list">
            {user?.kind === 'employee' ? (
              // Staff work from the console; the citizen's booking links are not theirs.
              <li>
                <Link to="/console">{t('nav.console')}</Link>
              </li>
            ) : (
              <li>
                <Link to="/book">{t('nav.book')}</Link>
              </li>
            )}
            {user?.kind === 'citizen' && (
              <li>
                <Link to="/appointments">{t('nav.myAppointments')}</Link>
              </li>
            )}
            {user?.kind === 'citizen' && user.platformAdmin && (
              <li>
                <Link to="/platform">{t('platform.nav.link')}</Link>
              </li>
            )}
            {user?.kind === 'employee' && user.memberships.some((m) => m.isAdmin) && (
              <li>
                <Link to="/admin">{t('admin.nav.link')}</Link>
              </li>
            )}
            <li>
              <Link to="/manual">{t('nav.manual')}</Link>
            </li>
          </ul>
        </nav>
        <div className="account">
          {user ? (
            <>
              <span className="account-name">{t('layout.signedInAs', { name })}</span>
              <button type="button" className="link-button" onClick={() => logout.mutate()} disabled={logout.isPending}>
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            !session.isPending && (
              <a href={signInUrl(location.pathname.startsWith('/book') ? bookReturnTo(location.pathname, location.search, STEPS) : location.pathname)}>{t('nav.signIn')}</a>
            )
          )}
        </div>
      </div>
    </header>
  );
}
