import { loadConfig } from '@muni/appointments';
import { describe, expect, it } from 'vitest';
import { createSmsCatcher } from './catcher';
import { smsDeliveryFromConfig } from './fromConfig';

const config = (env: Record<string, string>) => loadConfig({ LOG_LEVEL: 'silent', ...env } as NodeJS.ProcessEnv);

describe('smsDeliveryFromConfig', () => {
  it('development without a gateway: the local catcher, read at /dev/sms', () => {
    const catcher = createSmsCatcher();
    const { sms, line } = smsDeliveryFromConfig(config({}), catcher);
    expect(sms.provider).toBe(catcher);
    expect(sms.from).toBe('Rantevou');
    expect(line).toBe('texts (SMS): local catcher, read at http://localhost:3000/dev/sms');
  });

  it('production without a gateway: no texts, never the catcher, and the log says so', () => {
    const { sms, line } = smsDeliveryFromConfig(config({ NODE_ENV: 'production' }), createSmsCatcher());
    expect(sms.provider).toBeNull();
    expect(line).toMatch(/off, SMS_GATEWAY_URL is not set/);
  });

  it('a gateway: named by its host only (never its credentials)', () => {
    const { sms, line } = smsDeliveryFromConfig(config({ SMS_GATEWAY_URL: 'https://sms.example.gr/api/send', SMS_GATEWAY_TOKEN: 'tok-abc', SMS_FROM: 'DimosAthin', JOIN_GRACE_MINUTES: '45' }));
    expect(sms).toMatchObject({ from: 'DimosAthin', joinGraceMinutes: 45 });
    expect(line).toBe('texts (SMS): sent through the HTTP gateway at sms.example.gr');
  });

  it('refuses a sender providers would reject', () => {
    expect(() => config({ SMS_FROM: 'Δήμος Αθηναίων' })).toThrow(/SMS_FROM/);
    expect(() => config({ SMS_FROM: 'MunicipalityOfAthens' })).toThrow(/SMS_FROM/);
    expect(config({ SMS_FROM: '+306912345678' }).SMS_FROM).toBe('+306912345678');
  });
});
