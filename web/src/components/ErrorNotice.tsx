import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { useLocalized } from '../i18n';

/**
 * Shows an API error in the current language; network/server trouble reads as
 * "service unavailable". A rule of the service (a time taken, a link replaced,
 * one appointment per topic) is not "something went wrong": its title says so.
 */
interface Props {
  error: ApiError | null | undefined;
  onRetry?: () => void;
  /** When the page heading already says it. */
  hideTitle?: boolean;
}

export function ErrorNotice({ error, onRetry, hideTitle }: Props) {
  const { t } = useTranslation();
  const text = useLocalized();
  if (!error) return null;
  const unavailable = error.status === 0 || error.status >= 500;
  const title = unavailable ? 'errors.unavailableTitle' : error.status === 410 ? 'errors.goneTitle' : [403, 409, 422].includes(error.status) ? 'errors.refusedTitle' : 'errors.title';
  return (
    <div className="notice notice-error" role="alert">
      {!hideTitle && <p className="notice-title">{t(title)}</p>}
      <p>{unavailable ? t('errors.unavailable') : text(error.message)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
