// Shared by the video route tests: a real livekit-server whose webhooks reach
// the test API, booking helpers and join-link tokens.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinToken, type ParticipantRole } from '@muni/domain';
import { createVideoService, findFreePorts, type RunningLivekit, startLivekitServer, type VideoService } from '@muni/livekit';
import { livekitBinaryOrSkip as livekitBinaryOrSkipIn } from '@muni/livekit/testing';
import { RoomServiceClient } from 'livekit-server-sdk';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '@muni/appointments';
import { type ApiHarness, useApiHarness } from '../../testing/harness';

const repoRoot = fileURLToPath(new URL('../../../../..', import.meta.url));

/** The livekit-server binary; null (with a warning) where it cannot be had, an error under CI. */
export const livekitBinaryOrSkip = () => livekitBinaryOrSkipIn(repoRoot, 'the video API tests');

export interface VideoKit {
  livekit: RunningLivekit;
  video: VideoService;
  admin: RoomServiceClient;
}

/** The API harness wired to a real LiveKit on free ports, with LiveKit's webhooks pointed at the API. */
export function useVideoApi(binary: string): { h: ApiHarness; kit: VideoKit } {
  const kit = {} as VideoKit;
  let apiPort = 0;
  beforeAll(async () => {
    const [api, port, rtcTcpPort, rtcUdpPort] = (await findFreePorts(4)) as [number, number, number, number];
    apiPort = api;
    kit.livekit = await startLivekitServer({ binary, port, rtcTcpPort, rtcUdpPort, webhookUrl: `http://127.0.0.1:${api}/api/v1/video/webhook` });
    kit.video = createVideoService(kit.livekit);
    kit.admin = new RoomServiceClient(kit.livekit.url, kit.livekit.apiKey, kit.livekit.apiSecret);
  });
  afterAll(async () => {
    await kit.livekit?.stop();
  });
  const h = useApiHarness('2026-11-23T08:00:00Z', {}, () => ({ port: apiPort, video: kit.video, livekitPublicUrl: kit.livekit.url }));
  // bookVideo books many calls for one demo citizen; the per-citizen limits have their own tests.
  beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));
  return { h, kit };
}

export const LINK_SECRET = loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv).LINK_SECRET;

export const linkToken = (appointmentId: string, role: ParticipantRole, version = 1) => joinToken(LINK_SECRET, appointmentId, role, version);

export interface Booked {
  id: string;
  start: string;
  end: string;
  version: number;
  roomName: string;
  token: (role: ParticipantRole) => string;
}

const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };

/** Books a video appointment as a demo citizen through the API (clock set back to Monday 10:00 Athens first). */
export async function bookVideo(
  h: ApiHarness,
  start: string,
  extra: { interpretation?: 'gsl' | 'lip_reading'; thirdPerson?: { fullName: string; email: string }; requestedEmployeeId?: string } = {},
): Promise<Booked> {
  h.clock.set('2026-11-23T08:00:00Z');
  const c = await h.citizen('045123787');
  const m = await h.municipality('athens');
  const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
  const r = await c.post('/api/v1/appointments', {
    municipalityId: m.id,
    topicId,
    mode: 'video',
    start,
    person,
    declarations: { dataTrue: true, privacyRead: true },
    ...extra,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const row = await h.knex('appointments').where({ id: r.body.id }).first('room_name', 'version');
  return {
    id: r.body.id,
    start: r.body.start,
    end: r.body.end,
    version: row.version,
    roomName: row.room_name,
    token: (role) => linkToken(r.body.id, role, row.version),
  };
}

/** The claims of a LiveKit JWT (its signature is LiveKit's business; the server accepting it is tested separately). */
export function claims(jwt: string): { exp: number; nbf: number; sub: string; name: string; video: Record<string, unknown>; attributes?: Record<string, string> } {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}

export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Row counts of everything a join or call action could write. */
export async function stateCounts(h: ApiHarness) {
  const tables = ['appointments', 'appointment_events', 'join_links', 'call_states', 'call_attendance', 'identity_checks', 'audit_log', 'notifications'];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await h.knex(t).count('* as n'))[0]!.n);
  return counts;
}

/**
 * Headless Chromium (flags as in shared/LIVEKIT-NOTES.md). Only a participant
 * whose media connection is up counts as joined for LiveKit's webhooks, so
 * attendance needs a real WebRTC client, not a signalling-only one.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  });
}

const LIVEKIT_CLIENT_UMD = join(repoRoot, 'node_modules', 'livekit-client', 'dist', 'livekit-client.umd.js');

export interface BrowserParticipant {
  leave(): Promise<void>;
  /**
   * Whether this page really receives the camera of `identity` now: the track
   * is subscribed and its decoded frame count grows over `windowMs`.
   */
  receivesCameraOf(identity: string, windowMs?: number): Promise<boolean>;
  /** What a modified page would do: ask LiveKit for every camera track of `identity` again. */
  resubscribeTo(identity: string): Promise<void>;
}

/**
 * A livekit-client participant in its own page; resolves once connected.
 * `camera`: publish Chromium's fake camera (the token must allow it).
 */
export async function browserParticipant(browser: Browser, serverUrl: string, token: string, opts: { camera?: boolean } = {}): Promise<BrowserParticipant> {
  const page = await browser.newPage();
  // A camera needs a secure context: a loopback http origin is one (about:blank is not).
  if (opts.camera) await page.goto(serverUrl.replace(/^ws/, 'http'));
  await page.setContent('<!doctype html><title>participant</title>');
  await page.addScriptTag({ path: LIVEKIT_CLIENT_UMD });
  await page.evaluate(
    async ({ url, jwt, camera }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the UMD global in the page
      const w = window as any;
      w.room = new w.LivekitClient.Room();
      await w.room.connect(url, jwt, { rtcConfig: { iceServers: [] } });
      if (camera) await w.room.localParticipant.setCameraEnabled(true);
    },
    { url: serverUrl, jwt: token, camera: opts.camera ?? false },
  );
  return {
    leave: async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the UMD global in the page
      await page.evaluate(() => (window as any).room.disconnect());
      await page.close();
    },
    receivesCameraOf: (identity, windowMs = 1500) =>
      page.evaluate(
        async ({ id, ms }) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- livekit-client objects in the page
          const w = window as any;
          const frames = async (): Promise<number | null> => {
            const p = w.room.remoteParticipants.get(id);
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            const pub = p && [...p.videoTrackPublications.values()].find((x: any) => x.source === 'camera');
            if (!pub?.isSubscribed || !pub.track) return null;
            const report: RTCStatsReport | undefined = await pub.track.getRTCStatsReport();
            let decoded: number | null = null;
            report?.forEach((s) => {
              if (s.type === 'inbound-rtp' && s.kind === 'video') decoded = (s as { framesDecoded?: number }).framesDecoded ?? 0;
            });
            return decoded;
          };
          const before = await frames();
          await new Promise((r) => setTimeout(r, ms));
          const after = await frames();
          return before !== null && after !== null && after > before;
        },
        { id: identity, ms: windowMs },
      ),
    resubscribeTo: (identity) =>
      page.evaluate((id) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- livekit-client objects in the page
        const p = (window as any).room.remoteParticipants.get(id);
        for (const pub of p?.videoTrackPublications.values() ?? []) pub.setSubscribed(true);
      }, identity),
  };
}
