import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useMunicipalities } from '../../api/hooks';
import type { Municipality, SessionUser } from '../../api/types';
import { ConsoleBar } from '../../components/console/ConsoleBar';
import { ConsoleContext } from '../../components/console/ConsoleContext';
import { PickMunicipality } from '../../components/console/PickMunicipality';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SessionGate } from '../../components/SessionGate';
import '../../components/console/console.css';

export function employeeSignInUrl(returnTo: string): string {
  return `/auth/gsis-gov/login?returnTo=${encodeURIComponent(returnTo).replace(/%2F/g, '/')}`;
}

/**
 * Every console page goes through here: signed in as an employee, acting for
 * one municipality (picked when they belong to several). Pages read the scope
 * with useConsole().
 */
export default function ConsoleLayout() {
  // Asked for here so the catalogue loads alongside the session.
  const catalogue = useMunicipalities();
  return <SessionGate>{(user) => <ConsoleScope user={user} catalogue={catalogue} />}</SessionGate>;
}

function ConsoleScope({ user, catalogue }: { user: SessionUser | null; catalogue: ReturnType<typeof useMunicipalities> }) {
  const { t } = useTranslation();
  const location = useLocation();

  if (user?.kind !== 'employee') {
    return (
      <>
        <PageHeading>{t('console.signIn.title')}</PageHeading>
        <p className="lead">{t('console.signIn.text')}</p>
        {user?.kind === 'citizen' && <p className="notice">{t('console.signIn.citizen')}</p>}
        <a className="button button-start" href={employeeSignInUrl(location.pathname + location.search)}>
          {t('console.signIn.button')}
        </a>
      </>
    );
  }

  const membership = user.memberships.find((m) => m.municipalityId === user.activeMunicipalityId);
  if (!membership || location.pathname.replace(/\/$/, '') === '/console/municipality') {
    if (user.memberships.length === 0) return <p className="notice">{t('console.pick.none')}</p>;
    return <PickMunicipality user={user} />;
  }
  if (catalogue.isPending) return <Loading />;
  if (catalogue.isError) return <ErrorNotice error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  // A municipality not (yet) in the public catalogue still has a console; assume Greek time.
  const municipality: Municipality = catalogue.data.find((m) => m.id === membership.municipalityId) ?? {
    id: membership.municipalityId,
    slug: '',
    name: membership.municipalityName,
    timeZone: 'Europe/Athens',
    modes: ['in_person', 'phone', 'video'],
    allowThirdPerson: false,
    thirdPersonInviteOnBooking: false,
    holdMinutes: 10,
  };

  return (
    <ConsoleContext.Provider value={{ user, membership, municipality }}>
      <ConsoleBar />
      <Outlet />
    </ConsoleContext.Provider>
  );
}
