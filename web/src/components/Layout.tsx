import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Header } from './Header';
import { Loading } from './Loading';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <Header />
      <main id="main-content" className="container main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <ul className="footer-links">
            <li>
              <Link to="/manual">{t('nav.manual')}</Link>
            </li>
            <li>
              <Link to="/manual#privacy">{t('footer.privacy')}</Link>
            </li>
            <li>
              <Link to="/manual#accessibility">{t('footer.accessibility')}</Link>
            </li>
          </ul>
          <p>{t('footer.text')}</p>
        </div>
      </footer>
    </>
  );
}
