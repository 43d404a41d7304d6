import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed/demo';
import { useTestDatabase } from '../testing';
import * as joining from './018_municipality_joining';

describe('018_municipality_joining', () => {
  const db = useTestDatabase();

  it('makes the municipalities already serving citizens active, new ones drafts, and links the shared interpreters to every municipality', async () => {
    const knex = db.knex;
    await seedDemoData(knex);
    await joining.down(knex);
    const shared = await knex('interpreters').whereNull('municipality_id').first('id');
    await joining.up(knex);

    expect(await knex('municipalities').orderBy('slug').pluck('status')).toEqual(['active', 'active']);
    const all = await knex('municipalities').pluck('id');
    expect((await knex('interpreter_municipalities').where({ interpreter_id: shared.id }).pluck('municipality_id')).sort()).toEqual(all.sort());
    // The municipalities' own interpreters are not in the pool.
    expect(await knex('interpreter_municipalities').whereNot({ interpreter_id: shared.id }).pluck('interpreter_id')).toEqual([]);

    const [fresh] = await knex('municipalities').insert({ slug: 'fresh', name_el: 'Νέος', name_en: 'New', modes: ['video'], durations: JSON.stringify({ video: 20 }), opening_hours: '{}' }).returning('status');
    expect(fresh.status).toBe('draft');
    await expect(knex('municipalities').where({ slug: 'fresh' }).update({ status: 'closed' })).rejects.toThrow(/municipalities_status_check/);
  });
});
