/**
 * Runnable scheduler process (docker compose "scheduler" service). Reads the
 * same settings as the API (see the README): DATABASE_URL, SMTP_URL,
 * PUBLIC_URL, LINK_SECRET, MAIL_FROM, SMS_GATEWAY_* and SMS_FROM, and LIVEKIT_URL / LIVEKIT_INTERNAL_URL /
 * LIVEKIT_API_KEY / LIVEKIT_API_SECRET for closing rooms.
 * Optional: SCHEDULER_POLL_MS, SCHEDULER_CONCURRENCY, SCHEDULER_LOCK_LIFETIME_MS.
 * It runs every scheduled job that `npm start` runs. Like `npm start`, it
 * refuses unsafe settings in production: one line per problem, exit 1.
 */
import { type Config, ConfigError, loadServiceConfig, scheduledTasks, videoServiceFromConfig } from '@muni/appointments';
import { createKnex } from '@muni/db';
import pino from 'pino';
import { smsDeliveryFromConfig } from './sms/fromConfig';
import { createTransport } from './transport';
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

let config: Config;
try {
  config = loadServiceConfig();
} catch (err) {
  const problems = err instanceof ConfigError ? err.problems : [(err as Error).message];
  for (const problem of problems) console.error(`[scheduler] ✖ ${problem}`);
  process.exit(1);
}
const databaseUrl = required('DATABASE_URL');
const smtpUrl = required('SMTP_URL');
const concurrency = optionalInt('SCHEDULER_CONCURRENCY') ?? 8;
const knex = createKnex(databaseUrl, { max: concurrency + 2 });
const transport = createTransport(smtpUrl, { maxConnections: concurrency });
const logger = pino({ level: config.LOG_LEVEL });
const video = videoServiceFromConfig(config);
if (!video) logger.warn('no LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET: rooms of ended calls are not closed by this process');
const now = () => new Date();
// This process never runs the development SMS catcher (it lives in `npm start`'s process): a gateway or no texts.
const texts = smsDeliveryFromConfig(config);
logger.info(texts.line);
const scheduler = await startScheduler({
  knex,
  databaseUrl,
  transport,
  publicUrl: config.publicUrl,
  linkSecret: config.LINK_SECRET,
  from: config.MAIL_FROM,
  sms: texts.sms,
  pollIntervalMs: optionalInt('SCHEDULER_POLL_MS'),
  concurrency,
  lockLifetimeMs: optionalInt('SCHEDULER_LOCK_LIFETIME_MS'),
  maintenance: scheduledTasks({ knex, config, logger, now, video }), // the same list as `npm start`
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
