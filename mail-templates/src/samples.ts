/** Sample props for the preview script and the tests: one appointment per mode. */
import type { RenderMailProps } from './types';

const base: RenderMailProps = {
  lang: 'el',
  recipientRole: 'citizen',
  recipientName: 'Μαρία Παπαδοπούλου',
  reference: 'K7P-4XQ-92M',
  municipality: { nameEl: 'Δήμος Αθηναίων', nameEn: 'City of Athens', timeZone: 'Europe/Athens', phone: '+30 210 000 0000' },
  topic: { nameEl: 'Έκδοση πιστοποιητικού οικογενειακής κατάστασης', nameEn: 'Family status certificate' },
  mode: 'video',
  start: new Date('2026-11-24T08:30:00Z'),
  end: new Date('2026-11-24T09:00:00Z'),
  employeeName: 'Γιώργος Νικολάου',
  requiredDocuments: [
    { el: 'Δελτίο ταυτότητας ή διαβατήριο', en: 'Identity card or passport' },
    { el: 'Πρόσφατος λογαριασμός ΔΕΚΟ', en: 'A recent utility bill' },
  ],
  joinUrl: 'https://rantevou.example.gr/join/citizen-token-abc123',
  manageUrl: 'https://rantevou.example.gr/manage/citizen-manage-token-xyz789',
  interpretation: null,
  sequence: 0,
  uid: 'appt-0d5f2a@rantevou.example.gr',
  organizer: { name: 'Δήμος Αθηναίων', email: 'rantevou@athens.example.gr' },
  recipientEmail: 'maria@example.org',
  now: new Date('2026-11-01T10:00:00Z'),
};

export const sampleVideo: RenderMailProps = base;

export const sampleInPerson: RenderMailProps = {
  ...base,
  mode: 'in_person',
  joinUrl: undefined,
  office: { address: 'Λιοσίων 22, 104 38 Αθήνα', floor: '2ος όροφος, γραφείο 12', directions: 'Είσοδος από την οδό Λιοσίων, ανελκυστήρας δεξιά' },
};

export const samplePhone: RenderMailProps = {
  ...base,
  mode: 'phone',
  joinUrl: undefined,
  phoneArrangement: 'Ο δήμος θα σας καλέσει στο +30 690 000 0000.',
};

export const sampleThirdPerson: RenderMailProps = {
  ...base,
  recipientRole: 'third_person',
  recipientName: 'Ελένη Γεωργίου',
  recipientEmail: 'eleni@example.org',
  inviterName: 'Μαρία Παπαδοπούλου',
  joinUrl: 'https://rantevou.example.gr/join/guest-token-def456',
};

export const sampleInterpreter: RenderMailProps = {
  ...base,
  recipientRole: 'interpreter',
  recipientName: 'Νίκος Αλεξίου',
  recipientEmail: 'interpreter@example.org',
  inviterName: 'Δήμος Αθηναίων',
  interpretation: 'gsl',
  joinUrl: 'https://rantevou.example.gr/join/interpreter-token-ghi789',
};

export const sampleDocuments: RenderMailProps = {
  ...base,
  extraText: 'Φέρτε και το παλιό πιστοποιητικό, αν το έχετε.\nΗ αίτηση υπογράφεται επί τόπου.',
};

export const sampleOutcome: RenderMailProps = {
  ...base,
  joinUrl: undefined,
  manageUrl: undefined,
  outcome: {
    corrected: false,
    outcome: {
      kind: 'needs_documents',
      text: 'Η αίτησή σας καταχωρίστηκε.\nΓια να ολοκληρωθεί, στείλτε μας τα παρακάτω.',
      documents: ['Βεβαίωση μόνιμης κατοικίας', 'Αντίγραφο λογαριασμού ΔΕΚΟ'],
      followUpOn: '2026-12-03',
    },
  },
};
