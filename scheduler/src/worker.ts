/**
 * The scheduler process: Agenda on PostgreSQL (the same database) running the
 * outbox dispatcher and the hold purge. Several processes may run at once.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { PostgresBackend } from '@agendajs/postgres-backend';
import { Agenda } from 'agenda';
import pg from 'pg';
import type { Knex } from 'knex';
import { type DatabaseWatch, describeDatabaseChange, isDatabaseUnavailable, watchDatabase } from '@muni/db';
import type { Transporter } from 'nodemailer';
import type { DeliverDeps } from './deliver';
import type { SmsDelivery } from './sms/deliverSms';
import { DISPATCH_JOB, defineDispatchJob, scheduleDispatchSlots } from './jobs/dispatchDueNotifications';
import { defineMaintenanceJobs, type MaintenanceTask, scheduleMaintenanceJobs } from './jobs/maintenance';
import { definePurgeHoldsJob, PURGE_HOLDS_JOB } from './jobs/purgeExpiredHolds';

export interface SchedulerOptions {
  /** Pool for the outbox; needs at least `concurrency` + 1 connections. */
  knex: Knex;
  /** Agenda's own small pool (and its LISTEN connection) use this URL. */
  databaseUrl: string;
  transport: Transporter;
  publicUrl: string;
  linkSecret: string;
  from: string;
  now?: () => Date;
  /** How often due notifications are looked for (default 2000 ms). */
  pollIntervalMs?: number;
  /** Deliveries in flight per process (default 8). */
  concurrency?: number;
  /** Rows per dispatch batch (default 200). */
  batchSize?: number;
  /** Parallel dispatch jobs across all processes (default 2). */
  dispatchSlots?: number;
  /** A dispatch job, and the outbox rows claimed by a dead process, are taken over after this long (default 60 s). */
  lockLifetimeMs?: number;
  /** How often expired holds are purged (default 30 s). */
  purgeIntervalMs?: number;
  maxAttempts?: number;
  /** Texts (SMS): the provider and sender; absent, texts are off and their rows are skipped. */
  sms?: SmsDelivery;
  /** Further periodic jobs (no-shows, retention), given by whoever composes the service. */
  maintenance?: MaintenanceTask[];
  /** Errors of jobs (default: console.error); the database being away goes to `database` instead. */
  onError?: (err: unknown) => void;
  /**
   * Follows whether the database answers and logs it once per change (`npm
   * start` shares one with the API); default: the scheduler's own, on the console.
   */
  database?: DatabaseWatch;
}

export interface Scheduler {
  /** Agenda instance name (lock owner). */
  readonly name: string;
  /** Stops claiming, waits for running jobs and in-flight e-mails, releases locks, closes Agenda's pool. */
  stop(): Promise<void>;
}

export async function startScheduler(opts: SchedulerOptions): Promise<Scheduler> {
  const pollIntervalMs = opts.pollIntervalMs ?? 2000;
  const lockLifetimeMs = opts.lockLifetimeMs ?? 60_000;
  const name = `scheduler-${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const reportError = opts.onError ?? ((err: unknown) => console.error('[scheduler]', err));
  const database =
    opts.database ??
    watchDatabase(opts.knex, { onChange: (change) => (change.state === 'down' ? console.error : console.log)(`[scheduler] ${describeDatabaseChange(change)}`) });
  // While the database is away every poll and job fails the same way: said once by the watch, not per attempt.
  const onError = (err: unknown) => {
    if (!database.noteFailure(err)) reportError(err);
  };
  let stopping = false;
  const deps: DeliverDeps = {
    knex: opts.knex,
    transport: opts.transport,
    publicUrl: opts.publicUrl,
    linkSecret: opts.linkSecret,
    from: opts.from,
    now: opts.now ?? (() => new Date()),
    maxAttempts: opts.maxAttempts,
    sms: opts.sms,
    workerId: name,
    leaseMs: lockLifetimeMs,
    isStopping: () => stopping,
  };

  // Agenda's own small pool, created here so its idle connections' errors (a
  // PostgreSQL restart) are reported instead of crashing the process; pg
  // reconnects on the next query. The LISTEN channel likewise.
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 3, application_name: 'muni-scheduler-agenda' });
  pool.on('error', onError);
  const backend = new PostgresBackend({ pool });
  (backend.notificationChannel as unknown as { on?: (e: string, f: (err: unknown) => void) => void } | undefined)?.on?.('error', onError);
  const agenda = new Agenda({ backend, name, processEvery: pollIntervalMs, maxConcurrency: 4 });
  agenda.on('error', onError);
  agenda.on('fail', (err: unknown) => onError(err));

  defineDispatchJob(agenda, deps, {
    concurrency: opts.concurrency ?? 8,
    batchSize: opts.batchSize ?? 200,
    lockLifetimeMs,
    pollIntervalMs,
    isStopping: () => stopping,
  });
  definePurgeHoldsJob(agenda, opts.knex);
  defineMaintenanceJobs(agenda, opts.maintenance ?? []);

  await agenda.ready;
  await scheduleDispatchSlots(agenda, opts.knex, opts.dispatchSlots ?? 2, pollIntervalMs);
  await agenda.every(opts.purgeIntervalMs ?? 30_000, PURGE_HOLDS_JOB);
  await scheduleMaintenanceJobs(agenda, opts.maintenance ?? []);
  await agenda.start();

  return {
    name,
    async stop() {
      if (stopping) return;
      stopping = true;
      if (!opts.database) database.stop();
      try {
        await agenda.drain({ closeConnection: false });
        // drain() leaves jobs this process locked ahead of their run time locked
        // until the lock lifetime ends; hand them back so others run them now.
        await opts.knex('agenda_jobs')
          .whereIn('name', [DISPATCH_JOB, PURGE_HOLDS_JOB, ...(opts.maintenance ?? []).map((t) => t.name)])
          .andWhere('last_modified_by', name)
          .whereNotNull('locked_at')
          .update({ locked_at: null });
      } catch (err) {
        // The database is away: the locks run out by themselves; stopping goes on.
        if (!isDatabaseUnavailable(err)) throw err;
      } finally {
        await backend.disconnect().catch(() => undefined);
        await pool.end().catch(() => undefined);
      }
    },
  };
}
