import { useTranslation } from 'react-i18next';
import type { RetryCountdown } from '../../call/useRetryCountdown';

interface Props {
  /** serverDown: the service's video server cannot be reached; network: this device lost the call */
  kind: 'serverDown' | 'network';
  countdown: RetryCountdown;
  /** the next try joins the call (rather than only asking whether video is back) */
  joins: boolean;
}

/**
 * Video does not work right now: whose trouble it is, that the page tries
 * again by itself (a visible countdown) and what else the person can do.
 * Only the message is a live region, not the countdown (read out every second).
 */
export function RetryNotice({ kind, countdown, joins }: Props) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning" data-testid={kind === 'serverDown' ? 'video-server-down' : 'connection-lost'}>
      <div role="alert">
        <h2 className="notice-title">{t(`call.retry.${kind}.title`)}</h2>
        <p>{t(`call.retry.${kind}.text`)}</p>
      </div>
      <p data-testid="retry-countdown">
        {countdown.trying ? t('call.retry.trying') : t(joins ? 'call.retry.joinIn' : 'call.retry.checkIn', { count: countdown.left })}
      </p>
      <button type="button" className="button button-secondary" onClick={countdown.now} disabled={countdown.trying}>
        {t('call.retry.now')}
      </button>
    </div>
  );
}
