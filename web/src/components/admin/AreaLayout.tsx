// The shell of an administration area, the municipality's (/admin) and the
// platform's (/platform): a signed-out visitor is asked to sign in; inside,
// the area's navigation beside the page. Who of the signed-in may enter
// differs per area, so each layout page decides that itself.
import './admin.css';
import { type ReactNode, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import type { SessionUser } from '../../api/types';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';
import { SessionGate } from '../SessionGate';

interface SignIn {
  title: string;
  why: string;
  action: string;
  /** Where signing in starts (the GSIS variant the area's users have). */
  href: string;
}

/** Hands the signed-in user to `children`; a signed-out visitor sees why to sign in, and where. */
export function AreaGate({ signIn, children }: { signIn: SignIn; children: (user: SessionUser) => ReactNode }) {
  return <SessionGate>{(user) => (user ? children(user) : <AreaSignIn {...signIn} />)}</SessionGate>;
}

export interface AreaSection {
  to: string;
  label: string;
  /** Highlighted only on this exact path (the area's index). */
  end: boolean;
}

interface Props {
  /** The navigation landmark's name, read by screen readers. */
  navLabel: string;
  /** Shown above the links (the municipality's name, or "Platform"). */
  title: string;
  sections: readonly AreaSection[];
}

export function AreaLayout({ navLabel, title, sections }: Props) {
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label={navLabel}>
        <p className="admin-nav-title">{title}</p>
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end={s.end}>
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}

function AreaSignIn({ title, why, action, href }: SignIn) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{why}</p>
      <a className="button button-start" href={href}>
        {action}
      </a>
    </>
  );
}
