// Tests of the application: commands against a real (embedded) PostgreSQL with
// the demo municipalities, a frozen clock, no HTTP. Not part of the package's API.
import { type AppointmentRow, seedDemoData } from '@muni/db';
import type { BookingInput, Mode } from '@muni/domain';
import { useTestDatabase } from '@muni/db/testing';
import type { VideoService } from '@muni/livekit';
import pino from 'pino';
import { beforeAll } from 'vitest';
import type { Actor, Requester } from './actor';
import { bookAppointment } from './commands/bookAppointment';
import { publicSlots } from './queries/catalogue';
import { loadConfig } from './config';
import type { AppDeps } from './deps';

/** A citizen's own video booking of `topicId` at `start`, declarations made (employee as requested, or any). */
export function videoBookingFor(place: { id: string; topicId: string }, start: Date, requestedEmployeeId: string | null = null): BookingInput {
  return {
    municipalityId: place.id,
    topicId: place.topicId,
    mode: 'video',
    start,
    person: { fullName: 'Ελένη Κωνσταντίνου', email: 'eleni@example.gr', phone: '6987654321', language: 'el' },
    onBehalfOf: { kind: 'self' },
    interpretation: null,
    thirdPerson: null,
    requestedEmployeeId,
    declarations: { dataTrue: true, privacyRead: true },
  };
}

export interface AppTestKit {
  /** The dependencies as the API would give them; `video` when the test file provides LiveKit. */
  deps: AppDeps;
  clock: { now: Date; set(iso: string): void };
  /** A demo municipality by slug, with its topics by English name. */
  municipality(slug: string): Promise<{ id: string; topic(nameEn: string): string }>;
  /** Books a video appointment at Athens' first free time on the day (as an employee at the desk). */
  bookVideo(day?: string, extra?: Partial<BookingInput>): Promise<AppointmentRow>;
  /** Books the first free time of an Athens topic on a day, as the given requester (default: a clerk at the desk). */
  book(o: { topic?: string; mode?: Mode; day?: string; by?: Requester; extra?: Partial<BookingInput> }): Promise<AppointmentRow>;
  /** A signed-in citizen (a users row as after a Taxisnet sign-in). */
  citizen(taxId: string): Promise<Extract<Actor, { kind: 'citizen' }>>;
  /** A demo employee acting for a municipality (the console's caller). */
  employee(slug: string, taxId?: string): Promise<Extract<Actor, { kind: 'employee' }> & { employeeId: string; municipalityId: string }>;
}

export function useAppTestKit(start = '2026-11-23T08:00:00Z', video?: () => VideoService | undefined): AppTestKit {
  const db = useTestDatabase();
  const clock = {
    now: new Date(start),
    set(iso: string) {
      this.now = new Date(iso);
    },
  };
  const kit = { clock } as AppTestKit;
  beforeAll(async () => {
    await seedDemoData(db.knex);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    kit.deps = { knex: db.knex, config, logger: pino({ level: 'silent' }), now: () => clock.now, linkSecret: config.LINK_SECRET, video: video?.() };
  });
  kit.municipality = async (slug) => {
    const m = await kit.deps.knex('municipalities').where({ slug }).first('id');
    const topics: { id: string; name_en: string }[] = await kit.deps.knex('topics').where({ municipality_id: m.id }).select('id', 'name_en');
    return { id: m.id, topic: (nameEn) => topics.find((t) => t.name_en === nameEn)!.id };
  };
  kit.citizen = async (taxId) => {
    const [u] = await kit.deps.knex('users').insert({ tax_id: taxId, first_name: 'ΔΟΚΙΜΑΣΤΙΚΟΣ', last_name: 'ΠΟΛΙΤΗΣ' }).onConflict('tax_id').merge().returning('id');
    return { kind: 'citizen', userId: u.id, taxId, isCompany: false };
  };
  kit.employee = async (slug, taxId) => {
    const m = await kit.municipality(slug);
    const q = kit.deps.knex('employees').where({ municipality_id: m.id, active: true });
    if (taxId) q.where({ tax_id: taxId });
    const e = await q.orderBy('full_name').first('id', 'tax_id', 'is_admin');
    return { kind: 'employee', taxId: e.tax_id, employeeId: e.id, municipalityId: m.id, isAdmin: e.is_admin };
  };
  kit.bookVideo = (day = '2026-11-24', extra = {}) => kit.book({ day, extra });
  kit.book = async ({ topic = 'Family status certificate', mode = 'video', day = '2026-11-24', by, extra = {} }) => {
    const m = await kit.municipality('athens');
    const topicId = m.topic(topic);
    const { slots } = await publicSlots(kit.deps.knex, clock.now, m.id, { topicId, mode, from: day, to: day });
    by ??= { actor: await kit.employee('athens'), ip: '127.0.0.1' };
    const { appointment } = await bookAppointment(kit.deps, by, {
      municipalityId: m.id,
      topicId,
      mode,
      start: slots[0]!.start,
      person: { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' },
      onBehalfOf: { kind: 'self' },
      interpretation: null,
      thirdPerson: null,
      requestedEmployeeId: null,
      declarations: { dataTrue: true, privacyRead: true },
      ...extra,
    });
    return appointment;
  };
  return kit;
}
