import { describe, expect, it } from 'vitest';
import { renderMail } from '../index';
import { sampleInterpreter, sampleOutcome, sampleThirdPerson } from '../samples';

describe('outcome', () => {
  it('tells the citizen the result, the documents to send and the follow-up day, in Greek', async () => {
    const mail = await renderMail('outcome', sampleOutcome);
    expect(mail.subject).toBe('Το αποτέλεσμα του ραντεβού σας: Έκδοση πιστοποιητικού οικογενειακής κατάστασης');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Χρειάζονται δικαιολογητικά');
      expect(part).toContain('Η αίτησή σας καταχωρίστηκε.');
      expect(part).toContain('Βεβαίωση μόνιμης κατοικίας');
      expect(part).toContain('Επόμενη επικοινωνία έως 3/12/2026.');
      expect(part).toContain('K7P-4XQ-92M');
    }
    // Nothing to join or to change any more, and no calendar entry.
    expect(mail.text).not.toContain('/join/');
    expect(mail.text).not.toContain('/manage/');
    expect(mail.ics).toBeUndefined();
  });

  it('says so when it corrects an earlier outcome, in English', async () => {
    const mail = await renderMail('outcome', { ...sampleOutcome, lang: 'en', outcome: { ...sampleOutcome.outcome!, corrected: true } });
    expect(mail.subject).toBe('Corrected outcome of your appointment: Family status certificate');
    expect(mail.text).toContain('This message replaces the previous one.');
    expect(mail.text).toContain('Documents are needed');
    expect(mail.text).toContain('Follow-up by 3 December 2026.');
  });

  it('escapes the employee\'s words', async () => {
    const text = '<script>alert(1)</script></mj-text> & "x"';
    const mail = await renderMail('outcome', { ...sampleOutcome, outcome: { corrected: false, outcome: { kind: 'resolved', text, documents: [], followUpOn: null } } });
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain(text);
  });

  it('is never rendered for the interpreter or the third person', async () => {
    await expect(renderMail('outcome', { ...sampleInterpreter, outcome: sampleOutcome.outcome })).rejects.toThrow(/not the interpreter/);
    await expect(renderMail('outcome', { ...sampleThirdPerson, outcome: sampleOutcome.outcome })).rejects.toThrow(/not the third_person/);
  });
});
