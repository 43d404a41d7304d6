import { describe, expect, it } from 'vitest';
import { callRoles, hasVideoCall, interpretingFor, interpretingOffered } from './interpreting';
import { representationToProve } from './representation';

describe('interpreting per mode', () => {
  it('joins a video call, joins an in-person visit remotely by video link, and is not offered by phone', () => {
    expect(interpretingFor('video')).toBe('in_call');
    expect(interpretingFor('in_person')).toBe('remote_video_link');
    expect(interpretingFor('phone')).toBe('not_offered');
    expect(interpretingOffered('in_person')).toBe(true);
    expect(interpretingOffered('phone')).toBe(false);
  });

  it('gives an in-person appointment with interpreting a call of the employee and the interpreter only', () => {
    expect(callRoles({ mode: 'in_person', interpretation: 'gsl' })).toEqual(['employee', 'interpreter']);
    expect(hasVideoCall({ mode: 'in_person', interpretation: 'lip_reading' })).toBe(true);
  });

  it('gives a video appointment everyone, and in-person without interpreting or a phone call no call', () => {
    expect(callRoles({ mode: 'video', interpretation: null })).toEqual(['citizen', 'employee', 'interpreter', 'third_person']);
    expect(hasVideoCall({ mode: 'in_person', interpretation: null })).toBe(false);
    expect(hasVideoCall({ mode: 'phone', interpretation: 'gsl' })).toBe(false);
  });
});

describe('proof of representation', () => {
  it('is needed for a business whose link is declared, not for one signed in with its own credentials nor for a person', () => {
    expect(representationToProve({ on_behalf_kind: 'business', business_auth: 'declared' })).toBe(true);
    expect(representationToProve({ on_behalf_kind: 'business', business_auth: 'company_credentials' })).toBe(false);
    expect(representationToProve({ on_behalf_kind: 'other', business_auth: null })).toBe(false);
    expect(representationToProve({ on_behalf_kind: 'self', business_auth: null })).toBe(false);
  });
});
