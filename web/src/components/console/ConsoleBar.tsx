import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useLocalized } from '../../i18n';
import { useConsole } from './ConsoleContext';

/** Under the site header: which municipality the employee acts for, and the console's own navigation. */
export function ConsoleBar() {
  const { t } = useTranslation();
  const text = useLocalized();
  const { user, membership } = useConsole();
  const name = text(membership.municipalityName);
  return (
    <div className="console-bar">
      <p className="console-acting">
        {t('console.bar.actingFor')} <strong>{name}</strong>
        {membership.isAdmin && <span className="hint-inline"> ({t('console.pick.admin')})</span>}
        {user.memberships.length > 1 && (
          <>
            {' '}
            <Link to="/console/municipality">
              {t('console.bar.change')}
              <span className="visually-hidden"> ({name})</span>
            </Link>
          </>
        )}
      </p>
      <nav aria-label={t('console.bar.nav')}>
        <ul className="nav-list">
          <li>
            <NavLink to="/console" end>
              {t('console.bar.appointments')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/console/book">{t('console.bar.book')}</NavLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}
