import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv);

describe('DEMO_DATA', () => {
  it('auto loads the demo municipalities in development and tests, not in production', () => {
    expect(load({}).loadsDemoData).toBe(true);
    expect(load({ NODE_ENV: 'test' }).loadsDemoData).toBe(true);
    expect(load({ NODE_ENV: 'production' }).loadsDemoData).toBe(false);
    expect(load({ NODE_ENV: 'production', DEMO_DATA: 'auto' }).loadsDemoData).toBe(false);
  });

  it('on loads them everywhere, off nowhere', () => {
    expect(load({ NODE_ENV: 'production', DEMO_DATA: 'on' }).loadsDemoData).toBe(true);
    expect(load({ DEMO_DATA: 'on' }).loadsDemoData).toBe(true);
    expect(load({ DEMO_DATA: 'off' }).loadsDemoData).toBe(false);
    expect(load({ NODE_ENV: 'production', DEMO_DATA: 'off' }).loadsDemoData).toBe(false);
  });
});

describe('loadConfig', () => {
  it('names every invalid setting at once, one line each', () => {
    let error: unknown;
    try {
      load({ PORT: 'abc', RETENTION_DAYS: '5', DEMO_DATA: 'yes' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => /^Setting (\w+) is not valid/.exec(p)?.[1])).toEqual(['PORT', 'RETENTION_DAYS', 'DEMO_DATA']);
  });

  it('treats an empty setting as unset (compose passes ${VAR} of an unset VAR as "")', () => {
    const config = load({ SMTP_URL: '', PUBLIC_URL: '', PORT: '' });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });
});
