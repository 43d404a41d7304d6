// The whole service in one process, as `npm start` and the browser tests run
// it: database, migrations, demo data, mail (catcher or SMTP), scheduler,
// LiveKit when available, and the API serving the web app.
import type { Server } from 'node:http';
import { closeServer, createApp, createLogger, watchDatabaseLogged } from '@muni/api';
import { type Config, REPO_ROOT, scheduledTasks, watchVideoHealth } from '@muni/appointments';
import type { BackoffPolicy, SupervisedLivekit } from '@muni/livekit';
import { createKnex, type EmbeddedCluster, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import {
  createSmsCatcher,
  createTransport,
  type MailCatcher,
  mailCatcherMiddleware,
  type SmsCatcher,
  smsCatcherMiddleware,
  smsDeliveryFromConfig,
  startMailCatcher,
  startScheduler,
} from '@muni/scheduler';
import type { Knex } from 'knex';
import { setupVideo } from './start/livekit';
import { buildWebIfStale } from './start/webBuild';

export interface StackOptions {
  config: Config;
  /** An external database, or the embedded PostgreSQL's folder and port. */
  database: { url: string } | { dataDir: string; port: number; persistent: boolean };
  now?: () => Date;
  log?: (line: string) => void;
  /** Ports for a local LiveKit (defaults from config). */
  livekitPorts?: { port: number; rtcTcpPort: number; rtcUdpPort: number };
  /** The local LiveKit supervisor's waits between restarts (tests lengthen the outage). */
  livekitBackoff?: BackoffPolicy;
  /** The embedded PostgreSQL supervisor's waits between restarts. */
  databaseBackoff?: BackoffPolicy;
  schedulerPollMs?: number;
}

export interface Stack {
  url: string;
  knex: Knex;
  databaseUrl: string;
  mailCatcher?: MailCatcher;
  /** The texts (SMS) caught at /dev/sms when no SMS_GATEWAY_URL is set (never in production). */
  smsCatcher?: SmsCatcher;
  videoAvailable: boolean;
  /** The local LiveKit's supervisor, when this stack runs one (browser tests kill its server). */
  livekit?: SupervisedLivekit;
  /** The embedded PostgreSQL (started again when it exits), unless DATABASE_URL names one. */
  database?: EmbeddedCluster;
  stop(): Promise<void>;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const { config } = opts;
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? (() => new Date());
  const stoppers: (() => Promise<unknown>)[] = [];
  let stopping = false;
  let haltVideo = () => {};
  let haltDatabase = () => {};
  let stopWatchingDatabase = () => {};
  const stop = async () => {
    stopping = true;
    haltVideo(); // first: a LiveKit that exits while the rest stops is not started again
    haltDatabase(); // likewise the embedded PostgreSQL
    // Ctrl-C stops the embedded PostgreSQL at once (same process group): that is no outage to log as an error.
    stopWatchingDatabase();
    for (const s of stoppers.reverse()) await s().catch((err) => log(`while stopping: ${(err as Error).message}`));
  };
  try {
    const webBuild = buildWebIfStale(REPO_ROOT); // runs while the database starts

    let databaseUrl: string;
    let cluster: EmbeddedCluster | undefined;
    if ('url' in opts.database) {
      databaseUrl = opts.database.url;
      log('database: external PostgreSQL from DATABASE_URL');
    } else {
      const started = await startEmbeddedPostgres({
        dataDir: opts.database.dataDir,
        port: opts.database.port,
        persistent: opts.database.persistent,
        restart: { log, backoff: opts.databaseBackoff },
      });
      cluster = started;
      haltDatabase = started.halt;
      stoppers.push(() => started.stop());
      await cluster.createDatabase('muni').catch((err: Error) => {
        if (!/already exists/.test(err.message)) throw err;
      });
      databaseUrl = cluster.url('muni');
      log(`database: embedded PostgreSQL on 127.0.0.1:${opts.database.port}, data in ${opts.database.dataDir}`);
    }
    const knex = createKnex(databaseUrl, { max: 20 }, { quiet: () => stopping });
    stoppers.push(() => knex.destroy());
    const applied = await migrateLatest(knex);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    if (config.loadsDemoData && (await seedDemoData(knex))) log('demo data loaded: Δήμος Αθηναίων, Δήμος Θεσσαλονίκης');

    let mailCatcher: MailCatcher | undefined;
    let smtpUrl = config.SMTP_URL;
    if (!smtpUrl) {
      mailCatcher = await startMailCatcher({ port: config.MAIL_CATCHER_PORT, host: '127.0.0.1' });
      stoppers.push(() => mailCatcher!.stop());
      smtpUrl = `smtp://127.0.0.1:${mailCatcher.port}`;
      log(`mail: local catcher on smtp://127.0.0.1:${mailCatcher.port}, read at ${config.publicUrl}/dev/mail`);
    } else log('mail: sent through SMTP_URL');
    // Texts: the gateway, else (not in production) the local catcher shown at /dev/sms, else off; said once here.
    const smsCatcher = !config.SMS_GATEWAY_URL && config.NODE_ENV !== 'production' ? createSmsCatcher() : undefined;
    const texts = smsDeliveryFromConfig(config, smsCatcher);
    log(texts.line);
    const logger = createLogger(config.LOG_LEVEL);
    // One watch for the API and the scheduler: the database going away and coming back is logged once each.
    const database = watchDatabaseLogged(knex, logger, { isStopping: () => stopping });
    stopWatchingDatabase = database.stop;
    const video = await setupVideo(config, REPO_ROOT, { ports: opts.livekitPorts, log, backoff: opts.livekitBackoff });
    if (video.supervisor) haltVideo = video.supervisor.halt;
    if (video.stop) stoppers.push(video.stop);
    log(video.line);

    const transport = createTransport(smtpUrl);
    stoppers.push(async () => transport.close());
    const scheduler = await startScheduler({
      knex,
      databaseUrl,
      transport,
      publicUrl: config.publicUrl,
      linkSecret: config.LINK_SECRET,
      from: config.MAIL_FROM,
      sms: texts.sms,
      now,
      pollIntervalMs: opts.schedulerPollMs,
      maintenance: scheduledTasks({ knex, config, now, logger, video: video.video }), // the same list as the scheduler process
      database,
      onError: (err) => {
        if (!stopping) console.error('[scheduler]', err);
      },
    });
    stoppers.push(() => scheduler.stop());
    log('scheduler: running (e-mails, reminders, hold clean-up)');

    const app = createApp(
      { knex, config, logger, now, video: video.video, livekitPublicUrl: video.livekitPublicUrl, videoHealth: watchVideoHealth(video.check, logger) },
      {
        devMiddleware: [...(mailCatcher ? [mailCatcherMiddleware(mailCatcher, '/dev/mail')] : []), ...(smsCatcher ? [smsCatcherMiddleware(smsCatcher, '/dev/sms')] : [])],
        database,
      },
    );
    const server: Server = app.listen(config.PORT, config.HOST);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    stoppers.push(() => closeServer(server)); // keep-alive connections left open by browsers do not hold it
    log(await webBuild);
    log(`web app and API: ${config.publicUrl} (health: ${config.publicUrl}/readyz)`);
    if (!config.GSIS_BASE_URL) log(`GSIS stand-ins with demo people: ${config.publicUrl}/dev/gsis, ${config.publicUrl}/dev/gsis-gov`);
    return { url: config.publicUrl, knex, databaseUrl, mailCatcher, smsCatcher, videoAvailable: Boolean(video.video), livekit: video.supervisor, database: cluster, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
