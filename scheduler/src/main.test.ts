// The standalone scheduler process (Docker's "scheduler" service) closes the
// video room of an appointment once its join window has passed: the real
// process against a REAL livekit-server, a fresh database and an SMTP sink.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bookAppointment, publicSlots } from '@muni/appointments';
import { seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import { createVideoService, findFreePorts, type RunningLivekit, startLivekitServer } from '@muni/livekit';
import { livekitBinaryOrSkip } from '@muni/livekit/testing';
import { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink, waitFor } from './testing';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const binary = livekitBinaryOrSkip(REPO_ROOT, 'the scheduler room-closing test');
const MINUTE = 60_000;
const GRACE_MINUTES = 30;

const db = useTestDatabase();

describe.skipIf(!binary)('the scheduler process', () => {
  let livekit: RunningLivekit | undefined;
  let sink: SmtpSink | undefined;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    const [port, rtcTcpPort, rtcUdpPort] = (await findFreePorts(3)) as [number, number, number];
    livekit = await startLivekitServer({ binary: binary!, port, rtcTcpPort, rtcUdpPort });
    sink = await startSmtpSink({ keepRaw: false });
    await seedDemoData(db.knex);
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child!.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await sink?.stop();
    await livekit?.stop();
  });

  /** Books a video appointment through the application's command; returns its id and room. */
  async function bookVideo(slotIndex: number): Promise<{ id: string; roomName: string }> {
    const now = new Date('2026-11-23T08:00:00Z'); // booking's own clock; the times are moved afterwards
    const m = await db.knex('municipalities').where({ slug: 'athens' }).first('id');
    const topic = await db.knex('topics').where({ municipality_id: m.id, name_en: 'Family status certificate' }).first('id');
    const employee = await db.knex('employees').where({ municipality_id: m.id, active: true }).orderBy('full_name').first('id', 'tax_id', 'is_admin');
    const { slots } = await publicSlots(db.knex, now, m.id, { topicId: topic.id, mode: 'video', from: '2026-11-24', to: '2026-11-24' });
    const { appointment } = await bookAppointment(
      { knex: db.knex, now: () => now, linkSecret: 'scheduler-main-test-link-secret-0123456789' },
      { actor: { kind: 'employee', taxId: employee.tax_id, employeeId: employee.id, municipalityId: m.id, isAdmin: employee.is_admin }, ip: '127.0.0.1' },
      {
        municipalityId: m.id,
        topicId: topic.id,
        mode: 'video',
        start: slots[slotIndex]!.start,
        person: { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' },
        onBehalfOf: { kind: 'self' },
        interpretation: null,
        thirdPerson: null,
        requestedEmployeeId: null,
        declarations: { dataTrue: true, privacyRead: true },
      },
    );
    const { room_name: roomName } = await db.knex('appointments').where({ id: appointment.id }).first('room_name');
    return { id: appointment.id, roomName };
  }

  /** Moves an appointment (start, end and busy-until alike) so that it ends at `endsAt`. */
  async function moveToEndAt(id: string, endsAt: Date): Promise<void> {
    const row = await db.knex('appointments').where({ id }).first('ends_at');
    const shift = `${endsAt.getTime() - row.ends_at.getTime()} milliseconds`;
    await db.knex('appointments').where({ id }).update({
      starts_at: db.knex.raw('starts_at + ?::interval', [shift]),
      ends_at: db.knex.raw('ends_at + ?::interval', [shift]),
      busy_until: db.knex.raw('busy_until + ?::interval', [shift]),
    });
  }

  it('closes the room of an appointment whose join window passed, and leaves an open one alone', async () => {
    const video = createVideoService(livekit!);
    const admin = new RoomServiceClient(livekit!.url, livekit!.apiKey, livekit!.apiSecret);
    const ended = await bookVideo(0);
    const open = await bookVideo(1);
    // The process uses the real clock: one window (end + grace) passed 20 minutes ago, the other
    // appointment ended 5 minutes ago and may still be joined for another 25.
    const now = Date.now();
    await moveToEndAt(ended.id, new Date(now - (GRACE_MINUTES + 20) * MINUTE));
    await moveToEndAt(open.id, new Date(now - 5 * MINUTE));
    for (const { roomName } of [ended, open]) await video.ensureRoom(roomName, { maxParticipants: 5, emptyTimeoutSeconds: 600 });
    expect((await admin.listRooms([ended.roomName, open.roomName])).map((r) => r.name).sort()).toEqual([ended.roomName, open.roomName].sort());

    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of Object.keys(env)) if (name.startsWith('LIVEKIT_') || name.startsWith('SCHEDULER_')) delete env[name];
    child = spawn(process.execPath, ['--import', 'tsx', 'scheduler/src/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...env,
        DATABASE_URL: db.url,
        SMTP_URL: sink!.url,
        PUBLIC_URL: 'https://rantevou.example.gr',
        LINK_SECRET: 'scheduler-main-test-link-secret-0123456789',
        MAIL_FROM: 'no-reply@rantevou.example.gr',
        LIVEKIT_URL: livekit!.url,
        LIVEKIT_API_KEY: livekit!.apiKey,
        LIVEKIT_API_SECRET: livekit!.apiSecret,
        JOIN_GRACE_MINUTES: String(GRACE_MINUTES),
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr?.on('data', (d) => {
      stderr += String(d);
    });

    // Agenda runs the job once at start (creating its table first): wait for that run to finish,
    // so that an open room closed by mistake would show too.
    const firstRun = () => db.knex('agenda_jobs').where({ name: 'close-ended-rooms' }).whereNotNull('last_finished_at').first('failed_at', 'fail_reason');
    await waitFor(async () => Boolean(await firstRun().catch(() => undefined)) || child!.exitCode !== null, 30_000, 250).catch(() => undefined);
    expect(child.exitCode, `the scheduler exited early:\n${stderr}\n${stdout}`).toBeNull();
    expect(await firstRun().catch(() => undefined), `close-ended-rooms did not run within 30 s:\n${stderr}\n${stdout}`).toEqual({ failed_at: null, fail_reason: null });
    const rooms = (await admin.listRooms([ended.roomName, open.roomName])).map((r) => r.name);
    expect(rooms, `the scheduler did not close the ended call's room:\n${stderr}\n${stdout}`).toEqual([open.roomName]);
    expect(stderr).toBe('');
  }, 60_000);
});
