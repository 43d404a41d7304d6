import { z } from 'zod';
import { createMunicipalitySchema, interpreterCreateSchema, interpreterUpdateSchema } from './admin';
import { email, localDate, phone, uuid } from './parts';

// Input of the platform admin's API and of the municipal admin's joining form.
// Messages are "Ελληνικά | English" (see middlewares/validate).

export const MUNICIPALITY_STATUS_VALUES = ['draft', 'submitted', 'active', 'deactivated'] as const;

const text = (el: string, en: string, max: number) =>
  z
    .string({ error: `Συμπληρώστε: ${el}. | Enter: ${en}.` })
    .trim()
    .min(1, { error: `Συμπληρώστε: ${el}. | Enter: ${en}.` })
    .max(max, { error: `${el}: έως ${max} χαρακτήρες. | ${en}: up to ${max} characters.` });

/** The joining form's contact: who the platform speaks to about the municipality. Any subset; null clears. */
export const joiningContactSchema = z.object({
  contactName: text('υπεύθυνος επικοινωνίας', 'contact person', 120).nullable().optional(),
  contactEmail: email.nullable().optional(),
  contactPhone: phone.nullable().optional(),
});

export const municipalityStatusQuery = z.object({
  status: z.enum(MUNICIPALITY_STATUS_VALUES, { error: 'Κατάσταση: draft, submitted, active ή deactivated. | Status: draft, submitted, active or deactivated.' }).optional(),
});

export const platformMunicipalityParams = z.object({ id: uuid('ο δήμος', 'the municipality') });
export const platformAdminParams = z.object({ id: uuid('ο δήμος', 'the municipality'), employeeId: uuid('ο διαχειριστής', 'the administrator') });
export const platformIdParams = z.object({ id: uuid('το αναγνωριστικό', 'the id') });

/** Sending the joining form back: what the municipality should change. */
export const sendBackSchema = z.object({ comment: text('σχόλιο προς τον δήμο', 'comment to the municipality', 2000) });

/** A municipality's administrator, by tax number: an employee record with the admin role. */
export const addAdminSchema = createMunicipalitySchema.shape.admin;

const municipalityIds = z
  .array(uuid('δήμος', 'municipality'))
  .max(500)
  .transform((ids) => [...new Set(ids)]);

/** An interpreter of the shared pool and the municipalities they serve. */
export const poolInterpreterCreateSchema = interpreterCreateSchema.extend({ municipalityIds: municipalityIds.default([]) });
export const poolInterpreterUpdateSchema = interpreterUpdateSchema.extend({ municipalityIds: municipalityIds.optional() });

const int = (el: string, en: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Δώστε αριθμό: ${el}. | Give a number: ${en}.` })
    .int({ error: `Ακέραιος αριθμός: ${el}. | A whole number: ${en}.` })
    .min(min, { error: `${el}: από ${min} έως ${max}. | ${en}: from ${min} to ${max}.` })
    .max(max, { error: `${el}: από ${min} έως ${max}. | ${en}: from ${min} to ${max}.` });

/** The audit log's filters (dates in Greece's zone, both inclusive) and its keyset page (`before`: the last id seen). */
export const auditQuery = z
  .object({
    municipalityId: uuid('ο δήμος', 'the municipality').optional(),
    action: z.string().trim().max(100, { error: 'Ενέργεια: έως 100 χαρακτήρες. | Action: up to 100 characters.' }).transform((s) => s || undefined).optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    before: int('σελίδα', 'page', 1, Number.MAX_SAFE_INTEGER).optional(),
    limit: int('πλήθος', 'count', 1, 200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'Το «έως» πρέπει να είναι μετά το «από». | "To" must not be before "from".', path: ['to'] });
