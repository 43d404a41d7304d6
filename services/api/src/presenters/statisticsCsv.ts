import type { BreakdownRow, Statistics, StatisticsTable } from '@muni/appointments';
import type { PublishedCount } from '@muni/domain';
import { csvCell } from './appointmentsCsv';

// One table of the statistics as a spreadsheet file: as the console's list
// (UTF-8 with a byte order mark so Excel shows Greek, ";" between cells, CRLF).
// Hidden small counts are written "< 5", counts withheld beside them "—",
// shares as percentages.

type Lang = 'el' | 'en';
const BOM = '\uFEFF';
const SEP = ';';

const W = {
  el: {
    breakdown: ['Σύνολο', 'Ολοκληρώθηκαν', 'Δεν προσήλθαν', 'Ακυρώθηκαν από τον πολίτη', 'Ακυρώθηκαν από τον δήμο', 'Εκκρεμούν', 'Ποσοστό μη προσέλευσης'],
    first: { municipalities: 'Δήμος', topics: 'Υπηρεσία', modes: 'Τρόπος', offices: 'Γραφείο', employees: 'Υπάλληλος' },
    timings: ['Μέτρο', 'Πλήθος', 'Διάμεσος', '90ό εκατοστημόριο', 'Μέσος όρος'],
    measures: { lead_time_hours: 'Χρόνος από την κράτηση ως το ραντεβού (ώρες)', waiting_minutes: 'Αναμονή στην αίθουσα αναμονής (λεπτά)', call_minutes: 'Διάρκεια κλήσης (λεπτά)' },
    video: ['Βιντεοκλήσεις', 'Έγιναν μόνο με ήχο', 'Ποσοστό μόνο ήχου'],
    interpreting: ['Διερμηνεία', 'Ραντεβού'],
    kinds: { none: 'Χωρίς διερμηνεία', gsl: 'Νοηματική γλώσσα', lip_reading: 'Χειλεανάγνωση' },
    identityChecks: ['Αποτέλεσμα ελέγχου ταυτότητας', 'Έλεγχοι'],
    checkOutcomes: { verified: 'Επιβεβαιώθηκε', failed: 'Απέτυχε', aborted_poor_quality: 'Διακόπηκε (κακή ποιότητα)', representation_not_proven: 'Δεν αποδείχθηκε η εκπροσώπηση' } as Record<string, string>,
  },
  en: {
    breakdown: ['Total', 'Held', 'No-show', 'Cancelled by the citizen', 'Cancelled by the municipality', 'Still booked', 'No-show rate'],
    first: { municipalities: 'Municipality', topics: 'Topic', modes: 'Mode', offices: 'Office', employees: 'Employee' },
    timings: ['Measure', 'Count', 'Median', '90th percentile', 'Mean'],
    measures: { lead_time_hours: 'Booking to appointment (hours)', waiting_minutes: 'Waiting room (minutes)', call_minutes: 'Call length (minutes)' },
    video: ['Video calls', 'Went audio-only', 'Audio-only share'],
    interpreting: ['Interpreting', 'Appointments'],
    kinds: { none: 'No interpreting', gsl: 'Greek Sign Language', lip_reading: 'Lip reading' },
    identityChecks: ['Identity check outcome', 'Checks'],
    checkOutcomes: { verified: 'Verified', failed: 'Failed', aborted_poor_quality: 'Stopped (poor quality)', representation_not_proven: 'Representation not proven' } as Record<string, string>,
  },
} as const;

const count = (c: PublishedCount) => (c === '<5' ? '< 5' : c === 'withheld' ? '—' : c);
const share = (x: number | null) => (x === null ? '' : `${Math.round(x * 1000) / 10}%`);

function breakdownLines(rows: BreakdownRow[], first: string, lang: Lang) {
  return [
    [first, ...W[lang].breakdown],
    ...rows.map((r) => [r.label[lang], count(r.total), count(r.completed), count(r.noShow), count(r.cancelledByCitizen), count(r.cancelledByMunicipality), count(r.booked), share(r.noShowRate)]),
  ];
}

function lines(s: Statistics, table: StatisticsTable, lang: Lang): (readonly (string | number | null)[])[] {
  const w = W[lang];
  switch (table) {
    case 'outcomes': {
      const o = s.outcomes;
      // The whole scope's outcomes: the same columns as every breakdown.
      return [w.breakdown, [o.total, o.completed, o.noShow, o.cancelledByCitizen, o.cancelledByMunicipality, o.booked, share(o.noShowRate)]];
    }
    case 'municipalities':
    case 'topics':
    case 'modes':
    case 'offices':
    case 'employees':
      return breakdownLines(s[table] ?? [], w.first[table], lang);
    case 'timings':
      return [w.timings, ...s.timings.map((t) => [w.measures[t.measure], count(t.count), t.median, t.p90, t.mean])];
    case 'video':
      return [w.video, [count(s.video.calls), count(s.video.audioOnly), share(s.video.audioOnlyShare)]];
    case 'interpreting':
      return [w.interpreting, ...s.interpreting.map((r) => [w.kinds[r.kind], count(r.count)])];
    case 'identityChecks':
      return [w.identityChecks, ...s.identityChecks.map((r) => [w.checkOutcomes[r.outcome] ?? r.outcome, count(r.count)])];
  }
}

/** The file's text; a table the scope does not have (offices on the platform) is just its header. */
export function statisticsCsv(s: Statistics, table: StatisticsTable, lang: Lang): string {
  return `${BOM}${lines(s, table, lang)
    .map((cells) => cells.map((c) => csvCell(c)).join(SEP))
    .join('\r\n')}\r\n`;
}
