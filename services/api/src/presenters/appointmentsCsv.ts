import type { AppointmentGraph } from '@muni/appointments';
import { DateTime } from 'luxon';

// The console's day list as a spreadsheet file. Excel opens a .csv by
// double-click only if: it starts with a UTF-8 byte order mark (or Greek turns
// into mojibake), and its separator is the list separator of the Windows
// region, which for Greece is ";" (the comma is the decimal mark there).

type Lang = 'el' | 'en';

const BOM = '\uFEFF';
const SEP = ';';

const WORDS = {
  el: {
    header: ['Ημερομηνία', 'Ώρα', 'Λήξη', 'Κωδικός', 'Κατάσταση', 'Τρόπος', 'Υπηρεσία', 'Υπάλληλος', 'Ζητήθηκε υπάλληλος', 'Πολίτης', 'Τηλέφωνο', 'Email', 'Για λογαριασμό', 'Διερμηνεία', 'Τρίτο πρόσωπο', 'Σημειώσεις'],
    status: { held: 'Δέσμευση', booked: 'Κλεισμένο', completed: 'Ολοκληρώθηκε', no_show: 'Δεν προσήλθε', cancelled: 'Ακυρώθηκε' },
    mode: { in_person: 'Δια ζώσης', phone: 'Τηλεφωνικά', video: 'Βιντεοκλήση' },
    interpretation: { gsl: 'Νοηματική γλώσσα', lip_reading: 'Χειλεανάγνωση' },
    other: (name: string) => `Άλλο πρόσωπο (το έκλεισε: ${name})`,
    business: (name: string, taxId: string) => `Επιχείρηση ${name} (ΑΦΜ ${taxId})`,
  },
  en: {
    header: ['Date', 'Start', 'End', 'Reference', 'Status', 'Mode', 'Topic', 'Employee', 'Requested employee', 'Citizen', 'Phone', 'Email', 'On behalf of', 'Interpretation', 'Third person', 'Notes'],
    status: { held: 'Held', booked: 'Booked', completed: 'Completed', no_show: 'No-show', cancelled: 'Cancelled' },
    mode: { in_person: 'In person', phone: 'Phone', video: 'Video call' },
    interpretation: { gsl: 'Greek Sign Language', lip_reading: 'Lip reading' },
    other: (name: string) => `Another person (booked by ${name})`,
    business: (name: string, taxId: string) => `Company ${name} (ΑΦΜ ${taxId})`,
  },
} as const;

/**
 * One cell: quoted when it holds the separator, a quote or a line break; a
 * leading = + - @ (or tab/CR) is neutralised with an apostrophe so a name
 * typed by a citizen cannot run as a spreadsheet formula.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(a: AppointmentGraph, lang: Lang): string[] {
  const w = WORDS[lang];
  const zone = a.municipality.time_zone;
  const start = DateTime.fromJSDate(a.starts_at, { zone });
  const end = DateTime.fromJSDate(a.ends_at, { zone });
  const onBehalf =
    a.on_behalf_kind === 'business'
      ? w.business(a.company_name ?? '', a.company_tax_id ?? '')
      : a.on_behalf_kind === 'other'
        ? w.other(a.booker_full_name ?? '')
        : '';
  return [
    start.toFormat('dd/MM/yyyy'),
    start.toFormat('HH:mm'),
    end.toFormat('HH:mm'),
    a.reference ?? '',
    w.status[a.status],
    w.mode[a.mode],
    lang === 'el' ? a.topic.name_el : a.topic.name_en,
    a.employee.full_name,
    a.requestedEmployee?.full_name ?? '',
    a.person_full_name ?? '',
    a.person_phone ?? '',
    a.person_email ?? '',
    onBehalf,
    a.interpretation ? w.interpretation[a.interpretation] : '',
    a.third_person_name ?? '',
    a.notes ?? '',
  ];
}

/** The file's text: BOM, header, one line per appointment, CRLF line ends (RFC 4180). */
export function appointmentsCsv(list: AppointmentGraph[], lang: Lang): string {
  const lines = [WORDS[lang].header, ...list.map((a) => row(a, lang))].map((cells) => cells.map(csvCell).join(SEP));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
