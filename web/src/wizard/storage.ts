import { initialState, type WizardState } from './state';

// sessionStorage: survives back/refresh in this tab, gone when the tab closes
// (personal data should not linger on shared computers).
const KEY = 'muni.booking.v1';

export function loadWizard(): WizardState {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return initialState;
    const saved = JSON.parse(raw) as Partial<WizardState>;
    // Merge over the defaults so fields added later get sensible values.
    return {
      ...initialState,
      ...saved,
      person: { ...initialState.person, ...saved.person },
      onBehalfOf: { ...initialState.onBehalfOf, ...saved.onBehalfOf },
      thirdPerson: { ...initialState.thirdPerson, ...saved.thirdPerson },
      declarations: { ...initialState.declarations, ...saved.declarations },
    };
  } catch {
    return initialState;
  }
}

export function saveWizard(state: WizardState): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or blocked: the wizard still works, it just won't survive a refresh.
  }
}
