// The Node.js versions `npm start` runs on. Kept free of imports: start.ts
// checks the version before loading anything that might not run on an old Node.

/** The same range as `engines.node` in package.json (what every dependency accepts). */
export const SUPPORTED_NODE = '^20.19.0 || ^22.13.0 || >=24';

/** Null when `version` (e.g. process.versions.node) is supported, else the one line to print. */
export function nodeVersionProblem(version: string): string | null {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if ((major === 20 && minor >= 19) || (major === 22 && minor >= 13) || major >= 24) return null;
  if (major < 20 || (major === 20 && minor < 19)) return `Node.js 20.19 or newer is needed; this is ${version}. Install Node.js 20.19+ (or 22.13+, 24+) and run npm ci again.`;
  return `Node.js 20.19+, 22.13+ or 24+ is needed; this is ${version}. Install one of those and run npm ci again.`;
}
