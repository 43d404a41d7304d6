// The console's search box: what a typed term can be, and the SQL that finds
// it. The term is personal data (a name, a phone, an ΑΦΜ): it goes into bound
// parameters only, never into a log or the audit trail.
import { normalizeAppointmentReference } from '@muni/domain';
import type { Knex } from 'knex';

/** What the term may be; null where it cannot be that. */
export interface SearchTerm {
  /** Canonical "K7P-4XQ-92M". */
  reference: string | null;
  /** Nine digits: the booking citizen's or the company's ΑΦΜ. */
  taxId: string | null;
  /** The last ten digits of a phone number. */
  phone: string | null;
  /** Lower case. */
  email: string | null;
  /** Words that must all occur in a name (the person's, the booker's or the company's). */
  nameWords: string[];
}

export type SearchField = 'reference' | 'taxId' | 'phone' | 'email' | 'name';

const NUMBERISH = /^[\d\s().+/-]+$/;

/** Reads a typed term: "+30 210 123 4567", "068933130", "k7p 4xq 92m", "sofia@example.gr", "βασιλείου σοφία". */
export function parseSearchTerm(raw: string): SearchTerm {
  const text = raw.trim().replace(/\s+/g, ' ');
  const term: SearchTerm = { reference: normalizeAppointmentReference(text), taxId: null, phone: null, email: null, nameWords: [] };
  if (text.includes('@')) return { ...term, email: text.toLowerCase() };
  if (NUMBERISH.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length === 9) term.taxId = digits;
    if (digits.length >= 10) term.phone = digits.slice(-10);
    return term;
  }
  return { ...term, nameWords: text.split(' ').filter(Boolean) };
}

/** The kinds of field a term is looked for in (for the audit trail: never the term itself). */
export function searchedFields(t: SearchTerm): SearchField[] {
  const out: SearchField[] = [];
  if (t.reference) out.push('reference');
  if (t.taxId) out.push('taxId');
  if (t.phone) out.push('phone');
  if (t.email) out.push('email');
  if (t.nameWords.length) out.push('name');
  return out;
}

// The same expressions as indexed by migration 012_console_search, so those indexes serve these conditions.
const NAME_SQL = "search_fold(coalesce(person_full_name, '') || ' ' || coalesce(booker_full_name, '') || ' ' || coalesce(company_name, ''))";
const PHONE_SQL = "right(regexp_replace(person_phone, '[^0-9]', '', 'g'), 10)";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Narrows an appointments query to rows that match the term in any of its possible fields. */
export function whereMatches(knex: Knex, q: Knex.QueryBuilder, t: SearchTerm): void {
  q.where((w) => {
    if (t.reference) w.orWhere('appointments.reference', t.reference);
    if (t.taxId) {
      w.orWhere('appointments.company_tax_id', t.taxId);
      w.orWhereIn('appointments.user_id', knex('users').where('tax_id', t.taxId).select('id'));
    }
    if (t.phone) w.orWhereRaw(`${PHONE_SQL} = ?`, [t.phone]);
    if (t.email) w.orWhereRaw('lower(person_email) = ?', [t.email]);
    if (t.nameWords.length) {
      w.orWhere((all) => {
        for (const word of t.nameWords) all.whereRaw(`${NAME_SQL} LIKE '%' || search_fold(?) || '%'`, [escapeLike(word)]);
      });
    }
    if (searchedFields(t).length === 0) w.whereRaw('false');
  });
}
