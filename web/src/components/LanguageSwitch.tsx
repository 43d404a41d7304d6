import { useTranslation } from 'react-i18next';
import { LANGS } from '../i18n';

const NAMES = { el: 'Ελληνικά', en: 'English' } as const;

/** Each language is named in itself (and marked with its lang) so everyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="lang-switch" aria-label={t('layout.language')}>
      <ul className="nav-list">
        {LANGS.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              lang={lng}
              aria-pressed={i18n.language === lng}
              onClick={() => void i18n.changeLanguage(lng)}
            >
              {NAMES[lng]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
