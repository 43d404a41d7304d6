import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { CallFrameContext } from '../../call/callFrame';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import '../../components/call/call.css';

/**
 * The join page's own frame: the e-mailed link is opened by guests without an
 * account (interpreters, third persons), so no sign-in or site navigation, and
 * a wider main area. While the call (or its waiting room) is on screen the
 * header and footer go and the call fills the window (callFrame.ts).
 */
export default function JoinLayout() {
  const { t } = useTranslation();
  const [immersive, setImmersive] = useState(false);
  return (
    <CallFrameContext.Provider value={setImmersive}>
      <a href="#main-content" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      {!immersive && (
        <header className="site-header">
          <div className="container join-shell header-row">
            <Link to="/" className="service-name">
              {t('service.name')}
            </Link>
            <LanguageSwitch />
          </div>
        </header>
      )}
      <main id="main-content" className={immersive ? 'call-main' : 'container join-shell main'} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      {!immersive && (
        <footer className="site-footer">
          <div className="container join-shell">
            <p>
              <Link to="/manual#video">{t('call.manualLink')}</Link>
            </p>
          </div>
        </footer>
      )}
    </CallFrameContext.Provider>
  );
}
