import { describe, expect, it } from 'vitest';
import { createKnex } from './knex';
import { preparedRead } from './prepared';
import { useTestDatabase } from './testing';

describe('preparedRead', () => {
  const db = useTestDatabase();
  const byName = preparedRead('test_by_name', 'select t.* from prepared_things t where t.name = $1 and t.size >= $2');

  it('answers as a plain query, on every pooled connection, and keeps answering after a migration changes the table behind its *', async () => {
    await db.knex.schema.createTable('prepared_things', (t) => {
      t.text('name').primary();
      t.integer('size').notNullable();
    });
    await db.knex('prepared_things').insert([
      { name: 'a', size: 1 },
      { name: 'b', size: 5 },
    ]);
    // Its own small pool: several connections, each preparing the statement once.
    const knex = createKnex(db.url, { max: 3 });
    try {
      const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => byName(knex, [i % 2 ? 'b' : 'a', 0])));
      expect(answers.map((rows) => rows[0])).toEqual(Array.from({ length: 9 }, (_, i) => (i % 2 ? { name: 'b', size: 5 } : { name: 'a', size: 1 })));
      expect(await byName(knex, ['b', 6])).toEqual([]);
      const prepared = await knex.raw("select count(*)::int as n from pg_prepared_statements where name like 'test_by_name_%'");
      expect(prepared.rows[0].n).toBe(1); // on the connection that answered: prepared there, once

      await db.knex.schema.alterTable('prepared_things', (t) => {
        t.text('colour').notNullable().defaultTo('blue');
      });
      const after = await Promise.all(Array.from({ length: 6 }, () => byName(knex, ['a', 0])));
      for (const rows of after) expect(rows).toEqual([{ name: 'a', size: 1, colour: 'blue' }]);
    } finally {
      await knex.destroy();
    }
  });

  it("inside a transaction reads the transaction's own writes", async () => {
    await db.knex.transaction(async (trx) => {
      await trx('prepared_things').insert({ name: 'c', size: 3 });
      expect(await byName(trx, ['c', 0])).toEqual([{ name: 'c', size: 3, colour: 'blue' }]);
    });
  });
});
