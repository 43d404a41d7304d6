/**
 * The SMTP sink in a child process, for the benchmark: the sink's parsing then
 * runs on its own event loop instead of the scheduler's (it still shares the
 * machine's cores). The parent asks for the count while waiting and fetches
 * the records (Message-ID, time of acceptance) once at the end.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface SinkRecord {
  messageId: string | undefined;
  acceptedAt: number;
}

export interface SmtpSinkProcess {
  url: string;
  pid: number;
  /** Messages accepted so far. */
  count(): Promise<number>;
  /** Every accepted message, in order of acceptance, and the child's CPU time in ms. */
  records(): Promise<{ accepted: SinkRecord[]; cpuMs: number }>;
  stop(): Promise<void>;
}

type Reply = { id: number; result: unknown };

const CHILD = fileURLToPath(new URL('./smtpSinkChild.ts', import.meta.url));

export async function startSmtpSinkProcess(): Promise<SmtpSinkProcess> {
  const child: ChildProcess = fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 0;
  let url = '';
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`SMTP sink process exited (${code})`)));
    child.on('message', (m: Reply | { url: string }) => {
      if ('url' in m) {
        url = m.url;
        resolve();
      } else {
        pending.get(m.id)?.(m.result);
        pending.delete(m.id);
      }
    });
  });
  child.removeAllListeners('exit');
  const ask = <T>(command: string): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve as (result: unknown) => void);
      child.send({ id, command });
    });
  return {
    url,
    pid: child.pid ?? 0,
    count: () => ask<number>('count'),
    records: () => ask<{ accepted: SinkRecord[]; cpuMs: number }>('records'),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
