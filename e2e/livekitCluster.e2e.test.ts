import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { loadConfig, REPO_ROOT } from '@muni/appointments';
import { freePort } from '@muni/db';
import { joinToken } from '@muni/domain';
import { DEV_API_KEY, DEV_API_SECRET, findFreePorts, type RunningLivekit, startLivekitServer } from '@muni/livekit';
import { livekitBinaryOrSkip } from '@muni/livekit/testing';
import { RoomServiceClient } from 'livekit-server-sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../services/api/src/testing/apiClient';
import { launchBrowser } from './browser';
import { stopWhenCallsLeft } from './browserKit';
import { bookVideoCall, newCallPage, videoFlows } from './callKit';
import { startTestStack, type TestStack } from './stack';

// LiveKit as a cluster, as docker/compose.yml runs it: two livekit-server
// nodes sharing one Redis, reached through doors that skip a dead node (the
// proxy's part in compose). The API's door prefers node A, the browsers'
// door node B, so the call works across the nodes. Then the node hosting the
// room is killed in the middle of the call: the media stops, and the pages
// are back in the call on the other node by themselves, without a reload, as
// LiveKit documents for a node's loss; the API carries on through its door.

const NOW = '2026-11-23T08:00:00Z';
const START = '2026-11-24T10:00:00.000Z';
const FIVE_BEFORE = '2026-11-24T09:55:00Z';
const PERSON = { fullName: 'Αθηνά Συστάδα', email: 'athina.cluster@example.gr', phone: '6912345678', language: 'el' };
const LINK_SECRET = loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv).LINK_SECRET;
const REDIS = '/usr/bin/redis-server';

interface Redis {
  address: string;
  stop(): Promise<void>;
}

/** A throw-away Redis on loopback, nothing saved to disk. */
async function startRedis(): Promise<Redis> {
  if (!existsSync(REDIS)) throw new Error(`${REDIS} is missing: npm test installs Debian's redis-server package (or: apt-get install redis-server)`);
  const port = await freePort();
  const child: ChildProcess = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!(await pong(port))) {
    if (Date.now() > deadline) throw new Error('redis-server did not answer PING');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    address: `127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
  };
}

function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.once('data', (d) => (s.destroy(), resolve(d.toString().startsWith('+PONG'))));
    s.once('error', () => resolve(false));
  });
}

/** The front door: each connection goes to the first node that accepts it (a proxy skipping a dead backend). */
function frontDoor(port: number, targets: number[]): Promise<Server> {
  const server = createServer((client: Socket) => {
    client.pause();
    const tryNext = (i: number) => {
      if (i >= targets.length) return client.destroy();
      const upstream = connect(targets[i]!, '127.0.0.1');
      upstream.once('error', () => tryNext(i + 1));
      upstream.once('connect', () => {
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
        client.resume();
      });
    };
    tryNext(0);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

let redis: Redis;
let nodeA: RunningLivekit;
let nodeB: RunningLivekit;
let doors: Server[] = [];
let stack: TestStack;
let browser: Browser;
const pages = {} as Record<'citizen' | 'employee', Page>;
let roomName = '';

beforeAll(async () => {
  const binary = livekitBinaryOrSkip(REPO_ROOT, 'the LiveKit cluster test');
  if (!binary) throw new Error('livekit-server is needed (npm run livekit:install)');
  redis = await startRedis();
  const appPort = await freePort();
  const webhookUrl = `http://127.0.0.1:${appPort}/api/v1/video/webhook`;
  const [aPort, aTcp, aUdp, bPort, bTcp, bUdp, doorPort] = await findFreePorts(7);
  const apiDoorPort = await freePort();
  [nodeA, nodeB] = await Promise.all([
    startLivekitServer({ binary, port: aPort!, rtcTcpPort: aTcp!, rtcUdpPort: aUdp!, webhookUrl, redisAddress: redis.address, region: 'node-a' }),
    startLivekitServer({ binary, port: bPort!, rtcTcpPort: bTcp!, rtcUdpPort: bUdp!, webhookUrl, redisAddress: redis.address, region: 'node-b' }),
  ]);
  doors = [await frontDoor(doorPort!, [bPort!, aPort!]), await frontDoor(apiDoorPort, [aPort!, bPort!])];
  [stack, browser] = await Promise.all([
    startTestStack(NOW, {
      env: {
        PORT: String(appPort),
        PUBLIC_URL: `http://127.0.0.1:${appPort}`,
        LIVEKIT_URL: `ws://127.0.0.1:${doorPort}`,
        LIVEKIT_INTERNAL_URL: `http://127.0.0.1:${apiDoorPort}`,
        LIVEKIT_API_KEY: DEV_API_KEY,
        LIVEKIT_API_SECRET: DEV_API_SECRET,
      },
    }),
    launchBrowser(),
  ]);
  expect(stack.livekit, 'with LIVEKIT_URL set the stack starts no LiveKit of its own').toBeUndefined();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stopWhenCallsLeft(stack);
  for (const door of doors) door.close();
  await Promise.all([nodeA?.stop(), nodeB?.stop()]);
  await redis?.stop();
});

const debugLog: string[] = [];
async function newPage(): Promise<Page> {
  const page = await newCallPage(browser, stack.url, { testHooks: true });
  page.on('console', (m) => debugLog.push(`${new Date().toISOString()} ${m.type()}: ${m.text().slice(0, 300)}`));
  return page;
}

async function joinCall(page: Page, token: string) {
  await page.goto(`/join/${token}`);
  await page.getByText('Η κάμερα και το μικρόφωνο λειτουργούν.').waitFor();
  await page.getByRole('button', { name: 'Είσοδος στη βιντεοκλήση' }).click();
  await page.getByTestId('in-call').waitFor({ timeout: 30_000 });
}

/** The node hosting a room, from the cluster's own bookkeeping in Redis (room → node id → the node's record, which names its region). */
function hostOf(room: string): 'node-a' | 'node-b' {
  const redisCli = (...args: string[]) => execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', redis.address.split(':')[1]!, '--raw', ...args], { encoding: 'latin1' });
  const nodeId = redisCli('HGET', 'room_node_map', room).trim();
  const record = redisCli('HGET', 'nodes', nodeId);
  if (record.includes('node-a')) return 'node-a';
  if (record.includes('node-b')) return 'node-b';
  throw new Error(`room ${room} is on an unknown node ${nodeId}`);
}

const rooms = (node: RunningLivekit) => new RoomServiceClient(node.url.replace(/^ws/, 'http'), DEV_API_KEY, DEV_API_SECRET);

describe('LiveKit as a two-node cluster', () => {
  it('the API works through node A, the browsers through the door to node B, and the call works across them', async () => {
    const { id } = await bookVideoCall(stack, START, PERSON);
    const appt = await stack.knex('appointments').where({ id: id }).first('id', 'version');
    const tokens = { citizen: joinToken(LINK_SECRET, appt.id, 'citizen', appt.version), employee: joinToken(LINK_SECRET, appt.id, 'employee', appt.version) };
    const citizenIdentity = (await stack.knex('join_links').where({ appointment_id: appt.id, role: 'citizen' }).first('identity')).identity;

    stack.clock.set(FIVE_BEFORE);
    const employee = new ApiClient(stack.url);
    const admitted = await employee.post(`/api/v1/calls/${tokens.employee}/admit`, { identity: citizenIdentity }, { 'X-CSRF-Token': '' });
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(200);

    pages.citizen = await newPage();
    pages.employee = await newPage();
    await joinCall(pages.employee, tokens.employee);
    await joinCall(pages.citizen, tokens.citizen);
    await expect.poll(() => videoFlows(pages.citizen, 'employee'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => videoFlows(pages.employee, 'citizen'), { timeout: 30_000 }).toBe(true);

    // One cluster: the room the API made through A is known to B, with both people in it.
    const [onA, onB] = await Promise.all([rooms(nodeA).listRooms(), rooms(nodeB).listRooms()]);
    expect(onA.map((r) => r.name)).toEqual(onB.map((r) => r.name));
    expect(onB).toHaveLength(1);
    roomName = onB[0]!.name;
    expect((await rooms(nodeB).listParticipants(roomName)).length).toBe(2);
    // LiveKit's webhooks (from whichever node) reached the app: both are recorded as present.
    await expect.poll(async () => (await stack.knex('call_attendance').where({ appointment_id: appt.id }).whereNull('left_at')).length, { timeout: 10_000 }).toBe(2);
  });

  it('the node hosting the room is lost in the middle of the call: the pages are back in it on the other node by themselves, without a reload', async () => {
    for (const page of Object.values(pages)) await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const host = hostOf(roomName);
    const [lost, survivor] = host === 'node-a' ? [nodeA, nodeB] : [nodeB, nodeA];
    process.kill(lost.pid!, 'SIGKILL');
    await lost.exited;
    // The media went with it: each page stops receiving video (so what follows is a real recovery).
    for (const [role, page] of Object.entries(pages)) {
      const other = role === 'citizen' ? 'employee' : 'citizen';
      await expect.poll(() => videoFlows(page, other), { timeout: 30_000, message: `${role} loses ${other}'s video with ${host}` }).toBe(false);
    }

    for (const [role, page] of Object.entries(pages)) {
      const other = role === 'citizen' ? 'employee' : 'citizen';
      await expect.poll(() => videoFlows(page, other), { timeout: 60_000, interval: 500, message: `${role} sees ${other} again` }).toBe(true).catch(async (e) => {
        const text = await page.evaluate(() => document.body.innerText.slice(0, 600));
        const rooms = await Promise.all(Object.values(pages).map((p) => p.evaluate(() => (window as unknown as { __callTest?: { snapshot(): unknown } }).__callTest?.snapshot())));
        throw new Error(`${(e as Error).message}\n${role} page shows: ${text}\nrooms: ${JSON.stringify(rooms)}\nlog:\n${debugLog.join('\n')}`);
      });
      await page.getByTestId('in-call').waitFor();
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    }
    // The room was created again on the surviving node by the reconnecting pages, with both people.
    expect(await rooms(survivor).listRooms([roomName])).toHaveLength(1);
    expect((await rooms(survivor).listParticipants(roomName)).length).toBe(2);
    // LiveKit made the new room without the call's rules; the app gave them back when people joined it.
    await expect
      .poll(async () => JSON.parse((await rooms(survivor).listRooms([roomName]))[0]?.metadata || '{}'), { timeout: 10_000 })
      .toEqual({ v: 2, audioOnly: false, identityCheck: expect.any(String), keepVideoRoles: expect.any(Array) });
    // The service still calls video "up": the API's door reaches the surviving node.
    expect(await (await fetch(`${stack.url}/api/v1/video/status`)).json()).toEqual({ status: 'up' });
  });
});
