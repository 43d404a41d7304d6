import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang, LocalizedText } from '../api/types';
import el from './el.json';
import en from './en.json';

export const LANGS: Lang[] = ['el', 'en'];
const STORAGE_KEY = 'muni.lang';

/** The language this browser chose before (the switch, remembered), or null. */
function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'el' ? v : null;
  } catch {
    return null; // storage blocked
  }
}

// Read before init, which remembers its own default as if it had been chosen.
const chosenAtLoad = storedLang();

/** Whether this browser came with a language of its own choosing, as against the default. */
export function languageChosen(): boolean {
  return chosenAtLoad !== null;
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered, but still switched.
  }
});

void i18n.use(initReactI18next).init({
  resources: { el: { translation: el }, en: { translation: en } },
  lng: chosenAtLoad ?? 'el', // Greek first
  fallbackLng: 'el',
  supportedLngs: LANGS,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;

/** The current interface language, narrowed to the ones we ship. */
export function useLang(): Lang {
  const { i18n: inst } = useTranslation();
  return inst.language === 'en' ? 'en' : 'el';
}

/** Picks the current language out of an API `{el, en}` text. */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const lang = useLang();
  return (text) => (text ? text[lang] || text.el : '');
}
