import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { useLocalized } from '../i18n';

/** Shows an API error in the current language; network/server trouble reads as "service unavailable". */
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
  return (
    <div className="notice notice-error" role="alert">
      {!hideTitle && <p className="notice-title">{unavailable ? t('errors.unavailableTitle') : t('errors.title')}</p>}
      <p>{unavailable ? t('errors.unavailable') : text(error.message)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
