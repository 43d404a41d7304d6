// The Node.js check `npm start` runs before anything else (scripts/start.ts).
// An old Node cannot be run here, so the decision is tested as a function.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@muni/appointments';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, SUPPORTED_NODE } from './nodeVersion';

describe('the Node.js version check of npm start', () => {
  it('accepts the versions every dependency supports, this one included', () => {
    for (const version of ['20.19.0', '20.20.2', '22.13.0', '22.22.1', '24.0.0', '26.3.1', `v${process.versions.node}`]) {
      expect(nodeVersionProblem(version), version).toBeNull();
    }
  });

  it('refuses an older Node in one line naming the version needed and the one found', () => {
    expect(nodeVersionProblem('18.20.4')).toBe('Node.js 20.19 or newer is needed; this is 18.20.4. Install Node.js 20.19+ (or 22.13+, 24+) and run npm ci again.');
    expect(nodeVersionProblem('20.18.3')).toMatch(/^Node\.js 20\.19 or newer is needed; this is 20\.18\.3\./);
    expect(nodeVersionProblem('16.0.0')).not.toContain('\n');
  });

  it('refuses the versions in between that some dependency does not support', () => {
    for (const version of ['21.7.3', '22.0.0', '22.12.0', '23.11.1']) {
      expect(nodeVersionProblem(version), version).toBe(`Node.js 20.19+, 22.13+ or 24+ is needed; this is ${version}. Install one of those and run npm ci again.`);
    }
  });

  it('says what package.json and the README say', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(SUPPORTED_NODE);
    expect(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).toContain('Node.js 20.19+, 22.13+ or 24+');
  });
});
