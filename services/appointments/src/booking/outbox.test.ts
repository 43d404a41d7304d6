// The outbox writes each e-mail with its recipient's role: the scheduler takes
// the join link and the wording from it. (Delivery end to end: scheduler tests.)
import { describe, expect, it } from 'vitest';
import type { Requester } from '../actor';
import { rescheduleAppointment } from '../commands/changeAppointment';
import { publicSlots } from '../queries/catalogue';
import { useAppTestKit } from '../testing';

const kit = useAppTestKit('2026-11-23T08:00:00Z');
const third = { fullName: 'Ιωάννα Τρίτη', email: 'ioanna@example.org' };

async function clerk(): Promise<Requester> {
  return { actor: await kit.employee('athens'), ip: '127.0.0.1' };
}

const rows = (appointmentId: string) =>
  kit.deps.knex('notifications').where({ appointment_id: appointmentId }).orderBy(['appointment_version', 'kind']).select('appointment_version', 'kind', 'recipient_role', 'recipient_email', 'status', 'payload');

/** What the scheduler does: the confirmation and invitations go out. */
const sentFirstMessages = (appointmentId: string) =>
  kit.deps.knex('notifications').where({ appointment_id: appointmentId }).whereIn('kind', ['confirmation', 'invite_interpreter', 'invite_third_person']).update({ status: 'sent', sent_at: new Date() });

/** GSL video slots of a day: 08:00–09:00 in Athens only the Athens interpreter works, 13:00–15:00 only the other one. */
async function gslSlots(day: string) {
  const m = await kit.municipality('athens');
  const { slots } = await publicSlots(kit.deps.knex, kit.clock.now, m.id, { topicId: m.topic('Family status certificate'), mode: 'video', from: day, to: day, interpretation: 'gsl' });
  return slots.map((s) => s.start);
}
const at = (starts: Date[], iso: string) => starts.find((s) => s.toISOString() === iso)!;

describe('the outbox', () => {
  it('writes whose each e-mail is (the interpreter reminded as the citizen is); a new time reaches the same interpreter as a change, with their role', async () => {
    await kit.deps.knex('municipalities').update({ third_person_invite_on_booking: true });
    const [start, later] = (await gslSlots('2026-11-24')).filter((s) => s.toISOString() < '2026-11-24T07:00:00.000Z');
    const appt = await kit.bookVideo('2026-11-24', { start: start!, interpretation: 'gsl', thirdPerson: third });
    await kit.deps.knex('municipalities').update({ third_person_invite_on_booking: false });
    const interpreter = await kit.deps.knex('interpreters').where({ id: appt.interpreter_id }).first('email');

    const roleOf = (r: { kind: string; recipient_role: string }) => `${r.kind}→${r.recipient_role}`;
    expect((await rows(appt.id)).map(roleOf).sort()).toEqual(
      // No documents e-mail at booking: the confirmation lists the documents.
      ['confirmation→citizen', 'invite_interpreter→interpreter', 'invite_third_person→third_person', 'reminder→citizen', 'reminder→interpreter'].sort(),
    );
    const reminders: { send_after: Date }[] = await kit.deps.knex('notifications').where({ appointment_id: appt.id, kind: 'reminder' }).select('send_after');
    // An hour before (the day-before offset has passed already at booking), for both.
    expect(reminders.map((r) => r.send_after.toISOString())).toEqual(Array(2).fill(new Date(start!.getTime() - 60 * 60_000).toISOString()));

    // Later the same early morning, once the first e-mails have gone out: the only interpreter working then stays.
    await sentFirstMessages(appt.id);
    const moved = await rescheduleAppointment(kit.deps, await clerk(), appt.id, later!);
    expect(moved.interpreter_id).toBe(appt.interpreter_id);
    const changes = (await rows(appt.id)).filter((r) => r.appointment_version === moved.version && r.kind === 'rescheduled');
    expect(changes.map((r) => [r.recipient_role, r.recipient_email]).sort()).toEqual(
      [['citizen', 'nikos@example.gr'], ['interpreter', interpreter.email], ['third_person', third.email]].sort(),
    );
  });

  it('moved before its first e-mails went out: each recipient gets the confirmation or invitation at the new time, never a "new time" first', async () => {
    await kit.deps.knex('municipalities').update({ third_person_invite_on_booking: true });
    const [start, later] = (await gslSlots('2026-11-26')).filter((s) => s.toISOString() < '2026-11-26T07:00:00.000Z');
    // The citizen agreed to texts too: each channel is judged on its own.
    const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' as const, smsConsent: true };
    const appt = await kit.bookVideo('2026-11-26', { start: start!, interpretation: 'gsl', thirdPerson: third, person });
    await kit.deps.knex('municipalities').update({ third_person_invite_on_booking: false });
    // The citizen's e-mail is already with a scheduler (claimed): it may be on its way, so the "new time" follows it.
    await kit.deps.knex('notifications').where({ appointment_id: appt.id, kind: 'confirmation', channel: 'email' }).update({ claimed_by: 'scheduler-elsewhere', claimed_at: new Date() });

    const moved = await rescheduleAppointment(kit.deps, await clerk(), appt.id, later!);
    const all = await kit.deps.knex('notifications').where({ appointment_id: appt.id }).whereNot('kind', 'reminder').select('appointment_version', 'kind', 'recipient_role', 'channel', 'status', 'last_error');
    const at = (version: number) => all.filter((r) => r.appointment_version === version).map((r) => `${r.kind}→${r.recipient_role}/${r.channel}:${r.status}`).sort();
    expect(at(1)).toEqual([
      'confirmation→citizen/email:pending',
      'confirmation→citizen/sms:skipped',
      'invite_interpreter→interpreter/email:skipped',
      'invite_third_person→third_person/email:skipped',
    ]);
    expect(at(moved.version)).toEqual([
      'confirmation→citizen/sms:pending',
      'invite_interpreter→interpreter/email:pending',
      'invite_third_person→third_person/email:pending',
      'rescheduled→citizen/email:pending',
    ]);
    const dropped = all.filter((r) => r.status === 'skipped').map((r) => r.last_error);
    expect(dropped).toEqual(Array(3).fill('skipped: replaced by one at the new time'));
  });

  it('a change of interpreter: the old one\'s pending e-mails are dropped and their part cancelled at the old time; the new one is invited', async () => {
    const starts = await gslSlots('2026-11-25');
    const early = at(starts, '2026-11-25T06:00:00.000Z'); // 08:00 in Athens
    const late = at(starts, '2026-11-25T12:00:00.000Z'); // 14:00
    const appt = await kit.bookVideo('2026-11-25', { start: early, interpretation: 'gsl' });
    const moved = await rescheduleAppointment(kit.deps, await clerk(), appt.id, late);
    expect(moved.interpreter_id).not.toBe(appt.interpreter_id);
    const [oldOne, newOne] = await Promise.all(
      [appt.interpreter_id, moved.interpreter_id].map((id) => kit.deps.knex('interpreters').where({ id }).first('email').then((i) => i.email as string)),
    );

    const all = await rows(appt.id);
    const toOld = all.filter((r) => r.recipient_email === oldOne);
    expect(toOld.map((r) => [r.appointment_version, r.kind, r.recipient_role, r.status])).toEqual([
      [1, 'invite_interpreter', 'interpreter', 'skipped'],
      // Two days ahead: a day before and an hour before.
      [1, 'reminder', 'interpreter', 'skipped'],
      [1, 'reminder', 'interpreter', 'skipped'],
      [2, 'cancelled', 'interpreter', 'pending'],
    ]);
    expect(toOld[3]!.payload).toEqual({ withdrawn: true, startsAt: early.toISOString(), endsAt: appt.ends_at.toISOString() });
    const toNew = all.filter((r) => r.recipient_email === newOne);
    expect(toNew.map((r) => [r.appointment_version, r.kind, r.recipient_role, r.status])).toEqual([
      [2, 'invite_interpreter', 'interpreter', 'pending'],
      [2, 'reminder', 'interpreter', 'pending'],
      [2, 'reminder', 'interpreter', 'pending'],
    ]);
    expect(all.filter((r) => r.recipient_role === 'interpreter' && r.kind === 'rescheduled')).toEqual([]);

    // Back to the first time: the first interpreter is invited again, and their pending cancellation is dropped.
    const back = await rescheduleAppointment(kit.deps, await clerk(), appt.id, early);
    expect(back.interpreter_id).toBe(appt.interpreter_id);
    const again = (await rows(appt.id)).filter((r) => r.recipient_email === oldOne).map((r) => [r.appointment_version, r.kind, r.status]);
    expect(again).toEqual([
      [1, 'invite_interpreter', 'skipped'],
      [1, 'reminder', 'skipped'],
      [1, 'reminder', 'skipped'],
      [2, 'cancelled', 'skipped'],
      [3, 'invite_interpreter', 'pending'],
      [3, 'reminder', 'pending'],
      [3, 'reminder', 'pending'],
    ]);
  });
});
