import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import el from '../../i18n/el.json';
import en from '../../i18n/en.json';

// The platform's audit log names each action in words (platform.audit.actionNames),
// so every action the application writes needs a name in both languages.

const APP = path.resolve(__dirname, '../../../../services/appointments/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'testing.ts' ? [file] : [];
  });
}

/** A code: snake_case, or one of the plain verbs the console's changes are audited with. */
const CODE = /'([a-z]+(?:_[a-z]+)+|cancel|reschedule)'/g;
/** Written as `manage_link_${action}` (changeAppointment.ts) when a change comes through the e-mailed manage link. */
const TEMPLATED = ['manage_link_reschedule', 'manage_link_cancel'];

/**
 * Action codes as the application writes them: the literals of each audit(),
 * auditCall() and auditChange() statement (subject kinds left out), of the
 * `const action = …` beside them, and of rows inserted into audit_log directly.
 */
function writtenActions(): Set<string> {
  const found = new Set<string>(TEMPLATED);
  const collect = (statement: string) => {
    for (const m of statement.replace(/kind: '[a-z_]+'/g, '').matchAll(CODE)) found.add(m[1]!);
  };
  for (const file of sources(APP)) {
    const text = readFileSync(file, 'utf8');
    if (!/audit/.test(text)) continue;
    for (const m of text.matchAll(/(?<!function )\baudit(?:Call|Change)?\(([^;]*);/g)) collect(m[1]!);
    for (const m of text.matchAll(/\bconst action = ([^;]*);/g)) collect(m[1]!);
    if (/'audit_log'/.test(text)) for (const m of text.matchAll(/\baction: '([a-z_]+)'/g)) found.add(m[1]!);
  }
  return found;
}

describe('audit action names', () => {
  it('every action the application writes has a name in Greek and in English', () => {
    const actions = [...writtenActions()].sort();
    expect(actions.length).toBeGreaterThan(40); // the scan still finds the call sites
    const missing = (names: Record<string, string>) => actions.filter((a) => !names[a]);
    expect(missing(el.platform.audit.actionNames)).toEqual([]);
    expect(missing(en.platform.audit.actionNames)).toEqual([]);
    expect(Object.keys(el.platform.audit.actionNames).sort()).toEqual(Object.keys(en.platform.audit.actionNames).sort());
  });
});
