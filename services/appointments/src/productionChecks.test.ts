// What a production start refuses (the rules of README.md's "Going live"), and
// that the list of published values knows every value the repository holds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_DEFAULTS, loadConfig, REPO_ROOT } from './config';
import { loadServiceConfig, productionProblems, PUBLISHED_VALUES } from './productionChecks';
import { REFUSED_DEFAULTS, randomSecret as random, safeProductionSettings } from './productionFixtures';

/** Random letters and digits: values no file of the repository holds. */

/** A production configuration that passes every check. */
function safe() {
  return loadConfig({ NODE_ENV: 'production', ...safeProductionSettings(), SMTP_URL: 'smtps://user:pass@smtp.example.gr:465' } as NodeJS.ProcessEnv);
}

/** The settings the problems name, in order. */
const named = (problems: string[]) => problems.map((p) => p.split(' ')[0]);

describe('productionProblems', () => {
  it('finds nothing wrong with safe settings', () => {
    expect(productionProblems(safe())).toEqual([]);
  });

  it('refuses the GSIS stand-ins: either base URL unset', () => {
    expect(named(productionProblems({ ...safe(), GSIS_BASE_URL: undefined }))).toEqual(['GSIS_BASE_URL']);
    expect(named(productionProblems({ ...safe(), GSIS_GOV_BASE_URL: undefined }))).toEqual(['GSIS_GOV_BASE_URL']);
    expect(named(productionProblems({ ...safe(), GSIS_BASE_URL: ' ' }))).toEqual(['GSIS_BASE_URL']);
    expect(productionProblems({ ...safe(), GSIS_BASE_URL: undefined })[0]).toMatch(/stand-in/);
  });

  it('refuses GSIS credentials that are development defaults or other published values', () => {
    for (const name of ['GSIS_CLIENT_ID', 'GSIS_CLIENT_SECRET', 'GSIS_GOV_CLIENT_ID', 'GSIS_GOV_CLIENT_SECRET'] as const) {
      expect(named(productionProblems({ ...safe(), [name]: DEVELOPMENT_DEFAULTS[name] })), name).toEqual([name]);
      expect(named(productionProblems({ ...safe(), [name]: 'test-secret' })), name).toEqual([name]);
    }
  });

  it('refuses a LiveKit that is not configured: production starts no local one', () => {
    const none = { ...safe(), LIVEKIT_URL: undefined, LIVEKIT_API_KEY: undefined, LIVEKIT_API_SECRET: undefined };
    expect(named(productionProblems(none))).toEqual(['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET']);
    expect(named(productionProblems({ ...safe(), LIVEKIT_URL: undefined }))).toEqual(['LIVEKIT_URL']);
    expect(named(productionProblems({ ...safe(), LIVEKIT_API_KEY: undefined }))).toEqual(['LIVEKIT_API_KEY']);
    expect(named(productionProblems({ ...safe(), LIVEKIT_API_SECRET: undefined }))).toEqual(['LIVEKIT_API_SECRET']);
  });

  it("refuses LiveKit's development keys and the pair the Docker files once held", () => {
    expect(named(productionProblems({ ...safe(), LIVEKIT_API_KEY: 'devkey' }))).toEqual(['LIVEKIT_API_KEY']);
    expect(named(productionProblems({ ...safe(), LIVEKIT_API_SECRET: 'secret' }))).toEqual(['LIVEKIT_API_SECRET']);
    const docker = productionProblems({ ...safe(), LIVEKIT_API_SECRET: 'dev-only-livekit-secret-change-me-0123456789' });
    expect(named(docker)).toEqual(['LIVEKIT_API_SECRET']);
    expect(docker[0]).toMatch(/published/);
  });

  it('refuses a LiveKit secret shorter than 32 characters', () => {
    const short = productionProblems({ ...safe(), LIVEKIT_API_SECRET: random(31) });
    expect(named(short)).toEqual(['LIVEKIT_API_SECRET']);
    expect(short[0]).toMatch(/shorter than 32 characters/);
    expect(productionProblems({ ...safe(), LIVEKIT_API_SECRET: random(32) })).toEqual([]);
  });

  it('refuses a LINK_SECRET found in the repository: the default, compose’s old value, test values', () => {
    for (const value of [DEVELOPMENT_DEFAULTS.LINK_SECRET, 'compose-local-link-secret-change-me-0123456789', 'a-long-random-production-secret-0123456789', 'worker-test-link-secret-of-enough-length']) {
      const problems = productionProblems({ ...safe(), LINK_SECRET: value });
      expect(named(problems), value).toEqual(['LINK_SECRET']);
      expect(problems[0]).toMatch(/published in this repository/);
    }
  });

  it('refuses a LINK_SECRET shorter than 32 bytes (bytes, not characters)', () => {
    const short = productionProblems({ ...safe(), LINK_SECRET: random(31) });
    expect(named(short)).toEqual(['LINK_SECRET']);
    expect(short[0]).toMatch(/shorter than 32 bytes/);
    expect(productionProblems({ ...safe(), LINK_SECRET: random(32) })).toEqual([]);
    const greek = 'ψ'.repeat(16); // 16 characters, 32 bytes
    expect(productionProblems({ ...safe(), LINK_SECRET: greek })).toEqual([]);
  });

  it('refuses a missing SMTP_URL: production has no mail catcher', () => {
    const problems = productionProblems({ ...safe(), SMTP_URL: undefined });
    expect(named(problems)).toEqual(['SMTP_URL']);
    expect(problems[0]).toMatch(/mail catcher/);
  });

  it('reports every problem of the default settings at once, one line each', () => {
    const problems = productionProblems(loadConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv));
    expect(named(problems)).toEqual([...REFUSED_DEFAULTS]);
    for (const p of problems) expect(p).not.toContain('\n');
  });
});

describe('README.md, "Going live"', () => {
  it('lists exactly the settings production refuses', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Going live'), readme.indexOf('\n## ', readme.indexOf('## Going live') + 1));
    const checklist = section.split('\n').filter((line, i, lines) => line.startsWith('- [ ]') || (line.startsWith('  ') && lines.slice(0, i).some((l) => l.startsWith('- [ ]'))));
    const listed = new Set(checklist.flatMap((line) => [...line.matchAll(/`([A-Z][A-Z_]+)`/g)].map((m) => m[1]!)));
    const refused = new Set(named(productionProblems(loadConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv))));
    expect([...listed].sort()).toEqual([...refused].sort());
  });
});

describe('loadServiceConfig', () => {
  it('refuses unsafe production settings with a ConfigError listing all of them', () => {
    let error: unknown;
    try {
      loadServiceConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(11);
  });

  it('reports invalid settings together with the unsafe ones, each setting once', () => {
    const env = { NODE_ENV: 'production', PORT: 'abc', LINK_SECRET: random(10) } as NodeJS.ProcessEnv; // too short to parse
    const problems = (() => {
      try {
        loadServiceConfig(env);
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    })();
    expect(problems.filter((p) => p.includes('PORT'))).toHaveLength(1);
    expect(problems.filter((p) => p.includes('LINK_SECRET'))).toHaveLength(1);
    expect(problems.some((p) => p.startsWith('GSIS_BASE_URL '))).toBe(true);
    expect(problems.some((p) => p.startsWith('SMTP_URL '))).toBe(true);
  });

  it('accepts safe production settings, and leaves development alone', () => {
    const env = Object.fromEntries(Object.entries(safe()).filter(([, v]) => typeof v === 'string')) as NodeJS.ProcessEnv;
    expect(loadServiceConfig(env).NODE_ENV).toBe('production');
    expect(loadServiceConfig({} as NodeJS.ProcessEnv).GSIS_CLIENT_ID).toBe(DEVELOPMENT_DEFAULTS.GSIS_CLIENT_ID);
  });
});

// Values the repository assigns to a key, secret or client id: quoted
// literals in code and configuration, bare values in .env and YAML files.
const SECRET_NAMES = 'LINK_SECRET|LIVEKIT_API_KEY|LIVEKIT_API_SECRET|GSIS(?:_GOV)?_CLIENT_(?:ID|SECRET)|DEV_API_KEY|DEV_API_SECRET|SECRET|POSTGRES_PASSWORD|linkSecret|apiKey|apiSecret|clientId|clientSecret|client_id|client_secret';
const QUOTED = new RegExp(`\\b(?:${SECRET_NAMES})\\b['"]?\\s*[:=]\\s*(['"\`])([^'"\`\\n]+)\\1`, 'g');
const BARE = new RegExp(`^\\s*(?:${SECRET_NAMES})\\s*[:=]\\s*([^\\s'"\`$<{#][^\\s#]*)\\s*$`, 'gm');

function valuesInRepository(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n');
  const found = new Map<string, string>();
  for (const file of files) {
    if (!/\.(ts|tsx|mjs|cjs|js|ya?ml|md|sh|env)$|Dockerfile$/.test(file) || file.includes('/dist/')) continue;
    let text: string;
    try {
      text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    for (const m of text.matchAll(QUOTED)) if (!m[2]!.includes('${')) found.set(m[2]!, file);
    if (!/\.(ts|tsx|mjs|cjs|js)$/.test(file)) for (const m of text.matchAll(BARE)) found.set(m[1]!, file);
  }
  return found;
}

describe('PUBLISHED_VALUES', () => {
  it('holds every key, secret and client id the repository assigns (add a new test value there)', () => {
    const found = valuesInRepository();
    expect(found.size).toBeGreaterThan(10); // the scan sees the repository
    const missing = [...found].filter(([value]) => !PUBLISHED_VALUES.has(value)).map(([value, file]) => `${value} (${file})`);
    expect(missing).toEqual([]);
  });

  it('keeps the Docker files free of secrets', () => {
    for (const file of ['docker/compose.yml', 'docker/livekit.yaml', 'docker/Dockerfile']) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const value of PUBLISHED_VALUES) if (value.length > 8) expect(text, `${value} in ${file}`).not.toContain(value);
      expect(text).not.toMatch(/\bdevkey\b/);
    }
  });
});
