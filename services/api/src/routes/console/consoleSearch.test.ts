import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/apiClient';
import { expectDocumented } from '../../openapi/documentedAnswer';
import { useApiHarness } from '../../testing/harness';

// Monday 23 Nov 2026, 10:00 in Athens.
const h = useApiHarness('2026-11-23T08:00:00Z');

const declarations = { dataTrue: true, privacyRead: true };
const sofia = { fullName: 'Σοφία Βασιλείου', email: 'Sofia.V@example.gr', phone: '+30 210 123 4567', language: 'el' };
const COMPANY_AFM = '094014201';

interface Booked {
  id: string;
  reference: string;
  employee: { id: string };
  topic: { id: string };
}

async function book(c: ApiClient, slug: string, topicName: string, mode: string, day: string, extra: Record<string, unknown> = {}, path = '/api/v1/appointments'): Promise<Booked> {
  const m = await h.municipality(slug);
  const topicId = m.topics.find((t) => t.name_en === topicName)!.id;
  const employee = typeof extra.requestedEmployeeId === 'string' ? `&employeeId=${extra.requestedEmployeeId}` : '';
  const slots = await c.get(`/api/v1/municipalities/${m.id}/slots?mode=${mode}&topicId=${topicId}&from=${day}&to=${day}${employee}`);
  const r = await c.post(path, { municipalityId: m.id, topicId, mode, start: slots.body.slots[0].start, person: sofia, declarations, ...extra }, { 'Idempotency-Key': randomUUID() });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const employeeId = async (slug: string, taxId: string) =>
  (await h.knex('employees as e').join('municipalities as m', 'm.id', 'e.municipality_id').where({ 'm.slug': slug, 'e.tax_id': taxId }).first('e.id')).id as string;

let clerk: ApiClient;
let thessClerk: ApiClient;
/** Sofia's own booking in Athens (she asked for Ανδρέας Δημητρίου). */
let own: Booked;
/** Booked at the desk for a company, another topic, the next day. */
let company: Booked;
/** Sofia again, with the same details, in Thessaloniki. */
let elsewhere: Booked;
let andreas: string;

beforeAll(async () => {
  const citizen = await h.citizen('068933130');
  andreas = await employeeId('athens', '055221137');
  own = await book(citizen, 'athens', 'Family status certificate', 'in_person', '2026-11-24', { requestedEmployeeId: andreas });
  clerk = await h.employee('135792468', 'athens');
  company = await book(clerk, 'athens', 'Shop operating licence', 'video', '2026-11-25', {
    person: { fullName: 'Νίκος Παπαδάκης', email: 'nikos@example.gr', phone: '6912345678', language: 'el' },
    onBehalfOf: { kind: 'business', companyTaxId: COMPANY_AFM, companyName: 'Καφενείο «Η Ακρόπολη» Ο.Ε.', auth: 'declared' },
    notes: '=HYPERLINK("http://x")',
  }, '/api/v1/console/appointments');
  elsewhere = await book(citizen, 'thessaloniki', 'Certificate of permanent residence', 'video', '2026-11-24');
  thessClerk = await h.employee('109876540', 'thessaloniki');
});

const search = async (c: ApiClient, q: string, more = '') => {
  const r = await c.get(`/api/v1/console/appointments?q=${encodeURIComponent(q)}${more}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body as { id: string }[]).map((a) => a.id);
};

describe('the console search', () => {
  it.each([
    ['the reference, typed in lower case with spaces', () => own.reference.toLowerCase().replace(/-/g, ' ')],
    ['the surname without accents, in lower case', () => 'βασιλειου'],
    ['both names in capitals, in the other order', () => 'ΒΑΣΙΛΕΊΟΥ ΣΟΦΊΑ'],
    ['the start of the surname', () => 'Βασιλ'],
    ["the booking citizen's ΑΦΜ", () => '068933130'],
    ['the phone as digits', () => '2101234567'],
    ['the phone with the country code', () => '0030 210 1234567'],
    ['the e-mail in other case', () => 'SOFIA.V@EXAMPLE.GR'],
  ])('finds an appointment by %s, only in the own municipality', async (_what, term) => {
    const found = await search(clerk, term());
    expect(found).toContain(own.id);
    expect(found).not.toContain(elsewhere.id);
    // The other municipality's staff never find it, whatever they type.
    const there = await search(thessClerk, term());
    expect(there).not.toContain(own.id);
    expect(there).not.toContain(company.id);
  });

  it("finds a company's appointment by the company's ΑΦΜ and name, and Thessaloniki finds its own Sofia", async () => {
    expect(await search(clerk, COMPANY_AFM)).toEqual([company.id]);
    expect(await search(clerk, 'ακροπολη')).toEqual([company.id]);
    expect(await search(thessClerk, 'Βασιλείου')).toEqual([elsewhere.id]);
  });

  it('matches nothing for an unknown name or LIKE wildcards; a date narrows the search', async () => {
    expect(await search(clerk, 'Ζαχαρίου')).toEqual([]);
    expect(await search(clerk, '%_')).toEqual([]);
    expect(await search(clerk, 'Βασιλείου', '&date=2026-11-25')).toEqual([]);
    expect(await search(clerk, 'Βασιλείου', '&date=2026-11-24')).toEqual([own.id]);
  });

  it('needs a date or a term of two characters at least', async () => {
    const none = await clerk.get('/api/v1/console/appointments');
    expect(none.status).toBe(422);
    expect(none.body.error.field).toBe('date');
    const short = await clerk.get('/api/v1/console/appointments?q=a');
    expect(short.status).toBe(422);
    expect(short.body.error.field).toBe('q');
  });

  it('audits a search by the fields searched and the count, never the term', async () => {
    await search(clerk, '2101234567');
    const row = await h.knex('audit_log').where({ action: 'search_appointments' }).orderBy('id', 'desc').first();
    expect(row.details).toMatchObject({ count: 1, searchedIn: ['phone'] });
    const all = JSON.stringify(await h.knex('audit_log').where({ action: 'search_appointments' }).pluck('details'));
    for (const term of ['2101234567', 'βασιλειου', 'Βασιλ', '068933130', 'SOFIA', own.reference]) expect(all).not.toContain(term);
  });
});

describe('the console list filters and what it shows', () => {
  it('narrows a range by topic and by employee', async () => {
    const range = '/api/v1/console/appointments?date=2026-11-24&to=2026-11-25';
    const ids = async (url: string) => ((await clerk.get(url)).body as { id: string }[]).map((a) => a.id);
    expect(await ids(range)).toEqual(expect.arrayContaining([own.id, company.id]));
    expect(await ids(`${range}&topicId=${company.topic.id}`)).toEqual([company.id]);
    expect(await ids(`${range}&topicId=${own.topic.id}`)).toEqual([own.id]);
    const byEmployee = await ids(`${range}&employeeId=${company.employee.id}`);
    expect(byEmployee).toContain(company.id);
    expect(byEmployee.includes(own.id)).toBe(own.employee.id === company.employee.id);
    // Another municipality's topic narrows an Athens list to nothing.
    const thessTopic = (await h.municipality('thessaloniki')).topics[0]!.id;
    expect(await ids(`${range}&topicId=${thessTopic}`)).toEqual([]);
    const row = await h.knex('audit_log').where({ action: 'list_appointments' }).orderBy('id', 'desc').first();
    expect(row.details).toMatchObject({ filters: ['topicId'] });
  });

  it('shows the employee the citizen asked for', async () => {
    const found = await clerk.get(`/api/v1/console/appointments?q=${own.reference}`);
    expectDocumented('get', '/api/v1/console/appointments', found);
    const [a] = found.body;
    expect(a.requestedEmployee).toEqual({ id: andreas, displayName: 'Ανδρέας Δημητρίου' });
    const [b] = (await clerk.get(`/api/v1/console/appointments?q=${company.reference}`)).body;
    expect(b.requestedEmployee).toBeNull();
    expect((await clerk.get(`/api/v1/appointments/${own.id}`)).body.requestedEmployee.displayName).toBe('Ανδρέας Δημητρίου');
  });

  it("offers the own municipality's topics and employees to filter by", async () => {
    const r = await clerk.get('/api/v1/console/filters');
    expectDocumented('get', '/api/v1/console/filters', r);
    expect(r.body.topics.map((t: { name: { en: string } }) => t.name.en)).toEqual(expect.arrayContaining(['Family status certificate', 'Shop operating licence']));
    expect(r.body.topics).toHaveLength(4);
    expect(r.body.employees.map((e: { displayName: string }) => e.displayName).sort()).toEqual(['Ανδρέας Δημητρίου', 'Ευαγγελία Μιχαηλίδου', 'Μαρία Γεωργίου']);
    const there = await thessClerk.get('/api/v1/console/filters');
    expect(there.body.topics.map((t: { id: string }) => t.id)).not.toContain(own.topic.id);
    expect(there.body.employees.map((e: { id: string }) => e.id)).not.toContain(andreas);
  });
});

describe('the CSV export', () => {
  const url = '/api/v1/console/appointments.csv?date=2026-11-24&to=2026-11-25';

  async function csv(c: ApiClient, path: string) {
    const res = await c.raw(path);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { res, bytes, lines: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n') };
  }

  it('is UTF-8 with a BOM, a Greek header and a line per appointment, times in Athens', async () => {
    const before = Number((await h.knex('audit_log').where({ action: 'export_appointments' }).count('* as n').first())!.n);
    const { res, bytes, lines } = await csv(clerk, url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="appointments-2026-11-24_2026-11-25.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe('Ημερομηνία;Ώρα;Λήξη;Κωδικός;Κατάσταση;Τρόπος;Υπηρεσία;Υπάλληλος;Ζητήθηκε υπάλληλος;Πολίτης;Τηλέφωνο;Email;Για λογαριασμό;Διερμηνεία;Τρίτο πρόσωπο;Σημειώσεις');
    const mine = lines.find((l) => l.includes(own.reference))!.split(';');
    expect(mine.slice(0, 1)).toEqual(['24/11/2026']);
    expect(mine.slice(4, 7)).toEqual(['Κλεισμένο', 'Δια ζώσης', 'Πιστοποιητικό οικογενειακής κατάστασης']);
    expect(mine.slice(8, 12)).toEqual(['Ανδρέας Δημητρίου', 'Σοφία Βασιλείου', "'+30 210 123 4567", 'Sofia.V@example.gr']);
    const theirs = lines.find((l) => l.includes(company.reference))!;
    // A formula typed into a field is neutralised; quotes are doubled inside a quoted cell.
    expect(theirs).toContain(';Επιχείρηση Καφενείο «Η Ακρόπολη» Ο.Ε. (ΑΦΜ 094014201);');
    expect(theirs.endsWith(`"'=HYPERLINK(""http://x"")"`)).toBe(true);
    expect(lines.at(-1)).toBe(''); // ends with a line break
    expect(lines.filter(Boolean)).toHaveLength(3);
    const after = Number((await h.knex('audit_log').where({ action: 'export_appointments' }).count('* as n').first())!.n);
    expect(after).toBe(before + 1);
  });

  it('speaks English when asked, and another municipality exports only its own', async () => {
    const { lines } = await csv(clerk, `${url}&lang=en`);
    expect(lines[0]!.startsWith('Date;Start;End;Reference;Status;Mode;Topic;')).toBe(true);
    expect(lines.find((l) => l.includes(own.reference))).toContain(';Booked;In person;Family status certificate;');
    const there = await csv(thessClerk, url);
    expect(there.res.status).toBe(200);
    const body = there.lines.join('\n');
    expect(body).not.toContain(own.reference);
    expect(body).not.toContain(company.reference);
    expect(body).toContain(elsewhere.reference);
  });

  it('is for staff only', async () => {
    const citizen = await h.citizen('068933130');
    expect((await citizen.raw(url)).status).toBe(403);
    expect((await h.client().raw(url)).status).toBe(401);
  });
});
