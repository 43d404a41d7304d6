/**
 * A bench's simulated clients in a process of their own, so that their HTTP
 * work does not share the measured server's event loop: the parent forks a
 * clients module with a plan (runInChild), the module answers once with its
 * report (answerPlan).
 */
import { fork } from 'node:child_process';

/** Forks `module` (a .ts file run through tsx), sends it `plan`, resolves with its one answer. */
export function runInChild<Plan, Report>(module: URL, plan: Plan): Promise<Report> {
  const child = fork(module, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as Report));
    child.once('exit', (code) => reject(new Error(`the clients' process exited (${code})`)));
    child.send(plan as object);
  });
}

/** In the clients module: runs `work` on the plan the parent sends, answers with the report and exits. */
export function answerPlan<Plan, Report>(work: (plan: Plan) => Promise<Report>): void {
  if (!process.send) return;
  process.on('message', (plan: Plan) => {
    work(plan).then(
      (report) => process.send!(report, () => process.exit(0)),
      (err: unknown) => {
        process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exit(1);
      },
    );
  });
}
