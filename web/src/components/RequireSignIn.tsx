import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/hooks';
import type { SessionUser } from '../api/types';
import { ErrorNotice } from './ErrorNotice';
import { signInUrl } from './Header';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';

interface Props {
  /** Where GSIS sends the user back to after signing in. */
  returnTo: string;
  children: (user: SessionUser) => ReactNode;
}

/** Shows its children only to a signed-in user; otherwise explains and offers the Taxisnet sign-in. */
export function RequireSignIn({ returnTo, children }: Props) {
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
  const user = session.data.user;
  if (user) return <>{children(user)}</>;

  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      <p className="lead">{t('signIn.why')}</p>
      <p>{t('signIn.taxisnet')}</p>
      <a className="button button-start" href={signInUrl(returnTo)}>
        {t('signIn.button')}
      </a>
    </>
  );
}
