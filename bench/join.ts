/**
 * Issue 7: the join endpoint (POST /api/v1/join/:token) against a real
 * livekit-server — requests per second and p95, sequential and with 10 in
 * flight — beside the bare token-signing rate (issueToken) in the same run, so
 * the endpoint's own cost (rate limit, link lookup, room ensure, summary) shows,
 * with what one join costs in SQL statements, LiveKit requests and this
 * process's CPU (perJoin; steadier than timings on a shared machine) beside a
 * bare Koa route's CPU per request.
 * Then, once that setup is gone (so the browsers do not disturb the rates), the
 * time from clicking "Join" to the first remote video frame in headless
 * Chromium against the whole stack (lib/firstFrame), on a desktop window and
 * on a phone-sized one (the call's layouts differ), each with its own p50.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { joinToken, type ParticipantRole } from '@muni/domain';
import { type AppointmentRow, createKnex, type EmbeddedCluster, freePort, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import { createVideoService, findFreePorts, startLivekitServer, type VideoService } from '@muni/livekit';
import { ensureLivekitBinary } from '@muni/livekit/testing';
import type { Knex } from 'knex';
import pg from 'pg';
import pino from 'pino';
import { createApp } from '../services/api/src/app';
import { createJoinLinks, loadConfig, REPO_ROOT } from '@muni/appointments';
import { measureFirstRemoteFrame } from './lib/firstFrame';
import { log } from './lib/log';
import { processTreeCpuMs } from './lib/processCpu';
import { type LoadReport, runLoad } from './lib/loadClients';
import { bareKoaReference, bareKoaServer } from './lib/reference';

const WARM_UP = 30;
const SEQUENTIAL = 300;
const CONCURRENT = 400;
const IN_FLIGHT = 10;
const SIGNATURES = 3000;
const NOW = new Date('2026-11-24T08:55:00Z'); // five minutes before the appointments
const START = new Date('2026-11-24T09:00:00Z');
const ROLES: ParticipantRole[] = ['citizen', 'employee'];

const round = (x: number) => Math.round(x * 100) / 100;

function latency(samplesMs: number[]) {
  const s = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!);
  return { samples: s.length, p50: at(50), p95: at(95), max: round(s.at(-1)!) };
}

/** One booked video appointment per Athens video employee, all at START, with their join links. */
async function bookVideoAppointments(knex: Knex, secret: string): Promise<string[]> {
  const athens = await knex('municipalities').where({ slug: 'athens' }).first('id');
  const topic = await knex('topics').where({ municipality_id: athens.id, name_en: 'Family status certificate' }).first('id');
  const employees: string[] = await knex('employees').where({ municipality_id: athens.id }).whereRaw("'video' = ANY(modes)").pluck('id');
  const end = new Date(START.getTime() + 20 * 60_000);
  const tokens: string[] = [];
  await knex.transaction(async (trx) => {
    for (const [i, employeeId] of employees.entries()) {
      const [row] = await trx<AppointmentRow>('appointments')
        .insert({
          reference: `BEN-CH${i}-JON`,
          municipality_id: athens.id,
          topic_id: topic.id,
          mode: 'video',
          status: 'booked',
          employee_id: employeeId,
          starts_at: START,
          ends_at: end,
          busy_until: end,
          person_full_name: `Πολίτης Δοκιμής ${i}`,
          person_email: `bench${i}@example.org`,
          declared_true_at: NOW,
          privacy_read_at: NOW,
        })
        .returning('*');
      await createJoinLinks(trx, row!, secret);
      for (const role of ROLES) tokens.push(joinToken(secret, row!.id, role, row!.version));
    }
  });
  return tokens;
}

/** Every statement sent by any PostgreSQL client of this process (knex's and the rate limiter's alike). */
function countStatements(): { count: number; stop(): void } {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const counter = {
    count: 0,
    stop: () => {
      proto.query = original;
    },
  };
  proto.query = function (this: unknown, ...args: unknown[]) {
    counter.count++;
    return original.apply(this, args);
  };
  return counter;
}

/** PostgreSQL's CPU so far, its ended backends included (processCpu.ts); null where there is no /proc. */
const postgresCpuMs = (cluster: EmbeddedCluster): number | null => (existsSync('/proc') ? processTreeCpuMs(cluster.pid()) : null);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** The video service with its LiveKit requests (not the local token signing) counted. */
function countingVideo(video: VideoService, calls: { count: number }): VideoService {
  const counted = { ...video };
  for (const name of ['ensureRoom', 'admit', 'setAudioOnly', 'applyState', 'removeParticipant', 'listParticipants', 'closeRoom', 'updateRoomMetadata'] as const) {
    const original = video[name] as (...args: unknown[]) => Promise<unknown>;
    (counted as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.count++;
      return original(...args);
    };
  }
  return counted;
}

export async function run(): Promise<Record<string, unknown>> {
  const endpoint = await measureEndpoint();
  // JOIN_BENCH_ENDPOINT_ONLY=1: the endpoint alone (the browsers cost minutes and shared CPU).
  const firstRemoteFrameMs = process.env.JOIN_BENCH_ENDPOINT_ONLY === '1' ? 'skipped (JOIN_BENCH_ENDPOINT_ONLY=1)' : await measureFirstRemoteFrame(3);
  const { setup, ...figures } = endpoint;
  return { ...figures, firstRemoteFrameMs, setup };
}

/** The join endpoint and bare signing against a local livekit-server and an embedded PostgreSQL. */
async function measureEndpoint(): Promise<Record<string, unknown>> {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const cleanUp = async () => {
    for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
  };
  try {
    const binary = ensureLivekitBinary(REPO_ROOT);
    if (!binary) throw new Error('livekit-server is missing: run `npm run livekit:install` (needs Go) first');

    const tmp = mkdtempSync(path.join(tmpdir(), 'muni-bench-join-'));
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
    log(`starting embedded PostgreSQL in ${tmp}`);
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), port: await freePort(), persistent: false });
    cleanups.push(() => cluster.stop());
    await cluster.createDatabase('bench_join');
    const knex = createKnex(cluster.url('bench_join'), { max: 20 });
    cleanups.push(() => knex.destroy());
    await migrateLatest(knex);
    await seedDemoData(knex);

    const [port, rtcTcpPort, rtcUdpPort] = (await findFreePorts(3)) as [number, number, number];
    const livekit = await startLivekitServer({ binary, port, rtcTcpPort, rtcUdpPort });
    cleanups.push(() => livekit.stop());
    // Counted per join as supporting evidence beside the timings: LiveKit requests and SQL statements.
    const livekitCalls = { count: 0 };
    const video = countingVideo(createVideoService(livekit), livekitCalls);
    log(`LiveKit on ${livekit.url}`);

    const apiPort = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(apiPort), LOG_LEVEL: 'silent', RATE_LIMIT_MULTIPLIER: '1000000' } as NodeJS.ProcessEnv);
    const tokens = await bookVideoAppointments(knex, config.LINK_SECRET);
    const app = createApp({ knex, config, logger: pino({ level: 'silent' }), now: () => NOW, video, livekitPublicUrl: livekit.url });
    const server: Server = app.listen(apiPort, '127.0.0.1');
    await new Promise((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    cleanups.push(
      () =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    );
    const base = `http://127.0.0.1:${apiPort}`;

    let n = 0;
    const joinOnce = async (): Promise<number> => {
      const token = tokens[n++ % tokens.length]!;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/join/${token}`, { method: 'POST' });
      const body = (await res.json()) as { participantToken?: string };
      const ms = performance.now() - t0;
      if (res.status !== 200 || !body.participantToken) throw new Error(`join answered ${res.status}: ${JSON.stringify(body)}`);
      return ms;
    };

    log(`warm-up: ${WARM_UP} joins`);
    for (let i = 0; i < WARM_UP; i++) await joinOnce();

    log(`sequential: ${SEQUENTIAL} joins`);
    const seq: number[] = [];
    const statements = countStatements();
    livekitCalls.count = 0;
    const pgCpuBefore = postgresCpuMs(cluster);
    const seqCpu = process.cpuUsage();
    const seqStart = performance.now();
    for (let i = 0; i < SEQUENTIAL; i++) seq.push(await joinOnce());
    const seqSeconds = (performance.now() - seqStart) / 1000;
    const joinCpuMs = cpuMs(seqCpu) / SEQUENTIAL;
    const pgCpuAfter = postgresCpuMs(cluster);
    statements.stop();
    const perJoin = {
      sqlStatements: round(statements.count / SEQUENTIAL),
      livekitRequests: round(livekitCalls.count / SEQUENTIAL),
      // This process's CPU (API and the bench's own fetch client): steadier than timings on a shared machine.
      cpuMs: round(joinCpuMs),
      // PostgreSQL's processes (planning included), in 10 ms clock ticks: a rough figure, null where /proc is missing.
      postgresCpuMs: pgCpuBefore === null || pgCpuAfter === null ? null : round((pgCpuAfter - pgCpuBefore) / SEQUENTIAL),
    };

    log(`concurrent: ${CONCURRENT} joins, ${IN_FLIGHT} in flight`);
    const conc: number[] = [];
    let left = CONCURRENT;
    const concStart = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (left-- > 0) conc.push(await joinOnce());
      }),
    );
    const concSeconds = (performance.now() - concStart) / 1000;

    // The same app's cheapest route (every middleware, no SQL, no LiveKit): what any request costs here.
    log(`reference: GET /api/v1/video/status on the same app, ${CONCURRENT} requests, ${IN_FLIGHT} in flight`);
    const floorCpu = process.cpuUsage();
    let floorLeft = CONCURRENT;
    const floorStart = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (floorLeft-- > 0) await (await fetch(`${base}/api/v1/video/status`)).json();
      }),
    );
    const appFloor = { perSecond: round(CONCURRENT / ((performance.now() - floorStart) / 1000)), cpuMsPerRequest: round(cpuMs(floorCpu) / CONCURRENT) };

    // The same again with the clients in a process of their own, as people's browsers are: the
    // API's event loop then serves requests only (the figures above also carry fetch's own work).
    log(`concurrent, clients in their own process: ${CONCURRENT} joins, ${IN_FLIGHT} in flight`);
    const joinUrls = tokens.map((t) => `${base}/api/v1/join/${t}`);
    const apart = await runLoad({ urls: joinUrls, method: 'POST', inFlight: IN_FLIGHT, requests: CONCURRENT, warmUp: 20 });
    if (apart.statuses['200'] !== CONCURRENT) throw new Error(`joins from the clients' process answered ${JSON.stringify(apart.statuses)}`);
    const bareServer = await bareKoaServer();
    const bareApart = await runLoad({ urls: [bareServer.url], method: 'GET', inFlight: IN_FLIGHT, requests: CONCURRENT, warmUp: 50 }).finally(bareServer.close);

    log(`reference: a bare Koa route, ${CONCURRENT} requests, ${IN_FLIGHT} in flight`);
    const bareCpu = process.cpuUsage();
    const bareKoa = await bareKoaReference(IN_FLIGHT, CONCURRENT);
    const bareKoaCpuMs = cpuMs(bareCpu) / (CONCURRENT + 50); // its 50 warm-up requests included

    log(`bare issueToken: ${SIGNATURES} signatures`);
    const req = { roomName: 'rm_bench', identity: 'pt_bench', displayName: 'Πολίτης', role: 'citizen' as const, admitted: false };
    for (let i = 0; i < 100; i++) await video.issueToken(req);
    const signStart = performance.now();
    for (let i = 0; i < SIGNATURES; i++) await video.issueToken(req);
    const signSeconds = (performance.now() - signStart) / 1000;

    // The LiveKit round trip a join makes when this process has not ensured the room lately (see ensureRoomCached).
    log('bare ensureRoom: 200 calls');
    const ensure: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await video.ensureRoom('rm_bench', { maxParticipants: 5, emptyTimeoutSeconds: 600 });
      ensure.push(performance.now() - t0);
    }

    const joinSequentialPerSecond = round(SEQUENTIAL / seqSeconds);
    const issueTokenPerSecond = round(SIGNATURES / signSeconds);
    const seqLatency = latency(seq);
    const concurrent = { requests: CONCURRENT, inFlight: IN_FLIGHT, perSecond: round(CONCURRENT / concSeconds), latencyMs: latency(conc) };
    const shareOfBareKoa = round((100 * concurrent.perSecond) / bareKoa.perSecond);
    const perSecondOf = (r: LoadReport) => round(r.latencies.length / (r.elapsedMs / 1000));
    const concurrentApart = { requests: CONCURRENT, inFlight: IN_FLIGHT, perSecond: perSecondOf(apart), latencyMs: latency(apart.latencies) };
    const bareKoaApart = { requests: CONCURRENT, inFlight: IN_FLIGHT, perSecond: perSecondOf(bareApart), latencyMs: latency(bareApart.latencies) };
    const shareApart = round((100 * concurrentApart.perSecond) / bareKoaApart.perSecond);
    return {
      join: {
        sequential: { requests: SEQUENTIAL, perSecond: joinSequentialPerSecond, latencyMs: seqLatency },
        concurrent,
        concurrentClientsApart: { ...concurrentApart, bareKoaSameWay: bareKoaApart, shareOfBareKoaPercent: shareApart, pass: concurrentApart.latencyMs.p95 < 25 && shareApart >= 10 },
      },
      perJoin,
      reference: { bareKoa: { ...bareKoa, cpuMsPerRequest: round(bareKoaCpuMs) }, joinConcurrentShareOfBareKoaPercent: shareOfBareKoa, joinCpuTimesBareKoa: round(joinCpuMs / bareKoaCpuMs), appFloor },
      target: 'join with 10 in flight: p95 < 25 ms and ≥ 10 % of the bare Koa rate (issue 17)',
      // In this process (clients sharing the API's event loop) and with the clients apart, each against its own reference.
      pass: { clientsInProcess: concurrent.latencyMs.p95 < 25 && shareOfBareKoa >= 10, clientsApart: concurrentApart.latencyMs.p95 < 25 && shareApart >= 10 },
      issueToken: { signatures: SIGNATURES, perSecond: issueTokenPerSecond, meanMs: round((signSeconds * 1000) / SIGNATURES) },
      ensureRoomLatencyMs: latency(ensure),
      signingShareOfJoinP50Percent: round((100 * signSeconds * 1000) / SIGNATURES / seqLatency.p50),
      setup: { rooms: tokens.length / ROLES.length, roles: ROLES, rateLimitMultiplier: 1_000_000, livekit: 'local livekit-server, loopback, dev keys' },
    };
  } finally {
    await cleanUp();
  }
}
