import { isValidAfm } from '../afm';
import { z } from 'zod';
import { afm, email, fullName, instant, interpretation, mode, phone, uuid } from './parts';

const mustBeTrue = (el: string, en: string) => z.literal(true, { error: `${el} | ${en}` });

export const onBehalfOfSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('self') }),
    z.object({ kind: z.literal('other'), bookerFullName: fullName }),
    z.object({
      kind: z.literal('business'),
      companyTaxId: afm.refine(isValidAfm, { error: 'Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου). | The tax number is not valid (check digit).' }),
      companyName: z.string().trim().min(2, { error: 'Συμπληρώστε την επωνυμία. | Enter the company name.' }).max(200),
      auth: z.enum(['company_credentials', 'declared']).default('declared'),
    }),
  ],
  { error: 'Δηλώστε για ποιον είναι το ραντεβού: για εσάς, για άλλο πρόσωπο ή για επιχείρηση. | Say whom the appointment is for: self, other or business.' },
);

export const bookingSchema = z.object({
  holdId: uuid('η δέσμευση', 'the hold').optional(),
  municipalityId: uuid('ο δήμος', 'the municipality'),
  topicId: uuid('η υπηρεσία', 'the topic'),
  mode,
  start: instant,
  person: z.object(
    {
      fullName,
      email,
      phone,
      language: z.enum(['el', 'en']).default('el'),
      smsConsent: z
        .boolean()
        .optional()
        .meta({ description: 'The person agrees to get the confirmation and reminders by SMS too; then phone must be a Greek mobile (69XXXXXXXX, with or without +30).' }),
    },
    { error: 'Συμπληρώστε τα στοιχεία του προσώπου που θα εξυπηρετηθεί. | Enter the details of the person to be served.' },
  ),
  onBehalfOf: onBehalfOfSchema.default({ kind: 'self' }),
  interpretation,
  thirdPerson: z.object({ fullName, email }).nullable().default(null),
  requestedEmployeeId: uuid('ο υπάλληλος', 'the employee').nullable().default(null),
  notes: z.string().trim().max(1000, { error: 'Έως 1000 χαρακτήρες. | Up to 1000 characters.' }).optional(),
  declarations: z.object(
    {
      dataTrue: mustBeTrue('Πρέπει να δηλώσετε ότι τα στοιχεία είναι αληθή.', 'You must declare that the data are true.'),
      privacyRead: mustBeTrue('Πρέπει να δηλώσετε ότι διαβάσατε τους όρους απορρήτου.', 'You must confirm that you have read the privacy terms.'),
    },
    { error: 'Λείπουν οι υπεύθυνες δηλώσεις. | The declarations are missing.' },
  ),
});
export type BookingInput = z.infer<typeof bookingSchema>;

export const rescheduleSchema = z.object({
  start: instant,
  anyEmployee: z
    .boolean()
    .default(false)
    .meta({ description: 'false: the appointment keeps its employee or the move is refused. true: the caller agreed that another free employee may take it.' }),
});
export const cancelSchema = z.object({ reason: z.string().trim().max(500).optional() });
export const idParams = z.object({ id: uuid('το ραντεβού', 'the appointment') });

/** An optional text field: an empty box is no value. */
const optionalText = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/**
 * Staff booking at the desk or on the phone: the caller may have no e-mail
 * (then no e-mail is sent; the employee reads the reference out) and may give
 * their ΑΦΜ, so that the appointment is also in their "My appointments" once
 * they sign in with Taxisnet. Citizens booking online still give an e-mail.
 */
export const staffBookingSchema = bookingSchema.extend({
  person: bookingSchema.shape.person.extend({
    email: optionalText(email).meta({ description: 'Optional at the desk: without it nobody is e-mailed about this appointment.' }),
    taxId: optionalText(
      z
        .string()
        .trim()
        .regex(/^\d{9}$/, { error: 'Ο ΑΦΜ έχει 9 ψηφία. | A Greek tax number (ΑΦΜ) has 9 digits.' })
        .refine(isValidAfm, { error: 'Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου). | The tax number is not valid (check digit).' }),
    ).meta({ description: "The caller's ΑΦΜ: the appointment appears in their \"My appointments\" after they sign in with Taxisnet." }),
  }),
});
export type StaffBookingInput = z.infer<typeof staffBookingSchema>;
