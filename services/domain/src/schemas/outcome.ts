import { z } from 'zod';
import { OUTCOME_DOCUMENT_MAX, OUTCOME_DOCUMENTS_MAX, OUTCOME_KINDS, OUTCOME_TEXT_MAX } from '../outcomes';
import { localDate } from './parts';

/** The employee records (or corrects) the outcome of an appointment. */
export const recordOutcomeSchema = z
  .object({
    kind: z.enum(OUTCOME_KINDS, {
      error: 'Επιλέξτε το αποτέλεσμα: διεκπεραιώθηκε, χρειάζονται δικαιολογητικά, χρειάζεται νέα επικοινωνία ή παραπομπή. | Choose the outcome: resolved, needs_documents, follow_up or referred.',
    }),
    text: z
      .string()
      .trim()
      .max(OUTCOME_TEXT_MAX, { error: `Έως ${OUTCOME_TEXT_MAX} χαρακτήρες. | Up to ${OUTCOME_TEXT_MAX} characters.` })
      .default(''),
    documents: z
      .array(
        z
          .string()
          .trim()
          .min(2, { error: 'Γράψτε το δικαιολογητικό (τουλάχιστον 2 χαρακτήρες). | Write the document (at least 2 characters).' })
          .max(OUTCOME_DOCUMENT_MAX, { error: `Έως ${OUTCOME_DOCUMENT_MAX} χαρακτήρες. | Up to ${OUTCOME_DOCUMENT_MAX} characters.` }),
      )
      .max(OUTCOME_DOCUMENTS_MAX, { error: `Έως ${OUTCOME_DOCUMENTS_MAX} δικαιολογητικά. | Up to ${OUTCOME_DOCUMENTS_MAX} documents.` })
      .default([]),
    followUpOn: localDate.nullable().default(null).meta({ description: 'A follow-up by this day (the municipality\'s calendar), if any.' }),
  })
  .refine((o) => o.kind !== 'needs_documents' || o.documents.length > 0, {
    error: 'Γράψτε ποια δικαιολογητικά χρειάζονται. | List the documents that are needed.',
    path: ['documents'],
  })
  .refine((o) => o.kind !== 'referred' || o.text.length > 0, {
    error: 'Γράψτε πού παραπέμπεται ο πολίτης. | Say where the citizen is referred to.',
    path: ['text'],
  });
export type RecordOutcomeInput = z.infer<typeof recordOutcomeSchema>;

/** Staff download a citizen's data on their request: why, for the audit log. */
export const citizenExportSchema = z.object({
  reason: z
    .string({ error: 'Γράψτε τον λόγο (π.χ. αίτημα του πολίτη με αριθμό πρωτοκόλλου). | Give the reason (e.g. the citizen\'s request and its protocol number).' })
    .trim()
    .min(5, { error: 'Γράψτε τον λόγο (τουλάχιστον 5 χαρακτήρες). | Give the reason (at least 5 characters).' })
    .max(500, { error: 'Έως 500 χαρακτήρες. | Up to 500 characters.' }),
});
