import { createContext, type Dispatch, type ReactNode, useContext, useEffect, useReducer } from 'react';
import type { SessionUser } from '../api/types';
import { useLang } from '../i18n';
import { type WizardAction, type WizardState, wizardReducer } from './state';
import { loadWizard, saveWizard } from './storage';

interface WizardContextValue {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  user: SessionUser;
}

const WizardContext = createContext<WizardContextValue | null>(null);

export function WizardProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  const [state, dispatch] = useReducer(wizardReducer, undefined, loadWizard);
  const lang = useLang();

  useEffect(() => saveWizard(state), [state]);
  useEffect(() => dispatch({ type: 'prefill', user, language: lang }), [user, lang]);

  return <WizardContext.Provider value={{ state, dispatch, user }}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardContextValue {
  const ctx = useContext(WizardContext);
  if (!ctx) throw new Error('useWizard must be used inside <WizardProvider>');
  return ctx;
}
