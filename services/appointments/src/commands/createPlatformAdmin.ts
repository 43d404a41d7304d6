import { upsertPlatformAdminUser } from '@muni/db';
import { isValidAfm } from '@muni/domain';
import type { Knex } from 'knex';
import { invalid } from '../errors';

export interface PlatformAdminInput {
  taxId: string;
  firstName?: string;
  lastName?: string;
}

/**
 * Operator command (no signed-in requester, so no audit row): the user with
 * this tax id becomes platform admin, created if needed; names change only when given.
 */
export async function upsertPlatformAdmin(knex: Knex, input: PlatformAdminInput): Promise<{ id: string; created: boolean }> {
  if (!isValidAfm(input.taxId)) {
    throw invalid('invalid_afm', `Μη έγκυρος ΑΦΜ: ${input.taxId}`, `Not a valid Greek tax number: ${input.taxId}`);
  }
  return upsertPlatformAdminUser(knex, input);
}
