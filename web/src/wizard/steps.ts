// Order of the wizard's pages and which answers each needs.
import type { WizardState } from './state';
import { validateDeclarations, validateOnBehalf, validatePerson } from './validate';

export const STEPS = [
  'municipality',
  'mode',
  'topic',
  'date',
  'details',
  'on-behalf',
  'requirements',
  'employee',
  'declarations',
  'review',
] as const;

export type StepId = (typeof STEPS)[number];

export function stepPath(step: StepId): string {
  return `/book/${step}`;
}

export function isStepComplete(state: WizardState, step: StepId): boolean {
  switch (step) {
    case 'municipality':
      return state.municipalityId !== null;
    case 'mode':
      return state.mode !== null;
    case 'topic':
      return state.topicId !== null;
    case 'date':
      return state.slot !== null;
    case 'details':
      return state.answered.includes('details') && validatePerson(state.person).length === 0;
    case 'on-behalf':
      return state.answered.includes('on-behalf') && validateOnBehalf(state.onBehalfOf, state.person.fullName).length === 0;
    case 'requirements':
    case 'employee':
      return state.answered.includes(step);
    case 'declarations':
      return validateDeclarations(state.declarations).length === 0;
    case 'review':
      return false;
  }
}

/** Where someone arriving at /book (or skipping ahead) should be. */
export function firstIncompleteStep(state: WizardState): StepId {
  return STEPS.find((s) => !isStepComplete(state, s)) ?? 'review';
}

/** A step may be shown once every step before it is complete. */
export function canEnter(state: WizardState, step: StepId): boolean {
  return STEPS.indexOf(firstIncompleteStep(state)) >= STEPS.indexOf(step);
}

export function nextStep(step: StepId): StepId {
  return STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)]!;
}

export function previousStep(step: StepId): StepId | null {
  const i = STEPS.indexOf(step);
  return i > 0 ? STEPS[i - 1]! : null;
}

/** Which page asks for an API field (from a 422 `field`), so the error shows beside it. */
export function stepForField(field: string): StepId {
  const head = field.split('.')[0] ?? '';
  const byHead: Record<string, StepId> = {
    municipalityId: 'municipality',
    mode: 'mode',
    topicId: 'topic',
    start: 'date',
    holdId: 'date',
    person: 'details',
    onBehalfOf: 'on-behalf',
    interpretation: 'requirements',
    thirdPerson: 'requirements',
    notes: 'requirements',
    requestedEmployeeId: 'employee',
    declarations: 'declarations',
  };
  return byHead[head] ?? 'review';
}

/** The DOM id of the input for an API field path ('person.email' → 'person-email'). */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-');
}
