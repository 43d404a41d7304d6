import type { Knex } from 'knex';

// Outbox claims: a scheduler claims a batch of due rows with one UPDATE (who
// and when) instead of holding one row lock per e-mail for the whole send. The
// row stays 'pending' until the SMTP server accepts; a claim whose owner died
// is taken over once it is older than the lease (see scheduler/src/claim.ts).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('notifications', (t) => {
    t.text('claimed_by');
    t.timestamp('claimed_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('notifications', (t) => {
    t.dropColumn('claimed_by');
    t.dropColumn('claimed_at');
  });
}
