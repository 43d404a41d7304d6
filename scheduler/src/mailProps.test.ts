import { describe, expect, it } from 'vitest';
import type { AppointmentContext } from './appointmentContext';
import { mailProps, skipReason } from './mailProps';
import type { NotificationRow } from './notificationRow';

const settings = { publicUrl: 'https://rantevou.example.gr', linkSecret: 'test-secret', from: 'Δήμος <no-reply@example.gr>' };
const now = new Date('2026-11-23T08:00:00Z');

const appointment: AppointmentContext = {
  id: '6c1f0e1a-2b3c-4d5e-8f90-a1b2c3d4e5f6',
  reference: 'K7P-4XQ-92M',
  mode: 'in_person',
  status: 'booked',
  version: 1,
  startsAt: new Date('2026-11-24T09:00:00Z'),
  endsAt: new Date('2026-11-24T09:30:00Z'),
  interpretation: 'gsl',
  personFullName: 'Νικόλαος Παπαδόπουλος',
  onBehalfKind: 'self',
  businessAuth: null,
  companyName: null,
  companyTaxId: null,
  bookerFullName: null,
  municipality: { nameEl: 'Δήμος Αθηναίων', nameEn: 'Municipality of Athens', timeZone: 'Europe/Athens' },
  topic: { nameEl: 'Πιστοποιητικό', nameEn: 'Certificate', requiredDocuments: [] },
  employeeName: 'Μαρία Γεωργίου',
  office: { address: 'Λιοσίων 22, Αθήνα' },
};

const to = (recipient_role: NotificationRow['recipient_role'], kind: NotificationRow['kind']): NotificationRow => ({
  id: '0b8f6a2e-1111-4222-8333-944455566677',
  appointment_id: appointment.id,
  appointment_version: 1,
  kind,
  recipient_role,
  channel: 'email',
  recipient_email: `${recipient_role}@example.gr`,
  recipient_phone: null,
  recipient_name: 'Όνομα Επώνυμο',
  language: 'el',
  send_after: now,
  status: 'pending',
  attempts: 0,
  last_error: null,
  payload: {},
  sent_at: null,
  claimed_by: null,
  claimed_at: null,
});

describe('the e-mails of an in-person appointment with interpreting', () => {
  it('give the interpreter a link to the call and the citizen, who is at the counter, none', () => {
    expect(mailProps(to('interpreter', 'invite_interpreter'), appointment, settings, now).joinUrl).toMatch(/^https:\/\/rantevou\.example\.gr\/join\//);
    expect(mailProps(to('citizen', 'confirmation'), appointment, settings, now).joinUrl).toBeUndefined();
    expect(mailProps(to('citizen', 'confirmation'), { ...appointment, interpretation: null }, settings, now).joinUrl).toBeUndefined();
  });
});

describe('the e-mails of a business representative', () => {
  const business = { ...appointment, onBehalfKind: 'business' as const, businessAuth: 'declared' as const, companyName: 'ΑΛΦΑ ΤΕΧΝΙΚΗ Α.Ε.' };

  it('tell the citizen what proof of representation to have ready, and nobody else', () => {
    expect(mailProps(to('citizen', 'reminder'), business, settings, now).representation).toEqual({ companyName: 'ΑΛΦΑ ΤΕΧΝΙΚΗ Α.Ε.' });
    expect(mailProps(to('interpreter', 'reminder'), business, settings, now).representation).toBeUndefined();
  });

  it('ask nothing of a business signed in with its own credentials', () => {
    expect(mailProps(to('citizen', 'confirmation'), { ...business, businessAuth: 'company_credentials' }, settings, now).representation).toBeUndefined();
  });

  it('name the company and its tax number to the citizen, and who booked for another person; nothing of it to others', () => {
    expect(mailProps(to('citizen', 'confirmation'), { ...business, companyTaxId: '094014249' }, settings, now).onBehalf).toEqual({ kind: 'business', companyName: 'ΑΛΦΑ ΤΕΧΝΙΚΗ Α.Ε.', companyTaxId: '094014249' });
    const forMother = { ...appointment, onBehalfKind: 'other' as const, bookerFullName: 'ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ' };
    expect(mailProps(to('citizen', 'reminder'), forMother, settings, now).onBehalf).toEqual({ kind: 'other', bookerName: 'ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ' });
    expect(mailProps(to('interpreter', 'reminder'), forMother, settings, now).onBehalf).toBeUndefined();
    expect(mailProps(to('citizen', 'reminder'), appointment, settings, now).onBehalf).toBeUndefined();
  });
});

describe('the outcome e-mail', () => {
  const outcome = { ...to('citizen', 'outcome'), payload: { outcome: { kind: 'resolved' as const, text: 'Εκδόθηκε.', documents: [], followUpOn: null }, corrected: true } };

  it('is still sent once the appointment is marked completed (a later version), never once it is cancelled', () => {
    expect(skipReason(outcome, { ...appointment, status: 'completed', version: 2 }, now)).toBeNull();
    expect(skipReason(outcome, { ...appointment, status: 'cancelled', version: 2 }, now)).toBe('skipped: appointment cancelled');
  });

  it('carries the outcome as recorded, no manage link and nothing for anyone but the citizen', () => {
    const props = mailProps(outcome, appointment, settings, now);
    expect(props.outcome).toEqual({ outcome: outcome.payload.outcome, corrected: true });
    expect(props.manageUrl).toBeUndefined();
    expect(skipReason({ ...outcome, recipient_role: 'third_person' }, appointment, now)).toBe('skipped: outcome is not for the third_person');
    expect(skipReason({ ...outcome, payload: {} }, appointment, now)).toBe('skipped: outcome e-mail without its outcome');
  });
});
