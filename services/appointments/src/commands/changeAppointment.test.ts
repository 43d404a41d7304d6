// Each change command does all of its use case's effects: a route cannot forget one.
import type { AppointmentRow } from '@muni/db';
import { joinToken } from '@muni/domain';
import { describe, expect, it } from 'vitest';
import type { Requester } from '../actor';
import { resolveJoinLink } from '../call/links';
import { AppError } from '../errors';
import { publicSlots, requestableEmployees } from '../queries/catalogue';
import { useAppTestKit } from '../testing';
import { cancelAppointment, reassignAppointment, rescheduleAppointment } from './changeAppointment';

const kit = useAppTestKit('2026-11-23T08:00:00Z');
const window = { opensMinutesBefore: 15, graceMinutes: 30 };

async function clerk(): Promise<Requester> {
  return { actor: await kit.employee('athens'), ip: '127.0.0.1' };
}

/** The refusal a person holding this link would get, or 'ok'. */
async function linkAnswer(appointmentId: string, role: 'employee' | 'citizen', version: number, at: Date) {
  try {
    await resolveJoinLink(kit.deps.knex, joinToken(kit.deps.linkSecret, appointmentId, role, version), at, window);
    return 'ok';
  } catch (err) {
    return (err as AppError).code;
  }
}

/** A colleague who handles the topic by video and is free at the appointment's time. */
async function freeColleague(appt: AppointmentRow) {
  const colleagues = await requestableEmployees(kit.deps.knex, appt.municipality_id, appt.topic_id, 'video');
  const day = appt.starts_at.toISOString().slice(0, 10);
  for (const c of colleagues.filter((e) => e.id !== appt.employee_id)) {
    const { slots } = await publicSlots(kit.deps.knex, kit.clock.now, appt.municipality_id, { topicId: appt.topic_id, mode: 'video', from: day, to: day, employeeId: c.id });
    if (slots.some((s) => s.start.getTime() === appt.starts_at.getTime())) return c;
  }
  throw new Error('no free colleague in the demo data');
}

const auditActions = (id: string) => kit.deps.knex('audit_log').where({ subject_id: id }).orderBy('id').pluck('action');

describe('change commands and their effects', () => {
  it('reassigning a video call replaces the room and every link, so the previous employee cannot enter; it is audited', async () => {
    const appt = await kit.bookVideo('2026-11-24');
    const target = await freeColleague(appt);
    const during = new Date(appt.starts_at.getTime() + 60_000);
    expect(await linkAnswer(appt.id, 'employee', appt.version, during)).toBe('ok');

    const moved = await reassignAppointment(kit.deps, await clerk(), appt.id, target.id);

    expect(moved.employee_id).toBe(target.id);
    expect(moved.room_name).not.toBe(appt.room_name);
    const { room_name } = await kit.deps.knex('appointments').where({ id: appt.id }).first('room_name');
    expect(room_name).not.toBe(appt.room_name); // a token issued for the old room opens nothing
    expect(await linkAnswer(appt.id, 'employee', appt.version, during)).toBe('link_replaced');
    expect(await linkAnswer(appt.id, 'employee', moved.version, during)).toBe('ok');
    expect(await auditActions(appt.id)).toEqual(['book_on_behalf', 'reassign']);
  });

  it('rescheduling and cancelling by staff are audited and end the old links', async () => {
    const appt = await kit.bookVideo('2026-11-25');
    const later = new Date(appt.starts_at.getTime() + 2 * 3_600_000);
    const moved = await rescheduleAppointment(kit.deps, await clerk(), appt.id, later);
    expect(moved.starts_at).toEqual(later);
    expect(await linkAnswer(appt.id, 'citizen', appt.version, new Date(appt.starts_at.getTime() + 60_000))).toBe('link_replaced');

    await cancelAppointment(kit.deps, await clerk(), appt.id, 'asked by phone');
    expect(await linkAnswer(appt.id, 'citizen', moved.version, new Date(later.getTime() + 60_000))).toBe('appointment_cancelled');
    expect(await auditActions(appt.id)).toEqual(['book_on_behalf', 'reschedule', 'cancel']);
  });

  it('another municipality\'s employee finds nothing to change, and nothing is written', async () => {
    const appt = await kit.bookVideo('2026-11-26');
    const stranger: Requester = { actor: await kit.employee('thessaloniki'), ip: '127.0.0.1' };
    await expect(cancelAppointment(kit.deps, stranger, appt.id)).rejects.toMatchObject({ kind: 'not_found' });
    const row = await kit.deps.knex('appointments').where({ id: appt.id }).first('status', 'version');
    expect(row).toEqual({ status: 'booked', version: appt.version });
  });
});
