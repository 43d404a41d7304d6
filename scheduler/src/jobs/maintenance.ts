/**
 * Periodic maintenance given by the composition root (npm start, the
 * scheduler process): e.g. marking no-shows from call attendance, and purging
 * personal data past retention. One Agenda job each, so only one process
 * runs each at a time.
 */
import type { Agenda } from 'agenda';

export interface MaintenanceTask {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export function defineMaintenanceJobs(agenda: Agenda, tasks: MaintenanceTask[]): void {
  for (const task of tasks) {
    agenda.define(task.name, async () => {
      await task.run();
    }, { concurrency: 1, lockLifetime: 10 * 60_000 });
  }
}

export async function scheduleMaintenanceJobs(agenda: Agenda, tasks: MaintenanceTask[]): Promise<void> {
  for (const task of tasks) await agenda.every(task.everyMs, task.name);
}
