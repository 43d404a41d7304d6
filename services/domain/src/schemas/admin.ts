import { INTERPRETATION_KINDS, type Mode, MODES } from '../modes';
import { weeklyHoursSchema } from '../hours';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { email, fullName, instant, localDate, mode, phone, uuid } from './parts';

// Input of the admin API. Messages are "Ελληνικά | English" (see middlewares/validate).

const int = (el: string, en: string, min: number, max: number) =>
  z
    .number({ error: `Συμπληρώστε αριθμό: ${el}. | Enter a number: ${en}.` })
    .int({ error: `Ακέραιος αριθμός: ${el}. | A whole number: ${en}.` })
    .min(min, { error: `${el}: από ${min} έως ${max}. | ${en}: from ${min} to ${max}.` })
    .max(max, { error: `${el}: από ${min} έως ${max}. | ${en}: from ${min} to ${max}.` });

const text = (el: string, en: string, max = 200) =>
  z
    .string({ error: `Συμπληρώστε: ${el}. | Enter: ${en}.` })
    .trim()
    .min(1, { error: `Συμπληρώστε: ${el}. | Enter: ${en}.` })
    .max(max, { error: `${el}: έως ${max} χαρακτήρες. | ${en}: up to ${max} characters.` });

const optionalText = (el: string, en: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, { error: `${el}: έως ${max} χαρακτήρες. | ${en}: up to ${max} characters.` })
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

const bilingual = (el: string, en: string) => z.object({ el: text(`${el} (ελληνικά)`, `${en} (Greek)`), en: text(`${el} (αγγλικά)`, `${en} (English)`) });

const modes = z
  .array(mode, { error: 'Δώστε λίστα τρόπων. | Give a list of modes.' })
  .min(1, { error: 'Επιλέξτε τουλάχιστον έναν τρόπο. | Choose at least one mode.' })
  .transform((list) => MODES.filter((m) => list.includes(m)));

const timeZone = z
  .string({ error: 'Συμπληρώστε ζώνη ώρας. | Enter a time zone.' })
  .refine((z) => IANAZone.isValidZone(z), { error: 'Άγνωστη ζώνη ώρας, π.χ. Europe/Athens. | Unknown time zone, e.g. Europe/Athens.' });

const durations = z.partialRecord(mode, int('διάρκεια ραντεβού (λεπτά)', 'appointment length (minutes)', 5, 180));

const reminderOffsets = z
  .array(int('υπενθύμιση (λεπτά πριν)', 'reminder (minutes before)', 1, 10080))
  .max(4, { error: 'Έως 4 υπενθυμίσεις. | Up to 4 reminders.' })
  .transform((list) => [...new Set(list)].sort((a, b) => b - a));

/** Municipality settings; PUT sends any subset, the merged whole is checked again. */
/**
 * What to do with the booked appointments a new closure, absence or opening hours cover. Left
 * out, such a request is answered 409 appointments_affected with the list;
 * sent again with `move` (to the nearest free time) or `cancel`.
 */
const affectedAppointments = z
  .enum(['move', 'cancel'], { error: 'Μεταφορά (move) ή ακύρωση (cancel) των ραντεβού. | Move (move) or cancel (cancel) the appointments.' })
  .optional();

export const settingsSchema = z.object({
  name: bilingual('όνομα δήμου', 'municipality name'),
  timeZone,
  modes,
  durations,
  openingHours: weeklyHoursSchema,
  bookingWindowDays: int('ορίζοντας κρατήσεων (ημέρες)', 'booking window (days)', 1, 365),
  minLeadMinutes: int('ελάχιστος χρόνος πριν το ραντεβού (λεπτά)', 'minimum lead time (minutes)', 0, 20160),
  bufferMinutes: int('διάλειμμα μεταξύ ραντεβού (λεπτά)', 'buffer between appointments (minutes)', 0, 120),
  holdMinutes: int('δέσμευση ώρας (λεπτά)', 'slot hold (minutes)', 2, 30),
  changeCutoffMinutes: int('προθεσμία αλλαγής (λεπτά)', 'change cut-off (minutes)', 0, 10080),
  allowThirdPerson: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }),
  thirdPersonInviteOnBooking: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }),
  reminderOffsetsMinutes: reminderOffsets,
  publicHolidaysClosed: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }),
  phone: phone.nullable(),
  email: email.nullable(),
});
export const settingsUpdateSchema = settingsSchema.partial().extend({ affectedAppointments });
export type Settings = z.infer<typeof settingsSchema>;

export const adminIdParams = z.object({ id: uuid('το αναγνωριστικό', 'the id') });
export const absenceParams = z.object({ id: uuid('ο υπάλληλος', 'the employee'), absenceId: uuid('η απουσία', 'the absence') });

export const closureSchema = z.object({
  date: localDate,
  recurringYearly: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }).default(false),
  label: text('περιγραφή', 'label'),
  affectedAppointments,
});

export const holidaysQuery = z.object({
  year: z.coerce
    .number({ error: 'Δώστε έτος, π.χ. 2027. | Give a year, e.g. 2027.' })
    .int({ error: 'Δώστε έτος, π.χ. 2027. | Give a year, e.g. 2027.' })
    .min(2000, { error: 'Έτος από 2000 έως 2100. | A year from 2000 to 2100.' })
    .max(2100, { error: 'Έτος από 2000 έως 2100. | A year from 2000 to 2100.' })
    .optional(),
});

export const officeSchema = z.object({
  name: text('όνομα γραφείου', 'office name'),
  address: text('διεύθυνση', 'address', 300),
  floor: optionalText('όροφος', 'floor', 100),
  directions: optionalText('οδηγίες πρόσβασης', 'directions', 1000),
});

const idList = (el: string, en: string) => z.array(uuid(el, en)).max(500).transform((ids) => [...new Set(ids)]);

/**
 * A topic's own length per mode; a mode left out (or null) takes the
 * municipality's length. Sent whole: it replaces the topic's lengths.
 */
const topicDurations = z
  .partialRecord(mode, int('διάρκεια (λεπτά)', 'length (minutes)', 5, 180).nullable())
  .transform((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== null && v !== undefined)) as Partial<Record<Mode, number>>);

export const topicSchema = z.object({
  name: bilingual('όνομα υπηρεσίας', 'topic name'),
  modes,
  durations: topicDurations.default({}),
  requiredDocuments: z.array(bilingual('δικαιολογητικό', 'document')).max(30, { error: 'Έως 30 δικαιολογητικά. | Up to 30 documents.' }).default([]),
  active: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }).default(true),
  employeeIds: idList('υπάλληλος', 'employee').default([]),
});
export const topicUpdateSchema = z.object({
  name: topicSchema.shape.name.optional(),
  modes: modes.optional(),
  durations: topicDurations.optional(),
  requiredDocuments: topicSchema.shape.requiredDocuments.removeDefault().optional(),
  active: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }).optional(),
  employeeIds: idList('υπάλληλος', 'employee').optional(),
});
export type TopicInput = z.infer<typeof topicUpdateSchema>;

const taxId = z
  .string({ error: 'Συμπληρώστε τον ΑΦΜ του υπαλλήλου. | Enter the employee tax number (ΑΦΜ).' })
  .trim()
  .regex(/^\d{9}$/, { error: 'Ο ΑΦΜ έχει 9 ψηφία. | A Greek tax number (ΑΦΜ) has 9 digits.' });

const employeeFields = {
  fullName,
  email,
  officeId: uuid('γραφείο', 'office').nullable(),
  modes,
  workingHours: weeklyHoursSchema.nullable(),
  isAdmin: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }),
  active: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }),
  topicIds: idList('υπηρεσία', 'topic'),
};
export const employeeCreateSchema = z.object({
  taxId,
  fullName: employeeFields.fullName,
  email: employeeFields.email,
  officeId: employeeFields.officeId.default(null),
  modes: employeeFields.modes,
  workingHours: employeeFields.workingHours.default(null),
  isAdmin: employeeFields.isAdmin.default(false),
  active: employeeFields.active.default(true),
  topicIds: employeeFields.topicIds.default([]),
});
export const employeeUpdateSchema = z.object(employeeFields).partial();
export type EmployeeInput = z.infer<typeof employeeUpdateSchema>;

export const absenceSchema = z
  .object({ start: instant, end: instant, reason: optionalText('αιτία', 'reason', 200), affectedAppointments })
  .refine((a) => a.start < a.end, { error: 'Η λήξη πρέπει να είναι μετά την έναρξη. | The end must be after the start.', path: ['end'] });

const interpreterFields = {
  fullName,
  email,
  kinds: z
    .array(z.enum(INTERPRETATION_KINDS, { error: 'Νοηματική (gsl) ή χειλεανάγνωση (lip_reading). | gsl (sign language) or lip_reading.' }))
    .min(1, { error: 'Επιλέξτε τουλάχιστον ένα είδος διερμηνείας. | Choose at least one kind of interpretation.' })
    .transform((list) => INTERPRETATION_KINDS.filter((k) => list.includes(k))),
  workingHours: weeklyHoursSchema,
  timeZone,
  active: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }),
};
export const interpreterCreateSchema = z.object({ ...interpreterFields, timeZone: timeZone.optional(), active: interpreterFields.active.default(true) });
export const interpreterUpdateSchema = z.object(interpreterFields).partial();

export const slugSchema = z
  .string({ error: 'Συμπληρώστε σύντομο όνομα (slug). | Enter a short name (slug).' })
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, { error: 'Λατινικά πεζά, ψηφία και παύλες, έως 40. | Lower-case latin letters, digits and hyphens, up to 40.' });

export const createMunicipalitySchema = z.object({
  slug: slugSchema,
  name: bilingual('όνομα δήμου', 'municipality name'),
  timeZone: timeZone.default('Europe/Athens'),
  admin: z.object({ taxId, fullName, email }, { error: 'Δώστε τον πρώτο διαχειριστή. | Give the first administrator.' }),
});

export const actAsAdminSchema = z.object({ active: z.boolean({ error: 'Ναι ή όχι. | Yes or no.' }).default(true) });
