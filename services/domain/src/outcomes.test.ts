import { describe, expect, it } from 'vitest';
import { outcomeMessage } from './outcomes';
import { recordOutcomeSchema } from './schemas/outcome';

describe('the outcome as the citizen reads it', () => {
  const o = { kind: 'needs_documents' as const, text: ' Η αίτηση καταχωρίστηκε. ', documents: ['Βεβαίωση κατοικίας', 'Λογαριασμός ΔΕΚΟ'], followUpOn: '2026-12-03' };

  it('one plain text in Greek or English, naming the municipality and the topic first (an SMS)', () => {
    expect(outcomeMessage(o, { municipality: 'Δήμος Αθηναίων', topic: 'Πιστοποιητικό' }, 'el')).toBe(
      'Δήμος Αθηναίων – Πιστοποιητικό\nΑποτέλεσμα: Χρειάζονται δικαιολογητικά.\nΗ αίτηση καταχωρίστηκε.\nΔικαιολογητικά που χρειάζονται: Βεβαίωση κατοικίας; Λογαριασμός ΔΕΚΟ.\nΕπόμενη επικοινωνία έως 3/12/2026.',
    );
    expect(outcomeMessage({ ...o, kind: 'resolved', text: '', documents: [], followUpOn: null }, { municipality: 'City of Athens', topic: 'Certificate' }, 'en')).toBe(
      'City of Athens – Certificate\nOutcome: Your request was dealt with.',
    );
  });
});

describe('recordOutcomeSchema', () => {
  const error = (input: unknown) => {
    const r = recordOutcomeSchema.safeParse(input);
    return r.success ? null : { field: r.error.issues[0]!.path.join('.'), message: r.error.issues[0]!.message };
  };

  it('asks for the documents when documents are needed, and where to when referred, in both languages', () => {
    expect(error({ kind: 'needs_documents' })).toEqual({ field: 'documents', message: 'Γράψτε ποια δικαιολογητικά χρειάζονται. | List the documents that are needed.' });
    expect(error({ kind: 'referred', text: '  ' })?.field).toBe('text');
    expect(error({ kind: 'resolved' })).toBeNull();
    expect(recordOutcomeSchema.parse({ kind: 'resolved' })).toEqual({ kind: 'resolved', text: '', documents: [], followUpOn: null });
  });

  it('bounds the text, the documents and the date', () => {
    expect(error({ kind: 'resolved', text: 'x'.repeat(2001) })?.field).toBe('text');
    expect(error({ kind: 'resolved', documents: Array(21).fill('Έγγραφο') })?.field).toBe('documents');
    expect(error({ kind: 'follow_up', followUpOn: '3/12/2026' })?.field).toBe('followUpOn');
  });
});
