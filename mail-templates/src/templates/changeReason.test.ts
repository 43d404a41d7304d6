import { describe, expect, it } from 'vitest';
import { renderMail } from '../index';
import { sampleInterpreter, sampleThirdPerson, sampleVideo } from '../samples';

// When the municipality itself moves or cancels an appointment (a closure, an
// employee's absence), every recipient's e-mail says why.

const previousStart = new Date('2026-11-27T08:00:00Z'); // Friday 27 November, 10:00 in Greece

describe('a change made by the municipality', () => {
  it('the new time e-mail says the day is closed and which time it replaces, to the citizen and to the participants', async () => {
    const changeReason = { kind: 'municipality_closed' as const, previousStart };
    const citizen = await renderMail('rescheduled', { ...sampleVideo, changeReason });
    expect(citizen.text).toContain('Ο δήμος θα είναι κλειστός εκείνη την ημέρα.');
    expect(citizen.text).toContain('μεταφέρθηκε στην πλησιέστερη ελεύθερη ώρα (αντί για 27 Νοεμβρίου 2026, 10:00)');
    expect(citizen.html).toContain('κλειστός');
    for (const p of [sampleInterpreter, sampleThirdPerson]) {
      const mail = await renderMail('rescheduled', { ...p, lang: 'en', changeReason });
      expect(mail.text).toContain('The municipality will be closed that day. So the appointment was moved to the nearest free time (instead of 27 November 2026, 10:00).');
    }
  });

  it('the cancellation says why, and when no free time was left to move it to', async () => {
    const absent = await renderMail('cancelled', { ...sampleVideo, lang: 'en', changeReason: { kind: 'employee_absent' } });
    expect(absent.text).toContain('The staff member will not be available at that time. So the appointment was cancelled.');
    const full = await renderMail('cancelled', { ...sampleVideo, changeReason: { kind: 'municipality_closed', noFreeTime: true } });
    expect(full.text).toContain('Δεν υπήρχε ελεύθερη ώρα μέσα στο διάστημα κρατήσεων');
    const third = await renderMail('cancelled', { ...sampleThirdPerson, changeReason: { kind: 'municipality_closed', noFreeTime: true } });
    expect(third.text).toContain('Ο δήμος θα είναι κλειστός εκείνη την ημέρα.');
  });

  it('a change the citizen asked for carries no such note', async () => {
    const mail = await renderMail('rescheduled', sampleVideo);
    expect(mail.text).not.toContain('κλειστός');
    expect(mail.text).not.toContain('πλησιέστερη ελεύθερη ώρα');
  });
});
