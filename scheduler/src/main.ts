/**
 * Runnable scheduler process (docker compose "scheduler" service):
 *   DATABASE_URL, SMTP_URL, PUBLIC_URL, LINK_SECRET, MAIL_FROM
 * Optional: SCHEDULER_POLL_MS, SCHEDULER_CONCURRENCY, SCHEDULER_LOCK_LIFETIME_MS.
 */
import { createKnex } from '@muni/db';
import { createTransport } from './transport';
import { markNoShows, purgePersonalData } from '@muni/api';
import { startScheduler } from './worker';

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) {
    console.error(`[scheduler] ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const optionalInt = (name: string): number | undefined => {
  const value = process.env[name];
  return value ? Number.parseInt(value, 10) : undefined;
};

const databaseUrl = required('DATABASE_URL');
const concurrency = optionalInt('SCHEDULER_CONCURRENCY') ?? 8;
const knex = createKnex(databaseUrl, { max: concurrency + 2 });
const transport = createTransport(required('SMTP_URL'), { maxConnections: concurrency });
const scheduler = await startScheduler({
  knex,
  databaseUrl,
  transport,
  publicUrl: required('PUBLIC_URL'),
  linkSecret: required('LINK_SECRET'),
  from: required('MAIL_FROM'),
  pollIntervalMs: optionalInt('SCHEDULER_POLL_MS'),
  concurrency,
  lockLifetimeMs: optionalInt('SCHEDULER_LOCK_LIFETIME_MS'),
  // The same periodic jobs as `npm start` (scripts/stack.ts).
  maintenance: [
    { name: 'mark-no-shows', everyMs: 5 * 60_000, run: () => markNoShows(knex, new Date()) },
    { name: 'purge-personal-data', everyMs: 6 * 3_600_000, run: () => purgePersonalData(knex, new Date(), optionalInt('RETENTION_DAYS') ?? 365) },
  ],
});
console.log(`[scheduler] ${scheduler.name} started`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`[scheduler] ${signal}: finishing running deliveries`);
    scheduler
      .stop()
      .then(() => Promise.all([knex.destroy(), transport.close()]))
      .then(() => process.exit(0))
      .catch((err) => {
        console.error('[scheduler] stop failed', err);
        process.exit(1);
      });
  });
}
