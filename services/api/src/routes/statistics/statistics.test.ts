import { beforeAll, describe, expect, it } from 'vitest';
import { expectDocumented } from '../../openapi/documentedAnswer';
import type { ApiClient } from '../../testing/apiClient';
import { useApiHarness } from '../../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z');
const ADMIN = '/api/v1/admin/municipality';
const MARCH = 'from=2026-03-01&to=2026-04-01';

let athensAdmin: ApiClient;
let thessAdmin: ApiClient;

/** Athens, March 2026: 12 held and 2 no-shows of the family status certificate, 6 held video registrations. */
beforeAll(async () => {
  const athens = await h.municipality('athens');
  const topic = (en: string) => athens.topics.find((t) => t.name_en === en)!.id;
  const employees: string[] = await h.knex('employees').where({ municipality_id: athens.id }).orderBy('full_name').pluck('id');
  const rows = [
    ...Array.from({ length: 12 }, () => ({ topic: 'Family status certificate', mode: 'in_person', status: 'completed' })),
    ...Array.from({ length: 2 }, () => ({ topic: 'Family status certificate', mode: 'in_person', status: 'no_show' })),
    ...Array.from({ length: 6 }, () => ({ topic: 'Registration in the municipal roll', mode: 'video', status: 'completed' })),
  ];
  await h.knex('appointments').insert(
    rows.map((r, i) => {
      const starts = new Date(Date.UTC(2026, 2, 2 + Math.floor(i / 6), 7 + (i % 6)));
      const ends = new Date(starts.getTime() + 20 * 60_000);
      return {
        municipality_id: athens.id,
        topic_id: topic(r.topic),
        mode: r.mode,
        status: r.status,
        employee_id: employees[i % employees.length],
        starts_at: starts,
        ends_at: ends,
        busy_until: ends,
        person_full_name: 'Ελένη Παπαδάκη',
        person_email: 'eleni@example.org',
        declared_true_at: starts,
        privacy_read_at: starts,
        created_at: new Date(starts.getTime() - 24 * 3_600_000),
      };
    }),
  );
  athensAdmin = await h.employee('135792468', 'athens');
  thessAdmin = await h.employee('109876540', 'thessaloniki');
});

async function csv(c: ApiClient, path: string) {
  const res = await c.raw(path);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, lines: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n') };
}

describe('GET /api/v1/admin/municipality/statistics', () => {
  it("answers the admin's own municipality as documented, with no exact count from 1 to 4 in a breakdown", async () => {
    const r = await athensAdmin.get(`${ADMIN}/statistics?${MARCH}`);
    expectDocumented('get', '/api/v1/admin/municipality/statistics', r);
    expect(r.body.outcomes).toEqual({ total: 20, completed: 18, noShow: 2, cancelledByCitizen: 0, cancelledByMunicipality: 0, booked: 0, noShowRate: 0.1 });
    for (const table of ['topics', 'modes', 'offices', 'employees']) {
      for (const row of r.body[table]) for (const k of ['total', 'completed', 'noShow']) expect(row[k] === 0 || row[k] >= 5 || ['<5', 'withheld'].includes(row[k])).toBe(true);
    }
    expect(r.body.modes.find((m: { key: string }) => m.key === 'in_person')).toMatchObject({ noShow: '<5' });
    expect(r.body.timings[0]).toEqual({ measure: 'lead_time_hours', count: 20, median: 24, p90: 24, mean: 24 });
  });

  it("gives another municipality's admin only their own (nothing of Athens)", async () => {
    const r = await thessAdmin.get(`${ADMIN}/statistics?${MARCH}`);
    expect(r.status).toBe(200);
    expect(r.body.outcomes.total).toBe(0);
    expect(r.body.topics).toEqual([]);
  });

  it('refuses a period backwards and an unknown table, in Greek and English', async () => {
    const back = await athensAdmin.get(`${ADMIN}/statistics?from=2026-04-01&to=2026-03-01`);
    expect(back.status).toBe(422);
    expect(back.body.error).toMatchObject({ code: 'bad_period', field: 'to' });
    expect(back.body.error.message.el).toContain('περίοδος');
    const table = await athensAdmin.raw(`${ADMIN}/statistics.csv?${MARCH}&table=people`);
    expect(table.status).toBe(422);
  });
});

describe('the statistics as CSV', () => {
  it('is UTF-8 with a BOM, a Greek header, "< 5" for small counts and "—" for those withheld beside them; audited', async () => {
    const before = Number((await h.knex('audit_log').where({ action: 'statistics_export' }).count('* as n').first())!.n);
    const { res, bytes, lines } = await csv(athensAdmin, `${ADMIN}/statistics.csv?${MARCH}&table=topics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="statistics-municipality-topics-2026-03-01_2026-04-01.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines).toEqual([
      'Υπηρεσία;Σύνολο;Ολοκληρώθηκαν;Δεν προσήλθαν;Ακυρώθηκαν από τον πολίτη;Ακυρώθηκαν από τον δήμο;Εκκρεμούν;Ποσοστό μη προσέλευσης',
      // 2 no-shows: "< 5"; 12 held and 14 in all would give them away (the municipality's 20 and 18 are published): withheld, and so on.
      'Πιστοποιητικό οικογενειακής κατάστασης;—;—;< 5;0;0;0;',
      'Εγγραφή στο δημοτολόγιο;—;—;0;0;0;0;',
      '',
    ]);
    const after = Number((await h.knex('audit_log').where({ action: 'statistics_export' }).count('* as n').first())!.n);
    expect(after).toBe(before + 1);
  });

  it('speaks English when asked; the totals are exact', async () => {
    const { lines } = await csv(athensAdmin, `${ADMIN}/statistics.csv?${MARCH}&table=outcomes&lang=en`);
    expect(lines).toEqual(['Total;Held;No-show;Cancelled by the citizen;Cancelled by the municipality;Still booked;No-show rate', '20;18;2;0;0;0;10%', '']);
  });

  it("gives the platform admin every municipality's, and municipal admins nothing of it", async () => {
    const c = await h.citizen('028765436');
    await h.knex('users').where({ tax_id: '028765436' }).update({ platform_admin: true });
    expect((await c.post('/api/v1/platform/act-as-admin', {})).status).toBe(200);
    const r = await c.get(`/api/v1/platform/statistics?${MARCH}`);
    expectDocumented('get', '/api/v1/platform/statistics', r);
    expect(r.body.municipalities.map((m: { label: { en: string }; total: number }) => [m.label.en, m.total])).toEqual([['Municipality of Athens', 20]]);
    const { lines } = await csv(c, `/api/v1/platform/statistics.csv?${MARCH}&table=municipalities&lang=en`);
    expect(lines[1]).toBe('Municipality of Athens;20;—;< 5;0;0;0;');
    expect((await athensAdmin.raw(`/api/v1/platform/statistics?${MARCH}`)).status).toBe(403);
  });
});
