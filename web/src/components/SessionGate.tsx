import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/hooks';
import type { SessionUser } from '../api/types';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';

/**
 * Waits for the session and explains when it cannot be loaded; then hands the
 * user (null when signed out) to its children, which decide who may enter.
 */
export function SessionGate({ children }: { children: (user: SessionUser | null) => ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();

  if (session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <>
        <PageHeading>{t('errors.unavailableTitle')}</PageHeading>
        <ErrorNotice error={session.error} onRetry={() => void session.refetch()} hideTitle />
      </>
    );
  }
  return <>{children(session.data.user)}</>;
}
