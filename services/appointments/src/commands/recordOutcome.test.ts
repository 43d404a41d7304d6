// Recording an appointment's outcome: who may, when, what is kept and who is told.
import type { AppointmentRow } from '@muni/db';
import type { RecordOutcomeInput } from '@muni/domain';
import { describe, expect, it } from 'vitest';
import type { Requester } from '../actor';
import { AppError } from '../errors';
import { withRelationsOne } from '../queries/appointmentGraph';
import { useAppTestKit } from '../testing';
import { cancelAppointment } from './changeAppointment';
import { recordOutcome } from './recordOutcome';

const kit = useAppTestKit('2026-11-23T08:00:00Z');
const DAY = 86_400_000;

const clerk = async (slug = 'athens'): Promise<Requester> => ({ actor: await kit.employee(slug), ip: '127.0.0.1' });
const needsDocuments: RecordOutcomeInput = { kind: 'needs_documents', text: 'Η αίτηση καταχωρίστηκε.', documents: ['Βεβαίωση κατοικίας'], followUpOn: '2026-12-01' };

/** A booked appointment whose time has come (the clock moves to a minute after its start). */
async function started(day: string): Promise<AppointmentRow> {
  kit.clock.set('2026-11-23T08:00:00Z');
  const appt = await kit.bookVideo(day);
  kit.clock.set(new Date(appt.starts_at.getTime() + 60_000).toISOString());
  return appt;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return `${err.kind}:${err.code}`;
    throw err;
  }
}

const outcomeMails = (id: string) => kit.deps.knex('notifications').where({ appointment_id: id, kind: 'outcome' }).orderBy('created_at').select('recipient_role', 'recipient_email', 'status', 'payload');

describe('recording the outcome', () => {
  it('is refused before the appointment starts, to citizens and to another municipality (which learns nothing)', async () => {
    kit.clock.set('2026-11-23T08:00:00Z');
    const appt = await kit.bookVideo('2026-11-25');
    expect(await refusal(recordOutcome(kit.deps, await clerk(), appt.id, needsDocuments))).toBe('rule:not_started');
    kit.clock.set(new Date(appt.starts_at.getTime() + 60_000).toISOString());
    expect(await refusal(recordOutcome(kit.deps, await clerk('thessaloniki'), appt.id, needsDocuments))).toBe('not_found:not_found');
    const citizen = { actor: await kit.citizen('045123787'), ip: '127.0.0.1' };
    expect(await refusal(recordOutcome(kit.deps, citizen, appt.id, needsDocuments))).toBe('forbidden:forbidden');
    expect(await kit.deps.knex('appointment_outcomes').where({ appointment_id: appt.id }).count()).toEqual([{ count: 0 }]);
  });

  it('keeps the outcome, writes the history and the audit, and e-mails the person served only', async () => {
    const appt = await started('2026-11-26');
    const by = await clerk();

    const r = await recordOutcome(kit.deps, by, appt.id, needsDocuments);

    expect(r).toMatchObject({ changed: true, citizenNotified: true, outcome: { ...needsDocuments, version: 1 } });
    expect(r.outcome.editableUntil.getTime()).toBe(kit.clock.now.getTime() + 7 * DAY);
    const mails = await outcomeMails(appt.id);
    expect(mails).toEqual([{ recipient_role: 'citizen', recipient_email: 'nikos@example.gr', status: 'pending', payload: { outcome: needsDocuments, outcomeVersion: 1, corrected: false } }]);
    expect(await kit.deps.knex('audit_log').where({ subject_id: appt.id, action: 'outcome_recorded' }).first('actor_id', 'details')).toEqual({
      actor_id: (by.actor as { employeeId: string }).employeeId,
      details: { outcomeVersion: 1, kind: 'needs_documents' },
    });
    expect(await kit.deps.knex('appointment_events').where({ appointment_id: appt.id }).orderBy('id').pluck('action')).toContain('outcome_recorded');
    // Every view of the appointment carries it.
    expect((await withRelationsOne(kit.deps.knex, appt)).outcome).toMatchObject({ kind: 'needs_documents', followUpOn: '2026-12-01', documents: ['Βεβαίωση κατοικίας'] });
  });

  it('a correction is a new version: audited, the unsent e-mail dropped, one e-mail with the latest; the same outcome again changes nothing', async () => {
    const appt = await started('2026-11-27');
    await recordOutcome(kit.deps, await clerk(), appt.id, needsDocuments);
    const corrected = { ...needsDocuments, kind: 'resolved' as const, documents: [], followUpOn: null };

    const r = await recordOutcome(kit.deps, await clerk(), appt.id, corrected);
    const again = await recordOutcome(kit.deps, await clerk(), appt.id, corrected);

    expect(r.outcome.version).toBe(2);
    expect(again).toMatchObject({ changed: false, citizenNotified: false, outcome: { version: 2 } });
    expect((await outcomeMails(appt.id)).map((m) => [m.status, m.payload.outcomeVersion, m.payload.corrected])).toEqual([
      ['skipped', 1, false],
      ['pending', 2, true],
    ]);
    expect(await kit.deps.knex('audit_log').where({ subject_id: appt.id }).whereIn('action', ['outcome_recorded', 'outcome_corrected']).orderBy('id').pluck('action')).toEqual([
      'outcome_recorded',
      'outcome_corrected',
    ]);
    expect(await kit.deps.knex('appointment_outcomes').where({ appointment_id: appt.id }).orderBy('version').pluck('kind')).toEqual(['needs_documents', 'resolved']);
  });

  it('stands as recorded once the days for corrections are over', async () => {
    const appt = await started('2026-11-30');
    await recordOutcome(kit.deps, await clerk(), appt.id, needsDocuments);
    kit.clock.set(new Date(kit.clock.now.getTime() + 7 * DAY + 60_000).toISOString());
    expect(await refusal(recordOutcome(kit.deps, await clerk(), appt.id, { ...needsDocuments, text: 'Άλλο' }))).toBe('rule:outcome_locked');
  });

  it('is not recorded for a cancelled appointment, nor with a follow-up before the appointment', async () => {
    const appt = await started('2026-12-01');
    expect(await refusal(recordOutcome(kit.deps, await clerk(), appt.id, { ...needsDocuments, followUpOn: '2026-11-20' }))).toBe('rule:follow_up_before_appointment');
    kit.clock.set('2026-11-23T08:00:00Z');
    await cancelAppointment({ ...kit.deps }, await clerk(), appt.id);
    kit.clock.set(new Date(appt.starts_at.getTime() + 60_000).toISOString());
    expect(await refusal(recordOutcome(kit.deps, await clerk(), appt.id, needsDocuments))).toBe('conflict:outcome_not_applicable');
  });

  it('is texted too when the person agreed to texts, and only texted when booked at the desk without an address', async () => {
    const appt = await started('2026-12-03');
    await kit.deps.knex('appointments').where({ id: appt.id }).update({ sms_phone: '+306912345678', sms_consent_at: kit.clock.now });
    const r = await recordOutcome(kit.deps, await clerk(), appt.id, { ...needsDocuments, followUpOn: null });
    expect(r.citizenNotified).toBe(true);
    const rows = await kit.deps.knex('notifications').where({ appointment_id: appt.id, kind: 'outcome' }).orderBy('channel').select('channel', 'recipient_role', 'recipient_email', 'recipient_phone');
    expect(rows).toEqual([
      { channel: 'email', recipient_role: 'citizen', recipient_email: 'nikos@example.gr', recipient_phone: null },
      { channel: 'sms', recipient_role: 'citizen', recipient_email: null, recipient_phone: '+306912345678' },
    ]);

    const desk = await started('2026-12-04');
    await kit.deps.knex('appointments').where({ id: desk.id }).update({ person_email: null, sms_phone: '+306912345679', sms_consent_at: kit.clock.now });
    await recordOutcome(kit.deps, await clerk(), desk.id, { ...needsDocuments, followUpOn: null });
    expect(await kit.deps.knex('notifications').where({ appointment_id: desk.id, kind: 'outcome' }).pluck('channel')).toEqual(['sms']);
  });

  it('e-mails nobody when the desk booking has no address (the clerk tells it on the phone)', async () => {
    const appt = await started('2026-12-02');
    await kit.deps.knex('appointments').where({ id: appt.id }).update({ person_email: null });
    const r = await recordOutcome(kit.deps, await clerk(), appt.id, { kind: 'resolved', text: '', documents: [], followUpOn: null });
    expect(r.citizenNotified).toBe(false);
    expect(await outcomeMails(appt.id)).toEqual([]);
  });
});
