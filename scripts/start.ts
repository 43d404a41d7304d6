// `npm start`: the whole service on one machine (see scripts/stack.ts and
// scripts/start/run.ts). The Node.js version is checked first, before any
// module is loaded that might not even load on an older Node.
import { nodeVersionProblem } from './start/nodeVersion';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(`✖ ${problem}`);
  process.exit(1);
}
await import('./start/run');
