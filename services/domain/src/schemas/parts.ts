import { INTERPRETATION_KINDS, MODES } from '../modes';
import { z } from 'zod';

// Reusable zod parts with messages in the form "Ελληνικά | English" (see middlewares/validate).

export const uuid = (el: string, en: string) =>
  z.string({ error: `Λείπει: ${el}. | Missing: ${en}.` }).uuid({ error: `Μη έγκυρο αναγνωριστικό: ${el}. | Not a valid id: ${en}.` });

export const mode = z.enum(MODES, { error: 'Επιλέξτε τρόπο: δια ζώσης, τηλεφωνικά ή βιντεοκλήση. | Choose a mode: in_person, phone or video.' });

export const interpretation = z
  .enum(INTERPRETATION_KINDS, { error: 'Επιλέξτε νοηματική γλώσσα ή χειλεανάγνωση. | Choose gsl (Greek Sign Language) or lip_reading.' })
  .nullable()
  .default(null);

export const instant = z.iso.datetime({ offset: true, error: 'Η ώρα πρέπει να είναι ημερομηνία και ώρα ISO-8601. | The time must be an ISO-8601 date-time.' }).transform((s) => new Date(s));

export const localDate = z.iso.date({ error: 'Η ημερομηνία πρέπει να είναι της μορφής ΕΕΕΕ-ΜΜ-ΗΗ. | The date must look like YYYY-MM-DD.' });

export const email = z
  .string({ error: 'Συμπληρώστε το e-mail. | Enter the e-mail address.' })
  .trim()
  .max(254)
  .email({ error: 'Το e-mail δεν είναι έγκυρο, π.χ. onoma@example.gr. | The e-mail address is not valid, e.g. name@example.gr.' });

export const fullName = z
  .string({ error: 'Συμπληρώστε το ονοματεπώνυμο. | Enter the full name.' })
  .trim()
  .min(3, { error: 'Συμπληρώστε ονοματεπώνυμο (τουλάχιστον 3 χαρακτήρες). | Enter a full name (at least 3 characters).' })
  .max(120, { error: 'Το ονοματεπώνυμο είναι πολύ μεγάλο (έως 120 χαρακτήρες). | The name is too long (up to 120 characters).' });

export const phone = z
  .string({ error: 'Συμπληρώστε το τηλέφωνο. | Enter the phone number.' })
  .trim()
  .regex(/^\+?[0-9 ()-]{10,20}$/, { error: 'Το τηλέφωνο πρέπει να έχει 10 έως 15 ψηφία, π.χ. 6912345678 ή +30 6912345678. | The phone number needs 10 to 15 digits, e.g. 6912345678 or +30 6912345678.' });

export const afm = z
  .string({ error: 'Συμπληρώστε τον ΑΦΜ της επιχείρησης. | Enter the company tax number (ΑΦΜ).' })
  .trim()
  .regex(/^\d{9}$/, { error: 'Ο ΑΦΜ έχει 9 ψηφία. | A Greek tax number (ΑΦΜ) has 9 digits.' });
