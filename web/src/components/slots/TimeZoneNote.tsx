import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { timeZoneName } from '../../lib/dates';

/** "Times are in Greek time (Europe/Athens)" — people booking from abroad need this. */
export function TimeZoneNote({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return <p className="timezone-note">{t('slots.timeZone', { name: timeZoneName(timeZone, lang), zone: timeZone })}</p>;
}
