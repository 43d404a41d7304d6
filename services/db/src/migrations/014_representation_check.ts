import type { Knex } from 'knex';

// The identity step of a booking on behalf of a business (decree, article
// 3§1) also checks the proof of representation: the checklist gains a
// `representation` point (jsonb, no schema change) and the outcome
// representation_not_proven: the person is who they say, but not shown to
// represent the business, so the business's matter cannot be served.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `ALTER TABLE identity_checks
       DROP CONSTRAINT identity_checks_outcome_check,
       ADD CONSTRAINT identity_checks_outcome_check CHECK (outcome IN ('verified','failed','aborted_poor_quality','representation_not_proven'))`,
  );
}

export async function down(knex: Knex): Promise<void> {
  // The new outcome has no older equivalent closer than a failed check.
  await knex('identity_checks').where({ outcome: 'representation_not_proven' }).update({ outcome: 'failed' });
  await knex.raw(
    `ALTER TABLE identity_checks
       DROP CONSTRAINT identity_checks_outcome_check,
       ADD CONSTRAINT identity_checks_outcome_check CHECK (outcome IN ('verified','failed','aborted_poor_quality'))`,
  );
}
