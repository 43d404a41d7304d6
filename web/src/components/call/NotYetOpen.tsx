import { useTranslation } from 'react-i18next';
import { useCountdown } from '../../call/useCountdown';
import { useLang } from '../../i18n';
import { formatDateTime, timeZoneName } from '../../lib/dates';

interface Props {
  opensAt: string;
  timeZone: string;
  offsetMs: number;
  /** called once when the countdown reaches zero: the page asks the server again */
  onOpen: () => void;
}

/** Before the window: when the call opens, and a countdown that only redraws (no requests). */
export function NotYetOpen({ opensAt, timeZone, offsetMs, onOpen }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const left = useCountdown(opensAt, offsetMs, onOpen);
  const parts = [
    left.days > 0 && t('call.early.days', { count: left.days }),
    (left.days > 0 || left.hours > 0) && t('call.early.hours', { count: left.hours }),
    t('call.early.minutes', { count: left.minutes }),
    left.days === 0 && left.hours === 0 && t('call.early.seconds', { count: left.seconds }),
  ].filter(Boolean);
  return (
    <div className="notice" data-testid="join-early">
      <h2 className="notice-title">{t('call.early.title')}</h2>
      <p>{t('call.early.opensAt', { when: `${formatDateTime(opensAt, timeZone, lang)} (${timeZoneName(timeZone, lang)})` })}</p>
      {/* Not a live region: a screen reader would hear every second. */}
      <p className="lead">
        {t('call.early.in')} <strong>{parts.join(' ')}</strong>
      </p>
      <p>{t('call.early.keepOpen')}</p>
    </div>
  );
}
