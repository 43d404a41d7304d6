import { describe, expect, it } from 'vitest';
import el from '../../i18n/el.json';
import en from '../../i18n/en.json';
import { deskInterpretingHintKey, interpretingHintKey, thirdPersonInviteKey } from './promises';

const text = (messages: object, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages) as string;

describe('the third person is promised what the municipality does', () => {
  it('their own link by e-mail at booking where the municipality sends invitations then', () => {
    const key = thirdPersonInviteKey({ thirdPersonInviteOnBooking: true });
    expect(text(en, key)).toContain('as soon as you book');
    expect(text(el, key)).toContain('μόλις κλείσετε');
  });

  it('a link the employee sends where the invitations go from the console', () => {
    const key = thirdPersonInviteKey({ thirdPersonInviteOnBooking: false });
    expect(text(en, key)).toContain("municipality's employee sends them");
    expect(text(en, key)).not.toContain('as soon as you book');
    expect(text(el, key)).toContain('ο υπάλληλος');
  });
});

describe('interpreting is offered as the domain decides per mode', () => {
  it('in a video call, by video link at the counter in person, and not by phone', () => {
    expect(text(en, interpretingHintKey('video')!)).toContain('takes part in the video call');
    expect(text(en, interpretingHintKey('in_person')!)).toContain('on the screen at the counter');
    expect(interpretingHintKey('phone')).toBeNull();
    expect(text(en, 'wizard.requirements.interpretationPhone')).toContain('choose a video appointment');
  });

  it('and the desk form says the same', () => {
    expect(text(en, deskInterpretingHintKey('in_person'))).toContain('open the video call');
    expect(text(el, deskInterpretingHintKey('phone'))).toContain('βιντεοκλήση');
    expect(deskInterpretingHintKey(null)).toBe('console.book.interpretationHint');
  });
});
