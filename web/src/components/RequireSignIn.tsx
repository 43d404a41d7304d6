import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/types';
import { signInUrl } from './Header';
import { PageHeading } from './PageHeading';
import { SessionGate } from './SessionGate';

interface Props {
  /** Where GSIS sends the user back to after signing in. */
  returnTo: string;
  children: (user: SessionUser) => ReactNode;
}

/** Shows its children only to a signed-in user; otherwise explains and offers the Taxisnet sign-in. */
export function RequireSignIn({ returnTo, children }: Props) {
  const { t } = useTranslation();
  return (
    <SessionGate>
      {(user) =>
        user ? (
          children(user)
        ) : (
          <>
            <PageHeading>{t('signIn.title')}</PageHeading>
            <p className="lead">{t('signIn.why')}</p>
            <p>{t('signIn.taxisnet')}</p>
            <a className="button button-start" href={signInUrl(returnTo)}>
              {t('signIn.button')}
            </a>
          </>
        )
      }
    </SessionGate>
  );
}
