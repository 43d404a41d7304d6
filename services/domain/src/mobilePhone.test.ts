import { describe, expect, it } from 'vitest';
import { formatGreekMobile, greekMobileE164, isGreekMobile } from './mobilePhone';

describe('greekMobileE164', () => {
  it('turns the ways people write a Greek mobile into +3069XXXXXXXX', () => {
    for (const written of ['6912345678', '691 234 5678', '+30 6912345678', '+30 691-234-5678', '0030 6912345678', '306912345678', ' (+30) 691.234.5678 ']) {
      expect(greekMobileE164(written), written).toBe('+306912345678');
    }
  });

  it('refuses landlines, short or long numbers, other countries and letters', () => {
    for (const written of ['2101234567', '+30 2101234567', '691234567', '69123456789', '+44 7911123456', '+357 99123456', '69l2345678', '', '+', '6912345678 ext 2']) {
      expect(greekMobileE164(written), written).toBeNull();
      expect(isGreekMobile(written)).toBe(false);
    }
    expect(greekMobileE164(null)).toBeNull();
    expect(greekMobileE164(undefined)).toBeNull();
  });

  it('is written out in groups for people to read', () => {
    expect(formatGreekMobile('+306912345678')).toBe('+30 691 234 5678');
    expect(formatGreekMobile('+441234')).toBe('+441234');
  });
});
