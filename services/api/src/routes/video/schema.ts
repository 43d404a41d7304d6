import { z } from 'zod';

// The token in the path is the caller's join link token (the credential).
export const tokenParams = z.object({ token: z.string().max(200) });

export const identityBody = z.object({
  identity: z
    .string({ error: 'Λείπει ο συμμετέχων (identity). | Missing: the participant (identity).' })
    .min(1, { error: 'Λείπει ο συμμετέχων (identity). | Missing: the participant (identity).' })
    .max(100),
});

const checked = (el: string, en: string) => z.boolean({ error: `Σημειώστε αν ελέγχθηκε: ${el}. | Say whether it was checked: ${en}.` });

export const identityCheckResultBody = z
  .object({
    documentType: z.enum(['id_card', 'passport', 'residence_permit', 'driving_licence'], {
      error: 'Επιλέξτε έγγραφο: ταυτότητα, διαβατήριο, άδεια διαμονής ή δίπλωμα οδήγησης. | Choose a document: id_card, passport, residence_permit or driving_licence.',
    }),
    checklist: z.object(
      {
        front: checked('η μπροστινή όψη', 'the front'),
        back: checked('η πίσω όψη', 'the back'),
        securityFeatures: checked('τα στοιχεία ασφαλείας', 'the security features'),
        faceMatch: checked('η αντιστοίχιση προσώπου', 'the face match'),
        representation: checked('το αποδεικτικό εκπροσώπησης', 'the proof of representation')
          .optional()
          .meta({ description: 'The proof that the person represents the business: needed to verify a booking on behalf of a business whose link is only declared.' }),
      },
      { error: 'Λείπει η λίστα ελέγχου. | The checklist is missing.' },
    ),
    outcome: z
      .enum(['verified', 'failed', 'aborted_poor_quality', 'representation_not_proven'], {
        error:
          'Επιλέξτε αποτέλεσμα: επιβεβαιώθηκε, απέτυχε, διακόπηκε λόγω κακής ποιότητας ή δεν αποδείχθηκε η εκπροσώπηση. | Choose an outcome: verified, failed, aborted_poor_quality or representation_not_proven.',
      })
      .meta({ description: 'representation_not_proven: identified, but not shown to represent the business the appointment was booked for (business bookings only).' }),
    reason: z.string().trim().max(500, { error: 'Έως 500 χαρακτήρες. | Up to 500 characters.' }).optional(),
  })
  .refine((v) => v.outcome !== 'failed' || Boolean(v.reason), {
    error: 'Γράψτε τον λόγο της αποτυχίας. | Give the reason why it failed.',
    path: ['reason'],
  });

export const audioOnlyBody = z.object({
  audioOnly: z.boolean({ error: 'Το audioOnly πρέπει να είναι true ή false. | audioOnly must be true or false.' }),
});
