import { useTranslation } from 'react-i18next';
import type { CallRoom } from '../../call/useCallRoom';

/**
 * While connected or reconnecting: whose trouble it is (connection.ts
 * judgeConnection). The service's video server is never blamed on the
 * person's network, nor the other way round.
 */
export function ConnectionNotice({ call }: { call: CallRoom }) {
  const { t } = useTranslation();
  switch (call.verdict) {
    case 'serverDown':
      return (
        <div className="notice notice-warning" data-testid="video-server-down">
          <p className="notice-title">{t('call.connection.serverDown.title')}</p>
          <p>{t('call.connection.serverDown.text')}</p>
        </div>
      );
    case 'offline':
      return (
        <p className="notice notice-warning" data-testid="connection-offline">
          {t('call.connection.offline')}
        </p>
      );
    case 'poorNetwork':
      return (
        <p className="notice" data-testid="connection-poor">
          {t('call.connection.poor')}
        </p>
      );
    case 'reconnecting':
      return (
        <p className="notice notice-warning" data-testid="reconnecting">
          {t('call.reconnecting')}
        </p>
      );
    default:
      return null;
  }
}
