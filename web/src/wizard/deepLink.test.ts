import { describe, expect, it } from 'vitest';
import { bookingLinkPath, bookReturnTo, municipalityOfLink, parseBookingLink } from './deepLink';
import { initialState, type WizardAction, wizardReducer } from './state';
import { STEPS } from './steps';

const TOPIC = '5b1c2f0e-8d7a-4e3b-9c1d-0a2b3c4d5e6f';
const none = new URLSearchParams();
const municipalities = [
  { id: 'm-athens', slug: 'athens' },
  { id: 'm-thess', slug: 'thessaloniki' },
];

describe('deep links into the wizard', () => {
  it('reads /book/<slug>, /book/<slug>/<topic> and /book/<slug>?topic=<topic>', () => {
    expect(parseBookingLink({ slug: 'athens' }, none)).toEqual({ slug: 'athens', topicId: null });
    expect(parseBookingLink({ slug: 'athens', topicId: TOPIC }, none)).toEqual({ slug: 'athens', topicId: TOPIC });
    expect(parseBookingLink({ slug: 'athens' }, new URLSearchParams(`topic=${TOPIC.toUpperCase()}`))).toEqual({ slug: 'athens', topicId: TOPIC });
  });

  it('ignores a topic that is not an id, and has nothing without a slug', () => {
    expect(parseBookingLink({ slug: 'athens', topicId: 'birth-certificate' }, none)).toEqual({ slug: 'athens', topicId: null });
    expect(parseBookingLink({}, new URLSearchParams(`topic=${TOPIC}`))).toBeNull();
  });

  it('finds the municipality case-blind, and none for an unknown slug', () => {
    expect(municipalityOfLink(municipalities, { slug: 'Athens', topicId: null })?.id).toBe('m-athens');
    expect(municipalityOfLink(municipalities, { slug: 'patra', topicId: null })).toBeUndefined();
    expect(bookingLinkPath('thessaloniki')).toBe('/book/thessaloniki');
    expect(bookingLinkPath('athens', TOPIC)).toBe(`/book/athens/${TOPIC}`);
  });

  it('comes back to the link itself after signing in; from a wizard page, to where the user left off', () => {
    expect(bookReturnTo('/book/athens', `?topic=${TOPIC}`, STEPS)).toBe(`/book/athens?topic=${TOPIC}`);
    expect(bookReturnTo(`/book/athens/${TOPIC}`, '', STEPS)).toBe(`/book/athens/${TOPIC}`);
    expect(bookReturnTo('/book/date', '', STEPS)).toBe('/book');
    expect(bookReturnTo('/book/done', '', STEPS)).toBe('/book');
    expect(bookReturnTo('/book', '', STEPS)).toBe('/book');
  });
});

describe('starting the wizard from a deep link', () => {
  const run = (actions: WizardAction[]) => actions.reduce(wizardReducer, initialState);

  it('sets the municipality, asks the mode, and keeps the topic to suggest once a mode is chosen', () => {
    const started = run([{ type: 'startAt', municipalityId: 'm-athens', topicId: TOPIC }]);
    expect(started).toMatchObject({ municipalityId: 'm-athens', mode: null, topicId: null, suggestedTopicId: TOPIC });
    const moded = wizardReducer(started, { type: 'mode', mode: 'video' });
    expect(moded).toMatchObject({ mode: 'video', topicId: null, suggestedTopicId: TOPIC });
    expect(wizardReducer(moded, { type: 'topic', id: TOPIC })).toMatchObject({ topicId: TOPIC, suggestedTopicId: null });
  });

  it('starts afresh in the same municipality, keeping the personal details', () => {
    const person = { fullName: 'Μαρία Παπαδοπούλου', email: 'maria@example.gr', phone: '6900000000', language: 'el' as const };
    const midway = run([
      { type: 'municipality', id: 'm-athens' },
      { type: 'mode', mode: 'phone' },
      { type: 'topic', id: 't-old' },
      { type: 'person', person },
    ]);
    const again = wizardReducer(midway, { type: 'startAt', municipalityId: 'm-athens', topicId: null });
    expect(again).toMatchObject({ municipalityId: 'm-athens', mode: null, topicId: null, slot: null, suggestedTopicId: null, person });
  });
});
