// The booking wizard's state and the one reducer that changes it. Pure: the
// React context and sessionStorage persistence live elsewhere.
import { interpretingFor } from '@muni/domain/interpreting';
import type { Appointment, Interpretation, LocalizedText, Mode, PersonDetails, SessionUser, Slot } from '../api/types';

export type BehalfKind = 'self' | 'other' | 'business';

export interface HeldSlot {
  id: string;
  expiresAt: string;
  /** What the hold was taken for; a change of these needs a new hold. */
  start: string;
  interpretation: Interpretation | null;
  requestedEmployeeId: string | null;
}

export interface WizardState {
  municipalityId: string | null;
  mode: Mode | null;
  topicId: string | null;
  /** The topic a deep link named (/book/<slug>/<topic>): preselected on the topic page once a mode is chosen. */
  suggestedTopicId: string | null;
  slot: Slot | null;
  hold: HeldSlot | null;
  person: PersonDetails;
  onBehalfOf: { kind: BehalfKind; bookerFullName: string; companyTaxId: string; companyName: string };
  interpretation: Interpretation | null;
  thirdPerson: { wanted: boolean; fullName: string; email: string };
  notes: string;
  requestedEmployeeId: string | null;
  declarations: { dataTrue: boolean; privacyRead: boolean };
  /** Steps whose answer has a default and so count only once the user confirmed them. */
  answered: ('details' | 'on-behalf' | 'requirements' | 'employee')[];
  /** Filled once from the session user, so later edits are never overwritten. */
  prefilled: boolean;
  /** One per attempt of the same booking; cleared whenever the booking changes. */
  idempotencyKey: string | null;
  /** A 422 from the API, shown beside the field it names. */
  fieldError: { field: string; message: LocalizedText } | null;
  /** The booked appointment, for the confirmation page. */
  done: Appointment | null;
}

export type WizardAction =
  | { type: 'municipality'; id: string }
  /** A deep link (/book/<slug>[/<topic>]): the wizard starts at that municipality, the topic suggested. */
  | { type: 'startAt'; municipalityId: string; topicId: string | null }
  | { type: 'mode'; mode: Mode }
  | { type: 'topic'; id: string }
  | { type: 'slot'; slot: Slot; hold: HeldSlot | null }
  | { type: 'hold'; hold: HeldSlot | null }
  | { type: 'person'; person: PersonDetails }
  | { type: 'onBehalfOf'; value: WizardState['onBehalfOf'] }
  | { type: 'requirements'; interpretation: Interpretation | null; thirdPerson: WizardState['thirdPerson']; notes: string }
  | { type: 'employee'; id: string | null }
  | { type: 'declarations'; value: WizardState['declarations'] }
  | { type: 'prefill'; user: SessionUser; language: PersonDetails['language'] }
  | { type: 'idempotencyKey'; key: string }
  | { type: 'fieldError'; error: WizardState['fieldError'] }
  | { type: 'booked'; appointment: Appointment }
  | { type: 'reset' };

export const initialState: WizardState = {
  municipalityId: null,
  mode: null,
  topicId: null,
  suggestedTopicId: null,
  slot: null,
  hold: null,
  person: { fullName: '', email: '', phone: '', language: 'el' },
  onBehalfOf: { kind: 'self', bookerFullName: '', companyTaxId: '', companyName: '' },
  interpretation: null,
  thirdPerson: { wanted: false, fullName: '', email: '' },
  notes: '',
  requestedEmployeeId: null,
  declarations: { dataTrue: false, privacyRead: false },
  answered: [],
  prefilled: false,
  idempotencyKey: null,
  fieldError: null,
  done: null,
};

/** Choices that depend on the time slot; they go when the slot goes. */
const noSlot = { slot: null, hold: null } as const;

function answer(state: WizardState, step: WizardState['answered'][number]): WizardState['answered'] {
  return state.answered.includes(step) ? state.answered : [...state.answered, step];
}

function change(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'municipality':
      if (action.id === state.municipalityId) return state;
      // Another municipality: its modes, topics, times and staff all differ.
      return {
        ...state,
        ...noSlot,
        municipalityId: action.id,
        mode: null,
        topicId: null,
        suggestedTopicId: null,
        requestedEmployeeId: null,
        thirdPerson: initialState.thirdPerson,
        answered: state.answered.filter((s) => s !== 'employee' && s !== 'requirements'),
        done: null,
      };
    case 'startAt': {
      // Started afresh from the link, even in the same municipality: the mode and topic are asked again.
      const there = change({ ...state, municipalityId: null }, { type: 'municipality', id: action.municipalityId });
      return { ...there, mode: null, topicId: null, suggestedTopicId: action.topicId, done: null };
    }
    case 'mode': {
      if (action.mode === state.mode) return state;
      // Interpreting is not offered in every mode (by phone): an interpreter asked for is dropped, and the page asks again, explaining why.
      const dropsInterpreter = state.interpretation !== null && interpretingFor(action.mode) === 'not_offered';
      return {
        ...state,
        ...noSlot,
        mode: action.mode,
        topicId: null,
        requestedEmployeeId: null,
        // A third person can only join a video call.
        thirdPerson: action.mode === 'video' ? state.thirdPerson : initialState.thirdPerson,
        interpretation: dropsInterpreter ? null : state.interpretation,
        answered: state.answered.filter((s) => s !== 'employee' && !(dropsInterpreter && s === 'requirements')),
      };
    }
    case 'topic':
      if (action.id === state.topicId) return state;
      return { ...state, ...noSlot, topicId: action.id, suggestedTopicId: null, requestedEmployeeId: null, answered: state.answered.filter((s) => s !== 'employee') };
    case 'slot':
      return { ...state, slot: action.slot, hold: action.hold };
    case 'hold':
      return { ...state, hold: action.hold };
    case 'person':
      return { ...state, person: action.person, answered: answer(state, 'details') };
    case 'onBehalfOf':
      return { ...state, onBehalfOf: action.value, answered: answer(state, 'on-behalf') };
    case 'requirements':
      return {
        ...state,
        interpretation: action.interpretation,
        thirdPerson: action.thirdPerson.wanted ? action.thirdPerson : initialState.thirdPerson,
        notes: action.notes,
        answered: answer(state, 'requirements'),
      };
    case 'employee':
      return { ...state, requestedEmployeeId: action.id, answered: answer(state, 'employee') };
    case 'declarations':
      return { ...state, declarations: action.value };
    case 'prefill':
      return prefill(state, action.user, action.language);
    default:
      return state;
  }
}

/** Fills empty personal details from the signed-in user, once per wizard. */
function prefill(state: WizardState, user: SessionUser, language: PersonDetails['language']): WizardState {
  if (state.prefilled) return state;
  if (user.kind !== 'citizen') return { ...state, prefilled: true, person: { ...state.person, language } };
  const fullName = `${user.firstName} ${user.lastName}`.trim();
  const p = state.person;
  const person: PersonDetails = {
    fullName: p.fullName || (user.isCompany ? '' : fullName),
    email: p.email || user.email || '',
    phone: p.phone || user.phone || '',
    language: p.fullName || p.email ? p.language : language,
  };
  // A company signed in with its own credentials books as that business.
  const onBehalfOf = user.isCompany
    ? { ...state.onBehalfOf, kind: 'business' as const, companyTaxId: user.taxId, companyName: fullName }
    : { ...state.onBehalfOf, bookerFullName: state.onBehalfOf.bookerFullName || fullName };
  return { ...state, prefilled: true, person, onBehalfOf };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'idempotencyKey':
      return { ...state, idempotencyKey: action.key };
    case 'fieldError':
      return { ...state, fieldError: action.error };
    case 'booked':
      return { ...initialState, person: { ...initialState.person, language: state.person.language }, done: action.appointment };
    case 'reset':
      return initialState;
    default: {
      const next = change(state, action);
      if (next === state) return state;
      // Any change makes it a different booking: a new key, and old server errors no longer apply.
      return { ...next, idempotencyKey: null, fieldError: null };
    }
  }
}
