import { Navigate, Outlet, useLocation } from 'react-router';
import { RequireSignIn } from '../../components/RequireSignIn';
import { bookReturnTo } from '../../wizard/deepLink';
import { firstIncompleteStep, STEPS, stepPath } from '../../wizard/steps';
import { useWizard, WizardProvider } from '../../wizard/WizardContext';

/** /book/*: signed-in users only; the wizard state lives here for all its pages. */
export default function BookLayout() {
  const { pathname, search } = useLocation();
  return (
    <RequireSignIn returnTo={bookReturnTo(pathname, search, STEPS)}>
      {(user) => (
        <WizardProvider user={user}>
          <Outlet />
        </WizardProvider>
      )}
    </RequireSignIn>
  );
}

/** /book: continue where the user left off. */
export function BookIndex() {
  const { state } = useWizard();
  return <Navigate to={stepPath(firstIncompleteStep(state))} replace />;
}
