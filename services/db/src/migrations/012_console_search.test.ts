import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing';
import { migrationSource } from './index';

const db = useTestDatabase();

describe('012_console_search', () => {
  it("gives an old topic's single length to each of its modes, and back", async () => {
    const knex = db.knex;
    await knex.migrate.down({ migrationSource, name: '012_console_search' });
    const [m] = await knex('municipalities')
      .insert({ slug: 'test', name_el: 'Δοκιμή', name_en: 'Test', modes: ['in_person', 'video'], durations: JSON.stringify({ in_person: 20, video: 20 }), opening_hours: '{}' })
      .returning('id');
    const [withLength] = await knex('topics').insert({ municipality_id: m.id, name_el: 'Α', name_en: 'A', modes: ['in_person', 'video'], duration_minutes: 40 }).returning('id');
    const [without] = await knex('topics').insert({ municipality_id: m.id, name_el: 'Β', name_en: 'B', modes: ['video'] }).returning('id');

    await knex.migrate.up({ migrationSource, name: '012_console_search' });
    expect((await knex('topics').where({ id: withLength.id }).first()).durations).toEqual({ in_person: 40, video: 40 });
    expect((await knex('topics').where({ id: without.id }).first()).durations).toEqual({});
    expect(await knex('topics').columnInfo()).not.toHaveProperty('duration_minutes');

    await knex('topics').where({ id: withLength.id }).update({ durations: JSON.stringify({ in_person: 45, video: 25 }) });
    await knex.migrate.down({ migrationSource, name: '012_console_search' });
    expect((await knex('topics').where({ id: withLength.id }).first()).duration_minutes).toBe(45); // the longest
    await knex.migrate.latest({ migrationSource });
  });

  it('folds Greek case and accents whatever the locale, so names match as typed', async () => {
    const { rows } = await db.knex.raw("SELECT search_fold('ΣΟΦΊΑ Βασιλείου, Ϊ ΐ ς') AS folded");
    expect(rows[0].folded).toBe('σοφια βασιλειου, ι ι σ');
  });
});
