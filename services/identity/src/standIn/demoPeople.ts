/**
 * Fictional people the GSIS stand-in lets a tester sign in as. Every tax id
 * passes the ΑΦΜ check digit; names and numbers are made up.
 */
export interface DemoPerson {
  userId: string;
  taxId: string;
  lastName: string;
  /** Empty for a company. */
  firstName: string;
  fatherName: string;
  motherName: string;
  birthYear: number | null;
  kind: 'person' | 'company';
}

function person(taxId: string, lastName: string, firstName: string, fatherName: string, motherName: string, birthYear: number): DemoPerson {
  return { userId: `User${taxId}`, taxId, lastName, firstName, fatherName, motherName, birthYear, kind: 'person' };
}

/** Citizens, including an elderly one, and one legal entity (company name in `lastName`). */
export const DEMO_CITIZENS: readonly DemoPerson[] = [
  person('068933130', 'ΒΑΣΙΛΕΙΟΥ', 'ΣΟΦΙΑ', 'ΓΕΩΡΓΙΟΣ', 'ΜΑΡΙΑ', 1950),
  person('045123787', 'ΠΑΠΑΔΟΠΟΥΛΟΣ', 'ΝΙΚΟΛΑΟΣ', 'ΙΩΑΝΝΗΣ', 'ΕΛΕΝΗ', 1982),
  person('112233441', 'ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ', 'ΑΙΚΑΤΕΡΙΝΗ', 'ΔΗΜΗΤΡΙΟΣ', 'ΑΝΑΣΤΑΣΙΑ', 1995),
  person('028765436', 'ΑΛΕΞΙΟΥ', 'ΣΤΑΥΡΟΣ', 'ΑΘΑΝΑΣΙΟΣ', 'ΒΑΣΙΛΙΚΗ', 1968),
  {
    userId: 'User800123456',
    taxId: '800123456',
    lastName: 'ΕΛΑΙΟΥΡΓΙΚΗ ΜΕΣΣΗΝΙΑΣ Α.Ε.',
    firstName: '',
    fatherName: '',
    motherName: '',
    birthYear: null,
    kind: 'company',
  },
];

/** Municipal employees for the employee sign-in; the service matches them to employee records by tax id. */
export const DEMO_EMPLOYEES: readonly DemoPerson[] = [
  person('135792468', 'ΓΕΩΡΓΙΟΥ', 'ΜΑΡΙΑ', 'ΚΩΝΣΤΑΝΤΙΝΟΣ', 'ΧΡΙΣΤΙΝΑ', 1978),
  person('055221137', 'ΔΗΜΗΤΡΙΟΥ', 'ΑΝΔΡΕΑΣ', 'ΠΑΝΑΓΙΩΤΗΣ', 'ΣΟΦΙΑ', 1985),
  person('144321982', 'ΜΙΧΑΗΛΙΔΟΥ', 'ΕΥΑΓΓΕΛΙΑ', 'ΜΙΧΑΗΛ', 'ΓΕΩΡΓΙΑ', 1990),
  person('109876540', 'ΣΤΕΦΑΝΟΥ', 'ΧΡΗΣΤΟΣ', 'ΣΤΕΦΑΝΟΣ', 'ΑΓΓΕΛΙΚΗ', 1972),
];
